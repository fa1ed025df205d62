/**
 * Puts the occurrences a month shows into its 42 day cells in one pass over
 * the events (each lands on every day it covers; eventsBetween has already
 * sorted them), so a feed of thousands of events costs milliseconds and the
 * grid can render only the few chips that fit per day.
 */
import type {CalendarEntry, CalendarEvent} from '../model/event-types.js';
import {eventsBetween} from '../model/expand.js';
import type {ExpandRange} from './month-grid-api.js';
import {cellOfInstant, GRID_DAYS, MS_PER_DAY, type MonthRange} from './month-range.js';

export interface MonthBuckets {
  range: MonthRange;
  /** Events of each cell, in eventsBetween's order (start, all-day first, title). */
  days: CalendarEvent[][];
}

/** First and last cell an event covers (may fall outside 0..GRID_DAYS-1). */
export function cellSpan(range: MonthRange, event: CalendarEvent): [first: number, last: number] {
  if (event.allDay) {
    // All-day events are civil dates encoded as UTC midnights, end exclusive.
    const first = Math.floor(event.start / MS_PER_DAY) - range.firstDay;
    const last = Math.max(first, Math.ceil(event.end / MS_PER_DAY) - 1 - range.firstDay);
    return [first, last];
  }
  const first = cellOfInstant(range, event.start);
  // An event ending exactly at midnight does not spill into the next day.
  const last = event.end > event.start ? cellOfInstant(range, event.end - 1) : first;
  return [first, last];
}

export function bucketEvents(
  entries: readonly CalendarEntry[],
  range: MonthRange,
  filter?: (event: CalendarEvent) => boolean,
  expand?: ExpandRange,
): MonthBuckets {
  // Sorted by start (wall clock), all-day first among equals, then title.
  const rangeStart = range.boundaries[0]!;
  const rangeEnd = range.boundaries[GRID_DAYS]!;
  const events = expand ? expand(rangeStart, rangeEnd, range.timeZone) : eventsBetween(entries, rangeStart, rangeEnd, range.timeZone);
  const days: CalendarEvent[][] = Array.from({length: GRID_DAYS}, () => []);
  // One indexed pass, filter included: cold code (a first paint) pays for every
  // extra array and allocates an iterator result per for-of step.
  for (let e = 0; e < events.length; e++) {
    const event = events[e]!;
    if (filter && !filter(event)) continue;
    const [first, last] = cellSpan(range, event);
    const from = Math.max(first, 0);
    const to = Math.min(last, GRID_DAYS - 1);
    for (let i = from; i <= to; i++) days[i]!.push(event);
  }
  return {range, days};
}
