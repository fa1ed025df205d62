/**
 * The filters fieldset: one labelled <select> per filter that has a choice to
 * offer, and "Clear filters" while any is chosen.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {chooseText} from '../core/dom-free/bilingual-text.js';
import type {Locale} from '../core/dom-free/locale.js';
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
  locale: Locale;
  onChange: (key: keyof FilterState, value: string) => void;
  onClear: () => void;
}

interface Choice {
  value: string;
  label: string;
  /** Set when the label is in the other language than the reader's. */
  lang?: Locale;
}

export function renderFilters({options, chosen, locale, onChange, onClear}: FiltersViewOptions): TemplateResult | typeof nothing {
  // An <option> holds text only, so a name shown in the other language carries its `lang` on the option itself.
  const textChoices = (list: TextOption[]): Choice[] =>
    list.map((o) => {
      const text = chooseText(o.label, locale);
      return {value: o.value, label: text?.text ?? '', lang: text?.fallbackLang};
    });
  const filters = [
    {key: 'region' as const, label: regionLabel(locale), all: allRegions(locale), choices: textChoices(options.regions)},
    {key: 'format' as const, label: formatLabel(locale), all: allFormats(locale), choices: options.formats.map((f) => ({value: f, label: formatName(locale, f)}))},
    {key: 'audience' as const, label: audienceLabel(locale), all: allAudiences(locale), choices: textChoices(options.audiences)},
    {key: 'language' as const, label: languageLabel(locale), all: allLanguages(locale), choices: options.languages.map((l) => ({value: l, label: languageName(locale, l)}))},
    // A filter with one value is no choice, unless that value is chosen (it must stay to be changed back).
  ].filter((filter) => filter.choices.length > 1 || (filter.choices.length === 1 && chosen[filter.key] !== ''));
  if (!filters.length) return nothing;
  const onSelect = (event: Event) => {
    const select = event.target as HTMLSelectElement;
    onChange(select.dataset.filter as keyof FilterState, select.value);
  };
  return html`<fieldset class="filters" part="filters">
    <legend>${filterLegend(locale)}</legend>
    <div class="filter-grid">
      ${filters.map(
        (filter) => html`<div class="filter" part="filter">
          <label for="filter-${filter.key}">${filter.label}</label>
          <select id="filter-${filter.key}" part="filter-select" data-filter=${filter.key} @change=${onSelect}>
            <option value="" ?selected=${chosen[filter.key] === ''}>${filter.all}</option>
            ${filter.choices.map(
              (choice: Choice) => html`<option value=${choice.value} lang=${choice.lang ?? nothing} ?selected=${chosen[filter.key] === choice.value}>${choice.label}</option>`,
            )}
          </select>
        </div>`,
      )}
    </div>
    ${filtersActive(chosen) ? html`<button type="button" class="secondary clear" part="clear-filters" @click=${onClear}>${clearFiltersLabel(locale)}</button>` : nothing}
  </fieldset>`;
}
