/**
 * Wall-clock time in a named (IANA) time zone, computed with Intl's time zone
 * data for every zone (Europe/London included), so "10:00 in Europe/London" is
 * the right instant in GMT and in BST.
 *
 * Intl can only go from an instant to wall-clock parts; the other direction is
 * worked out from the zone's UTC offsets either side of the wanted time.
 * Offsets are cached per zone and UTC day (a feed of thousands of events asks
 * Intl a few dozen times). On a day whose two ends differ, the change itself is
 * found by bisection to the second, so a change at any time of day (St John's
 * changed at 00:01 local until 2011) is exact.
 */
import {fromDayNumber, MS_PER_DAY, utcMs, type CivilDate} from './civil-date.js';

/** Wall-clock reading of an instant in a zone. */
export interface LocalParts {
  date: CivilDate;
  hour: number;
  minute: number;
}

/** A zone's UTC offset in ms at an instant. */
export type OffsetAt = (instant: number) => number;

const MS_PER_SECOND = 1000;
/** Per zone: at most this many UTC days are cached (then the cache starts again). */
const MAX_CACHED_DAYS = 20_000;

/**
 * One UTC day's offsets: a number when it is the same all day, else the
 * offset at the day's start and the instants (whole seconds) it changes at.
 */
type DayOffsets = number | {atStart: number; changes: {at: number; offset: number}[]};

/**
 * `exactOffsetAt` (Intl, or a VTIMEZONE read by ical.js: slow, exact to the
 * second) behind a cache per UTC day. A day costs two look-ups when its two
 * ends agree; otherwise about 17 more per change, bisecting the day to the
 * second where the offset changes. (A zone that changed and changed back
 * within one UTC day would be missed: only the day's two ends are asked.)
 */
export function offsetsCachedByDay(exactOffsetAt: OffsetAt): OffsetAt {
  const days = new Map<number, DayOffsets>();
  return (instant) => {
    const day = Math.floor(instant / MS_PER_DAY);
    let offsets = days.get(day);
    if (offsets === undefined) {
      offsets = dayOffsets(day, exactOffsetAt);
      if (days.size >= MAX_CACHED_DAYS) days.clear();
      days.set(day, offsets);
    }
    if (typeof offsets === 'number') return offsets;
    let offset = offsets.atStart;
    for (const change of offsets.changes) {
      if (instant < change.at) break;
      offset = change.offset;
    }
    return offset;
  };
}

function dayOffsets(day: number, exactOffsetAt: OffsetAt): DayOffsets {
  const start = day * MS_PER_DAY;
  const end = start + MS_PER_DAY;
  const atStart = exactOffsetAt(start);
  const atEnd = exactOffsetAt(end);
  if (atStart === atEnd) return atStart;
  const changes: {at: number; offset: number}[] = [];
  let from = start;
  let offset = atStart;
  // Each pass finds the first change after `from`; a day with two changes (to a third offset) takes two.
  while (offset !== atEnd) {
    const change = firstChange(from, offset, end, exactOffsetAt);
    changes.push(change);
    from = change.at;
    offset = change.offset;
  }
  return {atStart, changes};
}

/**
 * The first instant after `from` (whose offset is `offset`) at which the
 * offset differs, at or before `end` (whose offset differs), to the second:
 * Intl reads whole seconds, and zones change on whole seconds.
 */
function firstChange(from: number, offset: number, end: number, exactOffsetAt: OffsetAt): {at: number; offset: number} {
  let low = from;
  let high = end;
  let highOffset = exactOffsetAt(end);
  while (high - low > MS_PER_SECOND) {
    const middle = low + Math.floor((high - low) / 2 / MS_PER_SECOND) * MS_PER_SECOND;
    const middleOffset = exactOffsetAt(middle);
    if (middleOffset === offset) {
      low = middle;
    } else {
      high = middle;
      highOffset = middleOffset;
    }
  }
  return {at: high, offset: highOffset};
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Per zone: its offsets, from Intl, cached by day. */
const zoneOffsets = new Map<string, OffsetAt>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-US with h23 gives plain ASCII digits and hours 0-23 in every engine.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The offset straight from Intl, to the second (Intl shows whole seconds). */
function intlOffsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / MS_PER_SECOND) * MS_PER_SECOND;
  const values: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatterFor(timeZone).formatToParts(whole)) values[part.type] = part.value;
  let year = Number(values.year);
  if (values.era === 'BC' || values.era === 'B') year = 1 - year;
  const date = {year, month: Number(values.month), day: Number(values.day)};
  return utcMs(date, Number(values.hour) % 24, Number(values.minute), Number(values.second)) - whole;
}

/** The zone's offsets from Intl, cached by day (throws RangeError for a name the browser does not know). */
function offsetsOf(timeZone: string): OffsetAt {
  let offsets = zoneOffsets.get(timeZone);
  if (!offsets) {
    // An unknown name throws RangeError here, before anything is cached for it.
    formatterFor(timeZone);
    offsets = offsetsCachedByDay((instant) => intlOffsetAt(instant, timeZone));
    zoneOffsets.set(timeZone, offsets);
  }
  return offsets;
}

