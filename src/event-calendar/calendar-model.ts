/**
 * The calendar's one model, built once per feed, time zone and range of days
 * (min-date, max-date, the list's first day): which occurrences there are,
 * each once, in the reader's order; the options each filter offers; and a
 * month's six weeks of days with their counts. The shell and the month grid
 * only read it. No DOM.
 */
import {toDayNumber} from '../core/dom-free/dates/civil-date.js';
import {zonedDayStart} from '../core/dom-free/dates/zoned-time.js';
import type {Locale} from '../core/dom-free/locale.js';
import {collectFilterOptions, filterPredicate, sortedFilterOptions, type FilterOptions, type FilterState} from './filters.js';
import {displayOrder, FirstInDisplayOrder, inDisplayOrder, sortKey} from './model/display-order.js';
import {eventDays} from './model/event-days.js';
import type {CalendarEntry, CalendarEvent} from './model/event-types.js';
import {occurrencesBetween} from './model/expand.js';
import {cellSpan, GRID_DAYS, monthRange, type MonthRange} from './model/month-range.js';

/** Which events pass the reader's filters. */
export type EventTest = (event: CalendarEvent) => boolean;

export interface CalendarModelOptions {
  /** IANA zone that places events on days (already checked: see zoneOrDefault). */
  timeZone: string;
  /** The first and last day shown (min-date, max-date), as day numbers. */
  minDay?: number;
  maxDay?: number;
  /** The list's first day (initial-date or today): recurring series are expanded around it. */
  startDay: number;
}

/** An event in the list, with the day it is listed under (its first day, or the list's first day when it began earlier). */
export interface ListedEvent {
  event: CalendarEvent;
  day: number;
}

/**
 * How far recurring series are expanded for the list and the filter options:
 * a year ahead of the list's first day, or as far as the last single event (so
 * a series shows beside the events of a merged feed), but never beyond three
 * years; and two years back for past events. A weekly series with no end stays
 * a few hundred occurrences. (The month grid expands series for the weeks it
 * shows, wherever they are.)
 */
const SERIES_DAYS_AHEAD = 366;
const SERIES_DAYS_AHEAD_MAX = 1096;
const SERIES_DAYS_BACK = 731;
/** "No bound", as day numbers (years 1 and 9999). */
const FIRST_DAY = toDayNumber({year: 1, month: 1, day: 1});
const LAST_DAY = toDayNumber({year: 9999, month: 12, day: 31});

export class CalendarModel {
  /** Every occurrence the list may show, each once (the first of two with one id), in no particular order. */
  readonly occurrences: readonly CalendarEvent[];
  readonly timeZone: string;
  private readonly firstDay: number;
  private readonly lastDay: number;
  private readonly inOrderByLocale = new Map<Locale, readonly CalendarEvent[]>();
  private collectedOptions?: FilterOptions;
  private readonly optionsByLocale = new Map<Locale, FilterOptions>();
  private lastFilterTest?: {filters: FilterState; test: EventTest};
  private lastMonth?: {year: number; month: number; matches: EventTest; days: MonthDays};

  constructor(
    readonly entries: readonly CalendarEntry[],
    readonly options: CalendarModelOptions,
  ) {
    this.timeZone = options.timeZone;
    this.firstDay = options.minDay ?? FIRST_DAY;
    this.lastDay = options.maxDay ?? LAST_DAY;
    this.occurrences = this.findOccurrences();
  }

  /** Every occurrence in the order a reader of `locale` sees them. */
  inOrder(locale: Locale): readonly CalendarEvent[] {
    let events = this.inOrderByLocale.get(locale);
    if (!events) {
      events = inDisplayOrder(this.occurrences, this.timeZone, locale);
      this.inOrderByLocale.set(locale, events);
    }
    return events;
  }

  /**
   * The options each filter offers, in the order a reader of `locale` sees
   * them, from every occurrence (so they do not change with the view or the month).
   */
  filterOptions(locale: Locale): FilterOptions {
    let options = this.optionsByLocale.get(locale);
    if (!options) {
      options = sortedFilterOptions(this.allFilterOptions(), locale);
      this.optionsByLocale.set(locale, options);
    }
    return options;
  }

  /**
   * The test for the chosen filters. The same function for the same choice
   * (FilterState objects are replaced, never changed), whatever the language,
   * so a month worked out for it is reused when the reader switches language.
   */
  filterTest(filters: FilterState): EventTest {
    const last = this.lastFilterTest;
    if (last?.filters === filters) return last.test;
    const test = filterPredicate(filters, this.allFilterOptions());
    this.lastFilterTest = {filters, test};
    return test;
  }

  private allFilterOptions(): FilterOptions {
    this.collectedOptions ??= collectFilterOptions(this.occurrences);
    return this.collectedOptions;
  }

  /** The events the list shows from `fromDay` on that pass `matches`, in order, each under the day it is listed at. */
  list(locale: Locale, fromDay: number, matches: EventTest): ListedEvent[] {
    const listed: ListedEvent[] = [];
    for (const event of this.inOrder(locale)) {
      if (!matches(event)) continue;
      const {first, last} = eventDays(event, this.timeZone);
      if (last >= fromDay) listed.push({event, day: Math.max(first, fromDay)});
    }
    return listed;
  }

