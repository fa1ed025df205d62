/**
 * Puts the occurrences a month shows into its 42 day cells in one pass over
 * the events (each lands on every day it covers), keeping on the way the
 * first few of each day in display order: a cell shows 3 chips and "+N more",
 * so a month of thousands of events is never sorted for its first paint.
 * The whole of one day is sorted only when its panel opens (sortedDay).
 */
import {eventDays} from '../event-when.js';
import type {CalendarEntry, CalendarEvent} from '../model/event-types.js';
import {FirstOccurrences, occurrencesBetween, sortKey, sortOccurrences} from '../model/expand.js';
import type {ExpandRange} from './month-grid-api.js';
import {cellOfInstant, GRID_DAYS, type MonthRange} from './month-range.js';

export interface MonthBuckets {
  range: MonthRange;
  /** Events of each cell, in no particular order (their number is the day's count). */
  days: CalendarEvent[][];
  /** The first `shown` events of each cell, sorted: start (wall clock), all-day first, then title. */
  first: CalendarEvent[][];
}

/** First and last cell an event covers (may fall outside 0..GRID_DAYS-1). */
export function cellSpan(range: MonthRange, event: CalendarEvent): [first: number, last: number] {
  if (event.allDay) {
    // Civil dates: the same days wherever the grid's zone (timed events are placed below by the range's own midnights, without Intl).
    const {first, last} = eventDays(event, range.timeZone);
    return [first - range.firstDay, last - range.firstDay];
  }
  const first = cellOfInstant(range, event.start);
  // An event ending exactly at midnight does not spill into the next day.
  const last = event.end > event.start ? cellOfInstant(range, event.end - 1) : first;
  return [first, last];
}

/** The events of each cell, and the first `shown` of each in display order. */
export function bucketEvents(
  entries: readonly CalendarEntry[],
  range: MonthRange,
  shown: number,
  filter?: (event: CalendarEvent) => boolean,
  expand?: ExpandRange,
): MonthBuckets {
  const rangeStart = range.boundaries[0]!;
  const rangeEnd = range.boundaries[GRID_DAYS]!;
  const zone = range.timeZone;
  const events = expand ? expand(rangeStart, rangeEnd, zone) : occurrencesBetween(entries, rangeStart, rangeEnd, zone);
  const days: CalendarEvent[][] = [];
  const firsts: FirstOccurrences[] = [];
  for (let i = 0; i < GRID_DAYS; i++) {
    days.push([]);
    firsts.push(new FirstOccurrences(shown));
  }
  // One indexed pass, filter included: cold code (a first paint) pays for every
  // extra array and allocates an iterator result per for-of step.
  for (let e = 0; e < events.length; e++) {
    const event = events[e]!;
    if (filter && !filter(event)) continue;
    const [first, last] = cellSpan(range, event);
    const from = Math.max(first, 0);
    const to = Math.min(last, GRID_DAYS - 1);
    if (from > to) continue;
    const key = sortKey(event, zone);
    for (let i = from; i <= to; i++) {
      days[i]!.push(event);
      firsts[i]!.offer(event, key);
    }
  }
  return {range, days, first: firsts.map((day) => day.events)};
}

/** All events of one cell in display order (a new array; the bucket keeps its own order). */
export function sortedDay(buckets: MonthBuckets, index: number): CalendarEvent[] {
  const day = buckets.days[index];
  return day ? sortOccurrences([...day], buckets.range.timeZone) : [];
}
