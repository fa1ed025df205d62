/** Milliseconds in a calendar day (a UTC day: days here are counted in UTC, whatever the zone). */
export const MS_PER_DAY = 86_400_000;

/** A date on the calendar, with no time or zone: what "14 January 2026" means to a reader. */
export interface CivilDate {
  year: number;
  /** 1 to 12 */
  month: number;
  day: number;
}

/**
 * Milliseconds since 1970 of a date and time read as UTC (month 1 to 12). Use
 * it instead of `Date.UTC`, which turns years 0 to 99 into 1900 to 1999: year
 * 50 stays year 50. Values out of range carry over, as with `Date.UTC`.
 */
export function utcMs({year, month, day}: CivilDate, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.setUTCHours(hour, minute, second, 0);
}

/** Days since 1970-01-01: a number that sorts and subtracts like the dates it stands for. */
export function toDayNumber(date: CivilDate): number {
  return Math.floor(utcMs(date) / MS_PER_DAY);
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
  return new Date(utcMs({year, month: month + 1, day: 0})).getUTCDate();
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
