/**
 * Times in iCalendar values and the zones they are in. A value is kept as the
 * wall-clock reading the file wrote plus its zone, because recurrences repeat
 * on the wall clock ("every Tuesday at 10:00" stays 10:00 across the clock
 * change) and only then become instants.
 *
 * Zones, first found wins for a TZID:
 * 1. an IANA name the browser knows ("Europe/London", also inside Mozilla's old
 *    "/mozilla.org/20050126_1/Europe/London"): Intl's data, via zoned-time.ts;
 * 2. a VTIMEZONE in the file with that TZID (Outlook's "GMT Standard Time",
 *    "Customized Time Zone"): its rules, read by ical.js;
 * 3. a Windows name without a VTIMEZONE: mapped to IANA (windows-zones.ts);
 * 4. anything else: read as floating, and reported.
 * Values with no TZID are floating: read in the calendar's X-WR-TIMEZONE, else
 * in the element's time zone.
 */
import ICAL from 'ical.js';
import {isValidCivilDate, toDayNumber, utcMs, type CivilDate, MS_PER_DAY} from '../../core/dom-free/dates/civil-date.js';
import {instantFromLocalWith, isValidTimeZone, offsetAt as intlOffsetAt, offsetsCachedByDay} from '../../core/dom-free/dates/zoned-time.js';
import {ianaFromWindows} from './windows-zones.js';

/** A wall-clock reading, as written in the file. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface Zone {
  /** For messages: "Europe/London", "GMT Standard Time (VTIMEZONE)", "UTC". */
  name: string;
  /** UTC offset in ms at an instant. */
  offsetAt: (instant: number) => number;
}

export const UTC_ZONE: Zone = {name: 'UTC', offsetAt: () => 0};

export function intlZone(timeZone: string): Zone {
  return {name: timeZone, offsetAt: (instant) => intlOffsetAt(instant, timeZone)};
}

/** Observances defined from before this year are read from it on (see vtimezoneZone). */
const EARLIEST_RULE_YEAR = 1970;

/**
 * A zone defined by a VTIMEZONE: its changes listed by ical.js, offsets
 * cached per UTC day (to the second on days with a change:
 * offsetsCachedByDay). Outlook starts its yearly rules in 1601, and ical.js
 * walks them from there (hundreds of ms); rules starting before 1970 are
 * started in 1970 instead, which changes nothing for events since (rules that
 * ended before 1970 are left alone).
 */
export function vtimezoneZone(tzid: string, component: ICAL.Component): Zone {
  const copy = new ICAL.Component(JSON.parse(JSON.stringify(component.toJSON())) as unknown[]);
  for (const observance of copy.getAllSubcomponents()) {
    const dtstart = observance.getFirstProperty('dtstart');
    const value = dtstart?.getFirstValue();
    const rule = observance.getFirstPropertyValue('rrule');
    // A rule that ended before 1970 stays as it is: moving its start past its end would invent a change.
    const endedEarlier = rule instanceof ICAL.Recur && rule.until !== null && rule.until !== undefined && rule.until.year < EARLIEST_RULE_YEAR;
    if (dtstart && rule && !endedEarlier && value instanceof ICAL.Time && value.year < EARLIEST_RULE_YEAR) {
      const moved = value.clone();
      moved.year = EARLIEST_RULE_YEAR;
      dtstart.setValue(moved);
    }
  }
  return {name: `${tzid} (VTIMEZONE)`, offsetAt: offsetsCachedByDay(exactOffsets(new ICAL.Timezone(copy)))};
}

/**
 * A clock change as ical.js lists it inside a Timezone (`changes`, sorted,
 * the instant in UTC fields, offsets in seconds). Not public API (ical.js
 * types it `any`), so typed here: ical.js's own instant-to-wall-clock
 * conversion reads the UTC fields as local ones, which puts its offsets up to
 * the zone's offset wrong near every change (for an hour or more before a
 * change back); the list of changes itself is exact.
 */
interface IcalZoneChange extends LocalDateTime {
  utcOffset: number;
  prevUtcOffset: number;
}
interface IcalZoneChanges {
  changes: IcalZoneChange[];
  _ensureCoverage(year: number): void;
}

/** The zone's offset at an instant, from its list of changes (see IcalZoneChange). */
function exactOffsets(timezone: ICAL.Timezone): (instant: number) => number {
  const zone = timezone as unknown as IcalZoneChanges;
  const changeMs = (change: IcalZoneChange) => utcMs(change, change.hour, change.minute, change.second);
  return (instant) => {
    zone._ensureCoverage(new Date(instant).getUTCFullYear() + 1);
    const {changes} = zone;
    // The number of changes at or before `instant` (they are sorted).
    let low = 0;
    let high = changes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (changeMs(changes[middle]!) <= instant) low = middle + 1;
      else high = middle;
    }
    // Before the first change: the offset it changes from.
    const offsetSeconds = low === 0 ? (changes[0]?.prevUtcOffset ?? 0) : changes[low - 1]!.utcOffset;
    return offsetSeconds * 1000;
  };
}

