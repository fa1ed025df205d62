/**
 * The filters fieldset: one labelled <select> per filter that has a choice to
 * offer, and "Clear filters" while any is chosen.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {chooseText} from '../core/dom-free/bilingual-text.js';
import type {Locale} from '../core/dom-free/locale.js';
import {localeOf, type Language} from '../core/dom-free/translate.js';
import {
  allAudiences,
  allFormats,
  allLanguages,
  allRegions,
  audienceLabel,
  clearFiltersLabel,
  filterLegend,
  formatLabel,
  formatName,
  languageLabel,
  languageName,
  regionLabel,
} from './calendar-messages.js';
import {filtersActive, type FilterOptions, type FilterState, type TextOption} from './filters.js';

export interface FiltersViewOptions {
  options: FilterOptions;
  chosen: FilterState;
  /** The calendar's language, with the author's wording. */
  language: Language;
  onChange: (key: keyof FilterState, value: string) => void;
  onClear: () => void;
}

interface Choice {
  value: string;
  label: string;
  /** Set when the label is in the other language than the reader's. */
  lang?: Locale;
}

export function renderFilters({options, chosen, language, onChange, onClear}: FiltersViewOptions): TemplateResult | typeof nothing {
  const locale = localeOf(language);
  // An <option> holds text only, so a name shown in the other language carries its `lang` on the option itself.
  const textChoices = (list: TextOption[]): Choice[] =>
    list.map((o) => {
      const text = chooseText(o.label, locale);
      return {value: o.value, label: text?.text ?? '', lang: text?.fallbackLang};
    });
  const filters = [
    {key: 'region' as const, label: regionLabel(language), all: allRegions(language), choices: textChoices(options.regions)},
    {key: 'format' as const, label: formatLabel(language), all: allFormats(language), choices: options.formats.map((f) => ({value: f, label: formatName(language, f)}))},
    {key: 'audience' as const, label: audienceLabel(language), all: allAudiences(language), choices: textChoices(options.audiences)},
    {key: 'language' as const, label: languageLabel(language), all: allLanguages(language), choices: options.languages.map((l) => ({value: l, label: languageName(language, l)}))},
    // A filter with one value is no choice, unless that value is chosen (it must stay to be changed back).
  ].filter((filter) => filter.choices.length > 1 || (filter.choices.length === 1 && chosen[filter.key] !== ''));
  if (!filters.length) return nothing;
  const onSelect = (event: Event) => {
    const select = event.target as HTMLSelectElement;
    onChange(select.dataset.filter as keyof FilterState, select.value);
  };
  return html`<fieldset class="filters" part="filters">
    <legend>${filterLegend(language)}</legend>
    <div class="filter-grid">
      ${filters.map(
        (filter) => html`<div class="filter" part="filter">
          <label for="filter-${filter.key}">${filter.label}</label>
          <select id="filter-${filter.key}" part="filter-select" data-filter=${filter.key} @change=${onSelect}>
            <option value="" ?selected=${chosen[filter.key] === ''}>${filter.all}</option>
            ${filter.choices.map((choice: Choice) => html`<option value=${choice.value} lang=${choice.lang ?? nothing} ?selected=${chosen[filter.key] === choice.value}>${choice.label}</option>`)}
          </select>
        </div>`,
      )}
    </div>
    ${filtersActive(chosen) ? html`<button type="button" class="secondary clear" part="clear-filters" @click=${onClear}>${clearFiltersLabel(language)}</button>` : nothing}
  </fieldset>`;
}
