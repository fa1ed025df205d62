/**
 * The occurrences a view shows: single events that overlap a range, plus the
 * occurrences of recurring series in that range only (a weekly series with
 * no end is never expanded beyond what is on screen).
 */
import {textFor} from '../../core/bilingual-text.js';
import {DEFAULT_TIME_ZONE} from '../../core/dates/civil-date.js';
import {wallClockAt} from '../../core/dates/zoned-time.js';
import type {CalendarEntry, CalendarEvent} from './event-types.js';

/**
 * Does an occurrence overlap [rangeStart, rangeEnd)? Timed events compare as
 * instants; an event with no end (end = start) counts when it starts in the
 * range. All-day events are floating dates (UTC midnights), so they compare
 * with the range as clocks in `timeZone` read it.
 */
export function overlapsRange(event: CalendarEvent, rangeStart: number, rangeEnd: number, timeZone: string = DEFAULT_TIME_ZONE): boolean {
  if (event.allDay) {
    const start = wallClockAt(rangeStart, timeZone);
    const end = wallClockAt(rangeEnd, timeZone);
    return event.start < end && Math.max(event.end, event.start + 1) > start;
  }
  return event.start < rangeEnd && Math.max(event.end, event.start + 1) > rangeStart;
}

const collator = new Intl.Collator('en', {sensitivity: 'base', numeric: true});

/**
 * Sort key that puts all-day and timed events on one clock: wall-clock time in
 * `timeZone` (all-day events already are), so an all-day event sorts with the
 * timed events of its day, not an hour off in summer.
 */
const sortKey = (event: CalendarEvent, timeZone: string) => (event.allDay ? event.start : wallClockAt(event.start, timeZone));

/** Start (wall clock), then all-day first, then title (English, else Welsh), then id. */
export function compareOccurrences(a: CalendarEvent, b: CalendarEvent, timeZone: string = DEFAULT_TIME_ZONE): number {
  return compareKeyed(a, sortKey(a, timeZone), b, sortKey(b, timeZone));
}

function compareKeyed(a: CalendarEvent, keyA: number, b: CalendarEvent, keyB: number): number {
  return (
    keyA - keyB ||
    Number(b.allDay) - Number(a.allDay) ||
    collator.compare(textFor(a.title, 'en'), textFor(b.title, 'en')) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Every occurrence that overlaps [rangeStart, rangeEnd) (ms since epoch):
 * single events as they are, recurring series expanded for that range only
 * (EXDATEs and overrides applied; cancelled occurrences kept, marked
 * `status: 'cancelled'`). Sorted by start, all-day first, then title.
 * `timeZone` places all-day events (floating dates) against the range.
 */
export function eventsBetween(
  entries: readonly CalendarEntry[],
  rangeStart: number,
  rangeEnd: number,
  timeZone: string = DEFAULT_TIME_ZONE,
): CalendarEvent[] {
  const result: CalendarEvent[] = [];
  if (!(rangeEnd > rangeStart)) return result;
  for (const entry of entries) {
    if (entry.kind === 'series') {
      for (const occurrence of entry.occurrencesBetween(rangeStart, rangeEnd)) result.push(occurrence);
    } else if (overlapsRange(entry, rangeStart, rangeEnd, timeZone)) {
      result.push(entry);
    }
  }
  // Precompute keys: a 10,000-event month would otherwise look up offsets ~130,000 times.
  const keys = new Map<CalendarEvent, number>();
  for (const event of result) keys.set(event, sortKey(event, timeZone));
  return result.sort((a, b) => compareKeyed(a, keys.get(a)!, b, keys.get(b)!));
}
