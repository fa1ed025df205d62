/**
 * Where an event falls on the reader's calendar: which days it covers, in the
 * calendar's time zone (how it reads: ../event-when.ts).
 */
import {MS_PER_DAY} from '../../core/dom-free/dates/civil-date.js';
import {wallClockAt} from '../../core/dom-free/dates/zoned-time.js';
import type {CalendarEvent} from './event-types.js';

/**
 * The day number (see civil-date.ts) of an instant as clocks in `timeZone`
 * read it. wallClockAt caches the zone's offsets, so placing 10,000 events
 * costs a handful of Intl calls, not 20,000.
 */
export function dayNumberAt(instant: number, timeZone: string): number {
  return Math.floor(wallClockAt(instant, timeZone) / MS_PER_DAY);
}

/** The first and last day an event covers, as day numbers. */
export interface EventDays {
  first: number;
  last: number;
}

/**
 * All-day events carry floating dates as UTC midnights with an exclusive end;
 * timed events are instants placed on days in `timeZone`. An event that ends
 * at midnight does not cover the next day.
 */
export function eventDays(event: CalendarEvent, timeZone: string): EventDays {
  if (event.allDay) {
    const first = Math.floor(event.start / MS_PER_DAY);
    return {first, last: Math.max(first, Math.ceil(event.end / MS_PER_DAY) - 1)};
  }
  const first = dayNumberAt(event.start, timeZone);
  return {first, last: Math.max(first, dayNumberAt(Math.max(event.start, event.end - 1), timeZone))};
}