/** A VTIMEZONE zone, or nothing when its definition is too broken for ical.js to read. */
function vtimezoneZoneOrNothing(tzid: string, component: ICAL.Component): Zone | undefined {
  try {
    const zone = vtimezoneZone(tzid, component);
    zone.offsetAt(Date.now());
    return zone;
  } catch {
    return undefined;
  }
}

/** A value of DTSTART, DTEND, RECURRENCE-ID, EXDATE or RDATE. */
export type Moment = {isDate: true; date: CivilDate} | {isDate: false; local: LocalDateTime; zone: Zone};

/** A wall-clock reading as ms since 1970 read as UTC (years 0 to 99 kept, unlike Date.UTC). */
export const wallMs = (local: LocalDateTime) => utcMs(local, local.hour, local.minute, local.second);
export const utcMidnight = (date: CivilDate) => toDayNumber(date) * MS_PER_DAY;

/** The instant of a date-time, or the UTC midnight standing for a date (see event-types.ts). */
export function momentMs(moment: Moment): number {
  if (moment.isDate) return utcMidnight(moment.date);
  if (moment.zone === UTC_ZONE) return wallMs(moment.local);
  const {local} = moment;
  return instantFromLocalWith(moment.zone.offsetAt, local, local.hour, local.minute, local.second);
}

/** The wall-clock reading of an instant in a zone. */
export function localAt(instant: number, zone: Zone): LocalDateTime {
  const wall = new Date(instant + zone.offsetAt(instant));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T(?:(\d{2})(\d{2})(\d{2})(Z?))?)?$/i;

/**
 * Reads one raw value as ical.js left it ("2026-01-14T10:00:00Z"; ical.js
 * inserts separators without checking, so "2026-13-45T::" can reach here).
 * `DTSTART:20260114` without VALUE=DATE is read as the date it obviously is.
 * Returns why not, in English, for a value that is not a real date or time.
 */
export function parseIcsValue(raw: unknown, resolveZone: (tzid: string) => Zone, tzid: string | undefined, floating: Zone): Moment | string {
  // RDATE;VALUE=PERIOD gives [start, end or duration]: the start is what counts.
  const value: unknown = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== 'string') return `has no date`;
  const compact = value.replace(/[-:]/g, '').trim();
  const match = COMPACT.exec(compact);
  if (!match) return `"${compact.slice(0, 40)}" is not a date (YYYYMMDD) or date and time (YYYYMMDDTHHMMSS)`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isValidCivilDate(year, month, day)) return `"${compact}" is not a real date`;
  if (match[4] === undefined) return {isDate: true, date: {year, month, day}};
  const [hour, minute, second] = [Number(match[4]), Number(match[5]), Number(match[6])];
  // 60 seconds is a leap second; read it as 59.
  if (hour > 23 || minute > 59 || second > 60) return `"${compact}" is not a real time of day`;
  const local = {year, month, day, hour, minute, second: Math.min(second, 59)};
  if (match[7]) return {isDate: false, local, zone: UTC_ZONE};
  return {isDate: false, local, zone: tzid ? resolveZone(tzid) : floating};
}

/** A TZID as an IANA name the browser knows, if it is one (also Mozilla's "/mozilla.org/.../Europe/London"). */
export function ianaName(tzid: string): string | undefined {
  const cleaned = tzid.trim().replace(/^"|"$/g, '');
  if (cleaned && isValidTimeZone(cleaned) && !/\s/.test(cleaned)) return cleaned;
  const tail = /([A-Za-z]+\/[A-Za-z0-9_+-]+(?:\/[A-Za-z0-9_+-]+)?)$/.exec(cleaned)?.[1];
  if (tail && cleaned.startsWith('/') && isValidTimeZone(tail)) return tail;
  return undefined;
}

/**
 * Resolves TZIDs for one calendar (see the order at the top of this file).
 * `onUnknown` is told once per TZID that could not be resolved.
 */
export function zoneResolver(vtimezones: Map<string, ICAL.Component>, floating: Zone, onUnknown: (tzid: string) => void): (tzid: string) => Zone {
  const resolved = new Map<string, Zone>();
  return (tzid) => {
    let zone = resolved.get(tzid);
    if (zone) return zone;
    const iana = ianaName(tzid);
    const definition = vtimezones.get(tzid);
    const windows = ianaFromWindows(tzid);
    if (iana) zone = /^(utc|gmt|z|etc\/utc|etc\/gmt)$/i.test(iana) ? UTC_ZONE : intlZone(iana);
    else if (definition) zone = vtimezoneZoneOrNothing(tzid, definition);
    if (!zone && windows) zone = intlZone(windows);
    if (!zone) {
      onUnknown(tzid);
      zone = floating;
    }
    resolved.set(tzid, zone);
    return zone;
  };
}

/** An ical.js time for recurrence iteration: floating, so rules repeat on the wall clock. */
export function floatingTime(moment: Moment): ICAL.Time {
  return moment.isDate ? floatingIcalTime({...moment.date, isDate: true}) : floatingIcalTime({...moment.local, isDate: false});
}

/** An ical.js time with no zone ("floating"). */
export function floatingIcalTime(data: Partial<LocalDateTime> & {isDate: boolean}): ICAL.Time {
  return new ICAL.Time(data, ICAL.Timezone.localTimezone);
}
