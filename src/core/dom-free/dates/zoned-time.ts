/**
 * Wall-clock time in a named (IANA) time zone, computed with Intl's time zone
 * data, so "10:00 in Europe/London" is the right instant in GMT and in BST.
 *
 * Intl can only go from an instant to wall-clock parts; the other direction is
 * worked out from the zone's UTC offsets either side of the wanted time. Offsets
 * are cached per zone and UTC day, and per quarter hour on days with a clock
 * change (transitions of every zone in use since 1970 fall on a quarter hour),
 * so a feed of 10,000 events needs few Intl calls.
 */
import {fromDayNumber, MS_PER_DAY, type CivilDate} from './civil-date.js';

/** Wall-clock reading of an instant in a zone. */
export interface LocalParts {
  date: CivilDate;
  hour: number;
  minute: number;
}

const MS_PER_MINUTE = 60_000;
const BUCKET_MS = 15 * MS_PER_MINUTE;
const MAX_CACHED_OFFSETS = 20_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Per zone: offset per quarter hour. */
const offsetCache = new Map<string, Map<number, number>>();
/** Per zone: offset per UTC day, NaN for a day whose two ends differ (a clock change). */
const dayOffsetCache = new Map<string, Map<number, number>>();

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

function computeOffset(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const values: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatterFor(timeZone).formatToParts(whole)) values[part.type] = part.value;
  let year = Number(values.year);
  if (values.era === 'BC' || values.era === 'B') year = 1 - year;
  const wall = Date.UTC(year, Number(values.month) - 1, Number(values.day), Number(values.hour) % 24, Number(values.minute), Number(values.second));
  // Date.UTC maps years 0-99 to 1900-1999; undo that for the (theoretical) early years.
  const fixed = year >= 0 && year < 100 ? new Date(wall).setUTCFullYear(year) : wall;
  return fixed - whole;
}

/**
 * The zone's offset from UTC at `instant`, in ms (3_600_000 for BST).
 * Throws RangeError for a time zone name the browser does not know.
 */
export function offsetAt(instant: number, timeZone: string): number {
  if (timeZone === LONDON) {
    const offset = londonOffset(instant);
    if (offset !== undefined) return offset;
  }
  // Most days have one offset all day: one cache entry (two Intl calls) per
  // UTC day, instead of one per quarter hour. Days whose ends differ (a clock
  // change) fall through to the quarter-hour buckets. (A zone that changed and
  // changed back within one UTC day would be missed here.)
  let days = dayOffsetCache.get(timeZone);
  if (!days) {
    days = new Map();
    dayOffsetCache.set(timeZone, days);
  }
  const day = Math.floor(instant / MS_PER_DAY);
  let dayOffset = days.get(day);
  if (dayOffset === undefined) {
    const atStart = quarterOffset(day * MS_PER_DAY, timeZone);
    dayOffset = atStart === quarterOffset((day + 1) * MS_PER_DAY, timeZone) ? atStart : NaN;
    if (days.size >= MAX_CACHED_OFFSETS) days.clear();
    days.set(day, dayOffset);
  }
  return Number.isNaN(dayOffset) ? quarterOffset(instant, timeZone) : dayOffset;
}

const LONDON = 'Europe/London';
const FIRST_EU_RULE_YEAR = 1996;
const MS_PER_HOUR = 3_600_000;
/** London kept local mean time, 1 min 15 s behind GMT, until 00:01:15 GMT on 1 December 1847 (tzdata). */
const LONDON_LMT_END = Date.UTC(1847, 11, 1, 0, 1, 15);
const LONDON_LMT = -75_000;
/** A year from 1996 on London's clock rule: its bounds and BST's, as instants. */
interface RuleYear {
  from: number;
  to: number;
  bstFrom: number;
  bstTo: number;
}
const ruleYears = new Map<number, RuleYear>();
/** The year asked about last: most calls fall in it, and need no Date. */
let lastRuleYear: RuleYear = {from: 0, to: 0, bstFrom: 0, bstTo: 0};

