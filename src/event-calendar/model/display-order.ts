/**
 * The order a reader sees events in, in the list, in a month cell and in a
 * day's panel: start time on the calendar's clock, all-day events first, then
 * the title the reader sees, in their language's alphabetical order (Welsh:
 * ch after c, ll after l...), then id so the order never depends on the feed's.
 */
import {textFor} from '../../core/dom-free/bilingual-text.js';
import {compareText} from '../../core/dom-free/collate.js';
import {wallClockAt} from '../../core/dom-free/dates/zoned-time.js';
import type {Locale} from '../../core/dom-free/locale.js';
import {eventTitle} from '../event-title.js';
import type {CalendarEvent} from './event-types.js';

/**
 * Puts all-day and timed events on one clock: wall-clock time in `timeZone`
 * (all-day events already are), so an all-day event sorts with the timed
 * events of its day, not an hour off in summer.
 */
export const sortKey = (event: CalendarEvent, timeZone: string): number => (event.allDay ? event.start : wallClockAt(event.start, timeZone));

/** An event with its sort key, which costs a time zone lookup: computed once per event, not per comparison. */
export interface KeyedEvent {
  event: CalendarEvent;
  key: number;
}

/**
 * Compares keyed events in display order for a reader of `locale`. An
 * untitled event sorts by profiad's own "(No title)", also where an author
 * rewords it (`strings`): the model keeps one order per locale.
 */
export function displayOrder(locale: Locale): (a: KeyedEvent, b: KeyedEvent) => number {
  const compareTitles = compareText(locale);
  return ({event: a, key: keyA}, {event: b, key: keyB}) =>
    keyA - keyB || Number(b.allDay) - Number(a.allDay) || compareTitles(textFor(eventTitle(a, locale), locale), textFor(eventTitle(b, locale), locale)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** `events` in display order (a new array). */
export function inDisplayOrder(events: readonly CalendarEvent[], timeZone: string, locale: Locale): CalendarEvent[] {
  return events
    .map((event) => ({event, key: sortKey(event, timeZone)}))
    .sort(displayOrder(locale))
    .map(({event}) => event);
}

/**
 * The first `count` events in display order, kept while events arrive one by
 * one: what a month cell shows of a day with hundreds of events (three chips
 * and "+N more"), without sorting the day. Most events lose to the current
 * last one on their sort key alone.
 */
export class FirstInDisplayOrder {
  private readonly kept: KeyedEvent[] = [];

  constructor(
    private readonly count: number,
    private readonly compare: (a: KeyedEvent, b: KeyedEvent) => number,
  ) {}

  offer(candidate: KeyedEvent): void {
    const kept = this.kept;
    if (kept.length === this.count) {
      if (this.count === 0 || this.compare(candidate, kept[kept.length - 1]!) >= 0) return;
      kept.pop();
    }
    let at = kept.length;
    while (at > 0 && this.compare(candidate, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, candidate);
  }

  get events(): CalendarEvent[] {
    return this.kept.map(({event}) => event);
  }
}
