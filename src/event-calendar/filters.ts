/**
 * The region, format, audience and language filters: their options, taken
 * from the events themselves, and whether an event passes them.
 */
import {textFor, type BilingualText} from '../core/dom-free/bilingual-text.js';
import {compareText} from '../core/dom-free/collate.js';
import type {Locale} from '../core/dom-free/locale.js';
import type {CalendarEvent, EventFormat, EventLanguage} from './model/event-types.js';

/** The chosen value of each filter; '' means "all". */
export interface FilterState {
  region: string;
  format: string;
  audience: string;
  language: string;
}

export const NO_FILTERS: FilterState = {region: '', format: '', audience: '', language: ''};

export const filtersActive = (filters: FilterState) => Object.values(filters).some((value) => value !== '');

/**
 * A region or audience as the reader picks it. Feeds name the same region in
 * different ways ("North Wales", {"en": "North Wales", "cy": "Gogledd Cymru"},
 * "gogledd cymru"): every name is kept, and values that share any name are one option.
 */
export interface TextOption {
  value: string;
  label: BilingualText;
  names: Set<string>;
}

export interface FilterOptions {
  regions: TextOption[];
  formats: EventFormat[];
  audiences: TextOption[];
  languages: EventLanguage[];
}

const FORMAT_ORDER: readonly EventFormat[] = ['in-person', 'online', 'hybrid'];
const LANGUAGE_ORDER: readonly EventLanguage[] = ['cy', 'bilingual', 'en'];

/** A name as readers mean it: case and runs of spaces do not make another region. */
const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** The normalised names of a text value (one, or one per language), blank ones left out. */
function namesOf(value: BilingualText): string[] {
  const texts = typeof value === 'string' ? [value] : [value.en, value.cy];
  return texts.filter((text): text is string => typeof text === 'string' && text.trim() !== '').map(normalise);
}

/** Collects text values into options, merging any that share a name. */
class TextOptions {
  private readonly options: TextOption[] = [];
  private readonly byName = new Map<string, TextOption>();

  add(value: BilingualText): void {
    const names = namesOf(value);
    if (!names.length) return;
    const found = names.map((name) => this.byName.get(name)).find(Boolean);
    if (found) {
      // Prefer a label that has both languages.
      if (typeof found.label === 'string' && typeof value !== 'string') found.label = value;
      for (const name of names) {
        found.names.add(name);
        this.byName.set(name, found);
      }
      return;
    }
    const option: TextOption = {value: names[0]!, label: value, names: new Set(names)};
    this.options.push(option);
    for (const name of names) this.byName.set(name, option);
  }

  get list(): TextOption[] {
    return this.options;
  }
}

/** Text options in the reader's alphabetical order, by the label they see (a new array). */
function inReaderOrder(options: readonly TextOption[], locale: Locale): TextOption[] {
  const compare = compareText(locale);
  return [...options].sort((a, b) => compare(textFor(a.label, locale), textFor(b.label, locale)));
}

/** The options each filter offers: only values some event has. */
/**
 * The options each filter offers, from the events (only values some event
 * has), in no particular order: what a filter test needs, whatever the
 * reader's language. `sortedFilterOptions` puts them in a reader's order.
 */
export function collectFilterOptions(events: readonly CalendarEvent[]): FilterOptions {
  const regions = new TextOptions();
  const audiences = new TextOptions();
  const formats = new Set<EventFormat>();
  const languages = new Set<EventLanguage>();
  for (const event of events) {
    if (event.location?.region !== undefined) regions.add(event.location.region);
    for (const audience of event.audience ?? []) audiences.add(audience);
    if (event.format) formats.add(event.format);
    if (event.language) languages.add(event.language);
  }
  return {
    regions: regions.list,
    audiences: audiences.list,
    formats: FORMAT_ORDER.filter((format) => formats.has(format)),
    languages: LANGUAGE_ORDER.filter((language) => languages.has(language)),
  };
}

/** The options as a reader of `locale` sees them listed: regions and audiences alphabetically (formats and languages keep their set order). */
export function sortedFilterOptions(options: FilterOptions, locale: Locale): FilterOptions {
  return {...options, regions: inReaderOrder(options.regions, locale), audiences: inReaderOrder(options.audiences, locale)};
}

/** The options each filter offers, in the order a reader of `locale` sees them. */
export function filterOptions(events: readonly CalendarEvent[], locale: Locale): FilterOptions {
  return sortedFilterOptions(collectFilterOptions(events), locale);
}

function textMatches(value: BilingualText | undefined, option: TextOption | undefined): boolean {
  return value !== undefined && option !== undefined && namesOf(value).some((name) => option.names.has(name));
}

/**
 * A test for events that pass every chosen filter. An event a reader can join
 * either way passes both: a bilingual event passes "Held in Welsh" and "Held
 * in English", a hybrid one "Online" and "In person". A chosen value that no
 * event has any more (the data changed) filters nothing.
 */
export function filterPredicate(filters: FilterState, options: FilterOptions): (event: CalendarEvent) => boolean {
  const region = options.regions.find((option) => option.value === filters.region);
  const audience = options.audiences.find((option) => option.value === filters.audience);
  const format = options.formats.find((value) => value === filters.format);
  const language = options.languages.find((value) => value === filters.language);
  return (event) => {
    if (region && !textMatches(event.location?.region, region)) return false;
    if (audience && !(event.audience ?? []).some((value) => textMatches(value, audience))) return false;
    if (format && event.format !== format && !(event.format === 'hybrid' && format !== 'hybrid')) return false;
    if (language && event.language !== language && !(event.language === 'bilingual' && language !== 'bilingual')) return false;
    return true;
  };
}