/**
 * Europe/London from the rule, without Intl: BST (UTC+1) from 01:00 UTC on the
 * last Sunday of March to 01:00 UTC on the last Sunday of October, GMT
 * otherwise. UK law has followed that (EU) rule since 1996, and tzdata and ICU
 * carry it on indefinitely. Before 1847, local mean time (the calendar's
 * "no min-date" bound is in year 1). `undefined` from 1847 to 1995 (other
 * rules): Intl answers there. Why: London is the calendar's default zone, and
 * the first Intl date formatter of a page loads ICU's date data (14-40 ms), so
 * a first paint in London should ask Intl nothing. If the UK ever stops
 * changing its clocks, this must change with tzdata (tests compare it with
 * Intl for every hour of several years, so a browser with new data fails them).
 */
function londonOffset(instant: number): number | undefined {
  let rule = lastRuleYear;
  if (!(instant >= rule.from && instant < rule.to)) {
    if (instant < LONDON_LMT_END) return LONDON_LMT;
    const year = new Date(instant).getUTCFullYear();
    if (!(year >= FIRST_EU_RULE_YEAR)) return undefined;
    let found = ruleYears.get(year);
    if (!found) {
      found = {from: Date.UTC(year, 0, 1), to: Date.UTC(year + 1, 0, 1), bstFrom: lastSundayAtOneUtc(year, 3), bstTo: lastSundayAtOneUtc(year, 10)};
      ruleYears.set(year, found);
    }
    rule = lastRuleYear = found;
  }
  return instant >= rule.bstFrom && instant < rule.bstTo ? MS_PER_HOUR : 0;
}

/** 01:00 UTC on the last Sunday of `month` (1-12, a month of 31 days). */
function lastSundayAtOneUtc(year: number, month: number): number {
  const last = Date.UTC(year, month - 1, 31);
  return last - new Date(last).getUTCDay() * MS_PER_DAY + MS_PER_HOUR;
}

/** The offset at a quarter hour (transitions of every zone in use since 1970 fall on one). */
function quarterOffset(instant: number, timeZone: string): number {
  let cache = offsetCache.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsetCache.set(timeZone, cache);
  }
  const bucket = Math.floor(instant / BUCKET_MS);
  let offset = cache.get(bucket);
  if (offset === undefined) {
    offset = computeOffset(bucket * BUCKET_MS, timeZone);
    if (cache.size >= MAX_CACHED_OFFSETS) cache.clear();
    cache.set(bucket, offset);
  }
  return offset;
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
  // London's look-up made once, not a closure per call: a feed reads thousands of local times before its first paint.
  return instantFromLocalWith(timeZone === LONDON ? londonOffsetAt : (instant) => offsetAt(instant, timeZone), date, hour, minute, second);
}

const londonOffsetAt = (instant: number) => offsetAt(instant, LONDON);

/**
 * `instantFromLocal` for a zone described some other way (an iCalendar
 * VTIMEZONE): `offsetAt` gives the zone's UTC offset in ms at an instant.
 * Same rules for skipped and repeated times.
 */
export function instantFromLocalWith(offsetAt: (instant: number) => number, date: CivilDate, hour: number, minute: number, second: number): number {
  const wall = wallClockMs(date, hour, minute, second);
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

function wallClockMs(date: CivilDate, hour: number, minute: number, second: number): number {
  const ms = Date.UTC(date.year, date.month - 1, date.day, hour, minute, second);
  return date.year >= 0 && date.year < 100 ? new Date(ms).setUTCFullYear(date.year) : ms;
}

export const DEFAULT_TIME_ZONE = 'Europe/London';

/**
 * Zones found valid: checking builds an Intl.DateTimeFormat, and the calendar
 * asks for its zone a dozen times a render. (Invalid names are not remembered:
 * they are rare, and asking again costs only the failed check.) Every browser
 * knows Europe/London, the default, which this file reads from its rule without Intl:
 * asking would load ICU's date data on the first paint for nothing.
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
  // London from its rule (above), so today's date costs no Intl on a first paint.
  if (timeZone === DEFAULT_TIME_ZONE) return localParts(Number(instant), timeZone).date;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {year: part('year'), month: part('month'), day: part('day')};
}

/** The instant a civil day (a day number) begins in `timeZone`: its local midnight (or, on a day that skips midnight, the clock reading an hour on). */
export function zonedDayStart(dayNumber: number, timeZone: string): number {
  return instantFromLocal(fromDayNumber(dayNumber), 0, 0, 0, timeZone);
}
