import {instantFromLocal, localParts, MS_PER_DAY} from './zoned-time.js';

/** A date on the calendar, with no time or zone: what "14 January 2026" means to a reader. */
export interface CivilDate {
  year: number;
  /** 1 to 12 */
  month: number;
  day: number;
}


/** Milliseconds at 00:00 UTC of a date. Unlike `Date.UTC`, keeps years 0 to 99 as they are (not 1900 to 1999). */
function utcMidnight(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** Days since 1970-01-01: a number that sorts and subtracts like the dates it stands for. */
export function toDayNumber({year, month, day}: CivilDate): number {
  return Math.floor(utcMidnight(year, month, day) / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): CivilDate {
  const date = new Date(dayNumber * MS_PER_DAY);
  return {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()};
}

/** 0 = Sunday ... 6 = Saturday */
export function weekdayOf(date: CivilDate): number {
  return new Date(toDayNumber(date) * MS_PER_DAY).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcMidnight(year, month + 1, 0)).getUTCDate();
}

export function isValidCivilDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** `YYYY-MM-DD`, as `<time datetime>` wants it. */
export function toIsoDate({year, month, day}: CivilDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses exactly `YYYY-MM-DD` into a real calendar date, else `undefined`. */
export function parseIsoDate(value: string): CivilDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return isValidCivilDate(year, month, day) ? {year, month, day} : undefined;
}

export const DEFAULT_TIME_ZONE = 'Europe/London';

/**
 * Zones found valid: checking builds an Intl.DateTimeFormat, and the calendar
 * asks for its zone a dozen times a render. (Invalid names are not remembered:
 * they are rare, and asking again costs only the failed check.) Every browser
 * knows Europe/London, the default, which zoned-time.ts reads without Intl:
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
  // London from its rule (zoned-time.ts), so today's date costs no Intl on a first paint.
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
