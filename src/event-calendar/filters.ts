/**
 * The region, format, audience and language filters: their options, taken
 * from the events themselves, and whether an event passes them.
 */
import {textFor, type BilingualText} from '../core/dom-free/bilingual-text.js';
import {boundedMemo} from '../core/dom-free/bounded-memo.js';
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

/**
 * Normalised names, remembered per text: a feed of thousands of events names
 * the same few regions and audiences over and over, and each normalisation
 * costs three string operations and a regex.
 */
const normalise = boundedMemo(10_000, (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' '));

/** Normalised name of one text, or undefined for a missing or blank one (blank normalises to ''). */
const nameOf = (text: string | undefined) => (typeof text === 'string' ? normalise(text) || undefined : undefined);

function namesOf(value: BilingualText): string[] {
  const names: string[] = [];
  if (typeof value === 'string') {
    const name = nameOf(value);
    if (name !== undefined) names.push(name);
  } else {
    const en = nameOf(value.en);
    const cy = nameOf(value.cy);
    if (en !== undefined) names.push(en);
    if (cy !== undefined) names.push(cy);
  }
  return names;
}

/** Collects text values into options, merging any that share a name. */
class TextOptions {
  private readonly options: TextOption[] = [];
  private readonly byName = new Map<string, TextOption>();

  add(value: BilingualText): void {
    // namesOf(value), without its array: most values are already known, and
    // when every name points to one option and the label could not improve,
    // adding would change nothing.
    const a = typeof value === 'string' ? nameOf(value) : nameOf(value.en);
    const b = typeof value === 'string' ? undefined : nameOf(value.cy);
    const first = a ?? b;
    if (first === undefined) return;
    const known = this.byName.get(first);
    if (known && (typeof known.label !== 'string' || typeof value === 'string') && (b === undefined || this.byName.get(b) === known)) return;
    const names = a !== undefined && b !== undefined ? [a, b] : [first];
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

  sorted(locale: Locale): TextOption[] {
    const tag = locale === 'cy' ? 'cy' : 'en';
    return [...this.options].sort((a, b) => textFor(a.label, locale).localeCompare(textFor(b.label, locale), tag));
  }
}

/** The options each filter offers: only values some event has. */
export function filterOptions(events: readonly CalendarEvent[], locale: Locale): FilterOptions {
  const regions = new TextOptions();
  const audiences = new TextOptions();
  const formats = new Set<EventFormat>();
  const languages = new Set<EventLanguage>();
  // Indexed loops: cold code (a first paint) allocates an iterator result per for-of step.
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (event.location?.region !== undefined) regions.add(event.location.region);
    const audience = event.audience;
    if (audience) for (let j = 0; j < audience.length; j++) audiences.add(audience[j]!);
    if (event.format) formats.add(event.format);
    if (event.language) languages.add(event.language);
  }
  return {
    regions: regions.sorted(locale),
    audiences: audiences.sorted(locale),
    formats: FORMAT_ORDER.filter((format) => formats.has(format)),
    languages: LANGUAGE_ORDER.filter((language) => languages.has(language)),
  };
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