  /** The six weeks a grid shows for a month, with the events of each day that pass `matches` (the last month asked for is remembered). */
  month(year: number, month: number, matches: EventTest): MonthDays {
    const last = this.lastMonth;
    if (last && last.year === year && last.month === month && last.matches === matches) return last.days;
    const days = new MonthDays(monthRange(year, month, this.timeZone), this.monthOccurrences(year, month), matches, {first: this.firstDay, last: this.lastDay});
    this.lastMonth = {year, month, matches, days};
    return days;
  }

  /** Whether an occurrence falls within min-date and max-date. */
  private withinBounds(event: CalendarEvent): boolean {
    const {first, last} = eventDays(event, this.timeZone);
    return last >= this.firstDay && first <= this.lastDay;
  }

  private dayStart(day: number): number {
    return zonedDayStart(day, this.timeZone);
  }

  /** Single events within the bounds, and series expanded around the list's first day (see SERIES_DAYS_AHEAD), each once. */
  private findOccurrences(): CalendarEvent[] {
    const {firstDay: lo, lastDay: hi, timeZone: zone} = this;
    if (hi < lo) return [];
    const series = this.entries.filter((entry) => entry.kind === 'series');
    const singles = this.entries.filter((entry) => entry.kind !== 'series');
    const found = occurrencesBetween(singles, this.dayStart(lo), this.dayStart(hi + 1), zone);
    if (series.length) {
      const start = Math.max(this.options.startDay, lo);
      let lastSingle = start;
      for (const event of found) lastSingle = Math.max(lastSingle, eventDays(event, zone).last);
      const ahead = Math.min(Math.max(SERIES_DAYS_AHEAD, lastSingle - start), SERIES_DAYS_AHEAD_MAX);
      const from = Math.max(lo, start - SERIES_DAYS_BACK);
      const to = Math.min(hi, start + ahead);
      if (to >= from) found.push(...occurrencesBetween(series, this.dayStart(from), this.dayStart(to + 1), zone));
    }
    return firstOfEachId(found);
  }

  /** Every occurrence in a month grid's six weeks (series expanded for those weeks only), within the bounds, each once. */
  private monthOccurrences(year: number, month: number): CalendarEvent[] {
    const range = monthRange(year, month, this.timeZone);
    const found = occurrencesBetween(this.entries, range.boundaries[0]!, range.boundaries[GRID_DAYS]!, this.timeZone);
    return firstOfEachId(found).filter((event) => this.withinBounds(event));
  }
}

/**
 * A month as its grid shows it: the events of each of the 42 days (an event
 * lands on every day it covers), how many events the month itself has, and,
 * per day, the first few in display order (a cell shows three chips and
 * "+N more"; a whole day is sorted only when its panel opens).
 */
export class MonthDays {
  /** Events of each cell, in no particular order (their number is the day's count). */
  readonly days: CalendarEvent[][] = Array.from({length: GRID_DAYS}, () => []);
  /** Events of the month itself (not the grid's days before and after it), within the bounds. */
  readonly count: number = 0;
  /** Each day's first few, per language and number per day ("en 3"): a language switch and back costs nothing. */
  private readonly firstBy = new Map<string, CalendarEvent[][]>();

  constructor(
    readonly range: MonthRange,
    events: readonly CalendarEvent[],
    matches: EventTest,
    bounds: {first: number; last: number},
  ) {
    // The cells of the month's own days within min-date and max-date: what the count counts.
    const countFrom = Math.max(range.monthFirst, bounds.first) - range.firstDay;
    const countTo = Math.min(range.monthLast, bounds.last) - range.firstDay;
    let count = 0;
    for (const event of events) {
      if (!matches(event)) continue;
      const [first, last] = cellSpan(range, event);
      if (first <= countTo && last >= countFrom) count++;
      for (let cell = Math.max(first, 0); cell <= Math.min(last, GRID_DAYS - 1); cell++) this.days[cell]!.push(event);
    }
    this.count = count;
  }

  /** The first `perDay` events of each cell in display order for `locale`. */
  first(locale: Locale, perDay: number): CalendarEvent[][] {
    const key = `${locale} ${perDay}`;
    let first = this.firstBy.get(key);
    if (!first) {
      const compare = displayOrder(locale);
      first = this.days.map((events) => {
        const kept = new FirstInDisplayOrder(perDay, compare);
        for (const event of events) kept.offer({event, key: sortKey(event, this.range.timeZone)});
        return kept.events;
      });
      this.firstBy.set(key, first);
    }
    return first;
  }

  /** All events of one cell in display order (a new array). */
  dayInOrder(index: number, locale: Locale): CalendarEvent[] {
    return inDisplayOrder(this.days[index] ?? [], this.range.timeZone, locale);
  }
}

/** `events` without a second event of the same id (the same event in two merged feeds): the first is kept, order kept. */
function firstOfEachId(events: CalendarEvent[]): CalendarEvent[] {
  const seen = new Set<string>();
  return events.filter((event) => !seen.has(event.id) && seen.add(event.id));
}
