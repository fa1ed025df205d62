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
  return (event) =>
    event.allDay
      ? event.start < wallEnd && Math.max(event.end, event.start + 1) > wallStart
      : event.start < rangeEnd && Math.max(event.end, event.start + 1) > rangeStart;
}

const collator = new Intl.Collator('en', {sensitivity: 'base', numeric: true});

/**
 * `collator.compare(a, b)` (its sign), decided without ICU where the answer is
 * plain: up to the first difference the strings are the same but for the case
 * of ASCII letters, and the difference is between two ASCII letters. Those
 * have distinct primary weights in alphabetical order (English has no
 * contractions), and equal text before them weighs the same, so the letters
 * decide. Anything else (digits under numeric collation, accents, punctuation,
 * one string a prefix of the other) goes to the collator. Titles in a busy
 * month tie on start time thousands of times a sort.
 */
export function compareTitles(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 65 && x <= 90) x += 32;
    if (y >= 65 && y <= 90) y += 32;
    if (x === y) continue;
    if (x >= 97 && x <= 122 && y >= 97 && y <= 122) return x < y ? -1 : 1;
    break;
  }
  return collator.compare(a, b);
}

/** The title the sort compares: English, else Welsh (textFor(title, 'en') without its allocation). */
function sortTitle(event: CalendarEvent): string {
  const title = event.title;
  if (typeof title === 'string') return title;
  return title.en !== undefined ? title.en : (title.cy ?? '');
}

/**
 * Sort key that puts all-day and timed events on one clock: wall-clock time in
 * `timeZone` (all-day events already are), so an all-day event sorts with the
 * timed events of its day, not an hour off in summer.
 */
export const sortKey = (event: CalendarEvent, timeZone: string) => (event.allDay ? event.start : wallClockAt(event.start, timeZone));

/** Start (wall clock), then all-day first, then title (English, else Welsh), then id. */
export function compareOccurrences(a: CalendarEvent, b: CalendarEvent, timeZone: string = DEFAULT_TIME_ZONE): number {
  return compareKeyed(a, sortKey(a, timeZone), b, sortKey(b, timeZone));
}

/** compareOccurrences for events whose sort keys (`sortKey`) are already known. */
export function compareKeyed(a: CalendarEvent, keyA: number, b: CalendarEvent, keyB: number): number {
  return (
    keyA - keyB ||
    Number(b.allDay) - Number(a.allDay) ||
    compareTitles(sortTitle(a), sortTitle(b)) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Events of one sort key in input order, then all-day first, title, id. */
const compareTies = (a: CalendarEvent, b: CalendarEvent) => compareKeyed(a, 0, b, 0);

/**
 * Sorts occurrences in place in compareOccurrences' order. Events are grouped
 * by sort key first (a busy month has a few hundred distinct start times for
 * thousands of events), the keys sorted as numbers, and only events sharing a
 * key compared further: the same order as one sort with compareOccurrences
 * (stable, so fully equal events keep their input order), with a fraction of
 * the comparisons.
 */
export function sortOccurrences(events: CalendarEvent[], timeZone: string = DEFAULT_TIME_ZONE): CalendarEvent[] {
  const groups = new Map<number, CalendarEvent[]>();
  // Indexed loops: cold code (a first paint) allocates an iterator result per for-of step.
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const key = sortKey(event, timeZone);
    const group = groups.get(key);
    if (group) group.push(event);
    else groups.set(key, [event]);
  }
  const keys = Float64Array.from(groups.keys()).sort();
  let i = 0;
  for (let k = 0; k < keys.length; k++) {
    const group = groups.get(keys[k]!)!;
    if (group.length > 1) group.sort(compareTies);
    for (let j = 0; j < group.length; j++) events[i++] = group[j]!;
  }
  return events;
}

/**
 * Every occurrence that overlaps [rangeStart, rangeEnd) (ms since epoch), in
 * no particular order: single events as they are, recurring series expanded
 * for that range only (EXDATEs and overrides applied; cancelled occurrences
 * kept, marked `status: 'cancelled'`). `timeZone` places all-day events
 * (floating dates) against the range. A view that shows a few events a day
 * need not sort them all (see FirstOccurrences).
 */
export function occurrencesBetween(
  entries: readonly CalendarEntry[],
  rangeStart: number,
  rangeEnd: number,
  timeZone: string = DEFAULT_TIME_ZONE,
): CalendarEvent[] {
  const result: CalendarEvent[] = [];
  if (!(rangeEnd > rangeStart)) return result;
  const overlaps = overlapTest(rangeStart, rangeEnd, timeZone);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.kind === 'series') {
      for (const occurrence of entry.occurrencesBetween(rangeStart, rangeEnd)) result.push(occurrence);
    } else if (overlaps(entry)) {
      result.push(entry);
    }
  }
  return result;
}

/** occurrencesBetween, sorted by start, all-day first, then title (compareOccurrences). */
export function eventsBetween(
  entries: readonly CalendarEntry[],
  rangeStart: number,
  rangeEnd: number,
  timeZone: string = DEFAULT_TIME_ZONE,
): CalendarEvent[] {
  // Keys computed once: a 10,000-event month would otherwise look up offsets ~130,000 times.
  return sortOccurrences(occurrencesBetween(entries, rangeStart, rangeEnd, timeZone), timeZone);
}

/**
 * The first `count` events in compareOccurrences order, kept while events
 * arrive one by one: what a month cell shows of a day with hundreds of
 * events, without sorting the day. Most events lose to the current last on
 * their sort key alone (one number comparison).
 */
export class FirstOccurrences {
  readonly events: CalendarEvent[] = [];
  private readonly keys: number[] = [];
  constructor(private readonly count: number) {}

  /** Offers an event with its `sortKey`. Equal events keep their arrival order. */
  offer(event: CalendarEvent, key: number): void {
    const {events, keys} = this;
    let at = events.length;
    if (at === this.count) {
      const lastKey = keys[at - 1]!;
      if (key > lastKey || (key === lastKey && compareKeyed(event, key, events[at - 1]!, lastKey) >= 0)) return;
      events.pop();
      keys.pop();
      at--;
    }
    while (at > 0 && compareKeyed(event, key, events[at - 1]!, keys[at - 1]!) < 0) at--;
    events.splice(at, 0, event);
    keys.splice(at, 0, key);
  }
}
