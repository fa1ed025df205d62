/**
 * The occurrences a view shows: single events that overlap a range, plus the
 * occurrences of recurring series in that range only (a weekly series with
 * no end is never expanded beyond what is on screen).
 */
import {DEFAULT_TIME_ZONE, wallClockAt} from '../../core/dom-free/dates/zoned-time.js';
import type {CalendarEntry, CalendarEvent} from './event-types.js';

/**
 * A test for "does this occurrence overlap [rangeStart, rangeEnd)?", to run on
 * many events. Timed events compare as instants; an event with no end
 * (end = start) counts when it starts in the range. All-day events are
 * floating dates (UTC midnights), so they compare with the range as clocks in
 * `timeZone` read it (its wall-clock ends are computed once, not per event).
 */
export function overlapTest(rangeStart: number, rangeEnd: number, timeZone: string = DEFAULT_TIME_ZONE): (event: CalendarEvent) => boolean {
  const wallStart = wallClockAt(rangeStart, timeZone);
  const wallEnd = wallClockAt(rangeEnd, timeZone);
  return (event) => (event.allDay ? event.start < wallEnd && Math.max(event.end, event.start + 1) > wallStart : event.start < rangeEnd && Math.max(event.end, event.start + 1) > rangeStart);
}

/**
 * Every occurrence that overlaps [rangeStart, rangeEnd) (ms since epoch), in
 * no particular order: single events as they are, recurring series expanded
 * for that range only (EXDATEs and overrides applied; cancelled occurrences
 * kept, marked `status: 'cancelled'`). `timeZone` places all-day events
 * (floating dates) against the range. A view that shows a few events a day
 * need not sort them all (see FirstInDisplayOrder).
 */
export function occurrencesBetween(entries: readonly CalendarEntry[], rangeStart: number, rangeEnd: number, timeZone: string = DEFAULT_TIME_ZONE): CalendarEvent[] {
  const result: CalendarEvent[] = [];
  if (!(rangeEnd > rangeStart)) return result;
  const overlaps = overlapTest(rangeStart, rangeEnd, timeZone);
  for (const entry of entries) {
    if (entry.kind === 'series') {
      for (const occurrence of entry.occurrencesBetween(rangeStart, rangeEnd)) result.push(occurrence);
    } else if (overlaps(entry)) {
      result.push(entry);
    }
  }
  return result;
}