/**
 * The zone's offset from UTC at `instant`, in ms (3_600_000 for BST).
 * Throws RangeError for a time zone name the browser does not know.
 */
export function offsetAt(instant: number, timeZone: string): number {
  return offsetsOf(timeZone)(instant);
}

/**
 * The instant (ms since epoch) at which clocks in `timeZone` show the given
 * date and time. Where the clocks change, as RFC 5545 and Temporal's
 * "compatible" rule say:
 * - a time that happens twice (01:30 on the last Sunday of October in London)
 *   is the first of the two (01:30 BST = 00:30Z);
 * - a time that never happens (01:30 on the last Sunday of March in London) is
 *   read with the offset from before the change, so it lands an hour later on
 *   the clock (01:30 GMT = 02:30 BST).
 * Throws RangeError for a time zone name the browser does not know.
 */
export function instantFromLocal(date: CivilDate, hour: number, minute: number, second: number, timeZone: string): number {
  return instantFromLocalWith(offsetsOf(timeZone), date, hour, minute, second);
}

/**
 * `instantFromLocal` for a zone described some other way (an iCalendar
 * VTIMEZONE): `offsetAt` gives the zone's UTC offset in ms at an instant.
 * Same rules for skipped and repeated times.
 */
export function instantFromLocalWith(offsetAt: OffsetAt, date: CivilDate, hour: number, minute: number, second: number): number {
  const wall = utcMs(date, hour, minute, second);
  const before = offsetAt(wall - MS_PER_DAY);
  const after = offsetAt(wall + MS_PER_DAY);
  const earlier = wall - before;
  const later = wall - after;
  const fits = (candidate: number, offset: number) => offsetAt(candidate) === offset;
  if (before === after) {
    // The usual case: no change nearby. Check anyway, for zones that changed twice in two days.
    if (fits(earlier, before)) return earlier;
    const exact = offsetAt(earlier);
    if (fits(wall - exact, exact)) return wall - exact;
    return earlier;
  }
  const earlierFits = fits(earlier, before);
  const laterFits = fits(later, after);
  if (earlierFits && laterFits) return Math.min(earlier, later);
  if (earlierFits) return earlier;
  if (laterFits) return later;
  // In the gap: the offset from before the change.
  return earlier;
}

/** The date, hour and minute clocks in `timeZone` show at `instant`. */
export function localParts(instant: number, timeZone: string): LocalParts {
  const wall = new Date(instant + offsetAt(instant, timeZone));
  return {
    date: {year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate()},
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
  };
}

/**
 * The wall-clock time of `instant` in `timeZone` as a number that sorts and
 * subtracts like the times on a clock: ms since 1970-01-01T00:00 in that zone,
 * as if it were UTC. All-day events are stored this way (see event-types.ts).
 */
export function wallClockAt(instant: number, timeZone: string): number {
  return instant + offsetAt(instant, timeZone);
}

/** "14:00": 24-hour, two-digit, the same in Welsh and English. */
export function formatTime(instant: number, timeZone: string): string {
  const {hour, minute} = localParts(instant, timeZone);
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

export const DEFAULT_TIME_ZONE = 'Europe/London';

/**
 * Zones found valid: checking builds an Intl.DateTimeFormat, and the calendar
 * asks for its zone a dozen times a render. (Invalid names are not remembered:
 * they are rare, and asking again costs only the failed check.) Every browser
 * knows Europe/London, the default.
 */
const validZones = new Set<string>([DEFAULT_TIME_ZONE]);

/** The last zone name zoneOrDefault was asked about and its answer, so an unknown name set on an element is not checked again every render. */
let lastZone: [asked: string, used: string] = [DEFAULT_TIME_ZONE, DEFAULT_TIME_ZONE];

/** `timeZone` if the browser knows it, else Europe/London: the zone an element's `time-zone` attribute gives. */
export function zoneOrDefault(timeZone: string): string {
  if (lastZone[0] !== timeZone) lastZone = [timeZone, isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE];
  return lastZone[1];
}

/** True when the browser knows the IANA time zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  if (validZones.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en', {timeZone});
    validZones.add(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The calendar date of an instant as seen in `timeZone`. */
export function civilDateAt(instant: Date | number, timeZone: string = DEFAULT_TIME_ZONE): CivilDate {
  return localParts(Number(instant), timeZone).date;
}

/** The instant a civil day (a day number) begins in `timeZone`: its local midnight (or, on a day that skips midnight, the clock reading an hour on). */
export function zonedDayStart(dayNumber: number, timeZone: string): number {
  return instantFromLocal(fromDayNumber(dayNumber), 0, 0, 0, timeZone);
}
