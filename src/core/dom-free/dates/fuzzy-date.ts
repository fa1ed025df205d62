import {daysInMonth, isValidCivilDate, parseIsoDate, toDayNumber, type CivilDate} from './civil-date.js';
import {civilDateAt, DEFAULT_TIME_ZONE} from './zoned-time.js';

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
export type Precision = 'day' | 'month' | 'season' | 'quarter' | 'year';

/**
 * A date as precise as the plan knows it: "14 January 2026", "March 2026",
 * "Spring 2026", "Quarter 2 2026" or "2026". Held as the range of days it may
 * fall on, so imprecise and exact dates sort together.
 */
export interface FuzzyDate {
  precision: Precision;
  year: number;
  month?: number;
  day?: number;
  season?: Season;
  quarter?: number;
  /** First and last day it can mean, as day numbers (see civil-date.ts). */
  earliest: number;
  latest: number;
}

/** Meteorological seasons, as the Met Office counts them; winter runs from December into the next year. */
const SEASON_MONTHS: Record<Season, [first: number, last: number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  winter: [12, 14],
};

const SEASON_WORDS: Record<string, Season> = {
  spring: 'spring',
  summer: 'summer',
  autumn: 'autumn',
  fall: 'autumn',
  winter: 'winter',
  // Not "hydref": in Welsh it is October as well as autumn, so "2026-hydref" is
  // ambiguous and is rejected (reported) rather than guessed.
  gwanwyn: 'spring',
  haf: 'summer',
  gaeaf: 'winter',
};

/** Day number of the first day of a month, counting months past 12 into the next year. */
const firstOf = (year: number, month: number) => toDayNumber({year: year + Math.floor((month - 1) / 12), month: ((month - 1) % 12) + 1, day: 1});
const lastOf = (year: number, month: number) => {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12) + 1;
  return toDayNumber({year: y, month: m, day: daysInMonth(y, m)});
};

function monthsRange(precision: Precision, year: number, first: number, last: number, extra: Partial<FuzzyDate> = {}): FuzzyDate {
  return {precision, year, ...extra, earliest: firstOf(year, first), latest: lastOf(year, last)};
}

function dayDate(date: CivilDate): FuzzyDate {
  const n = toDayNumber(date);
  return {precision: 'day', ...date, earliest: n, latest: n};
}

/**
 * Reads `2026-01-14`, `2026-03`, `2026-spring` (also `2026-gwanwyn`), `2026-Q2`,
 * `2026`, or a full ISO date-time (taken as its date in `timeZone`).
 * Returns `undefined` for anything else, including impossible dates.
 */
export function parseFuzzyDate(value: unknown, timeZone: string = DEFAULT_TIME_ZONE): FuzzyDate | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();

  const day = parseIsoDate(text);
  if (day) return dayDate(day);

  const match = /^(\d{4})-(\d{2})$/.exec(text);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    return isValidCivilDate(year, month, 1) ? monthsRange('month', year, month, month, {month}) : undefined;
  }
  // Years, seasons and quarters: there was no year 0.
  const named = /^(\d{4})(?:-([a-z]+)|-q([1-4]))?$/.exec(text);
  if (named && Number(named[1]) >= 1) {
    const [, yyyy, word, q] = named;
    const year = Number(yyyy);
    if (q) {
      const quarter = Number(q);
      return monthsRange('quarter', year, quarter * 3 - 2, quarter * 3, {quarter});
    }
    if (!word) return monthsRange('year', year, 1, 12);
    // Own properties only: "2026-constructor" must not find Object.prototype.constructor.
    if (Object.prototype.hasOwnProperty.call(SEASON_WORDS, word)) {
      const season = SEASON_WORDS[word]!;
      const [first, last] = SEASON_MONTHS[season];
      return monthsRange('season', year, first, last, {season});
    }
    return undefined;
  }

  // A full date-time such as 2026-01-14T10:00:00Z.
  const dateTime = /^(\d{4}-\d{2}-\d{2})t(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(z|[+-]\d{2}:?\d{2})?$/.exec(text);
  // Date.parse rolls 30 February over into March, so the day is checked first.
  const written = dateTime && parseIsoDate(dateTime[1]!);
  if (!dateTime || !written || Number(dateTime[2]) > 23 || Number(dateTime[3]) > 59) return undefined;
  // Without an offset it is a wall-clock time in `timeZone`, so its date is
  // the one written. (Date.parse would read it in the reader's own zone.)
  if (!dateTime[4]) return dayDate(written);
  const instant = Date.parse(value.trim());
  return Number.isNaN(instant) ? undefined : dayDate(civilDateAt(instant, timeZone));
}

/** Earlier first; of two that start together, the narrower (more precise) first. */
export function compareFuzzyDates(a: FuzzyDate, b: FuzzyDate): number {
  return a.earliest - b.earliest || a.latest - b.latest;
}

/** The machine-readable form for `<time datetime>`, where HTML has one (not for seasons or quarters). */
export function datetimeAttribute(date: FuzzyDate): string | undefined {
  const yyyy = String(date.year).padStart(4, '0');
  const mm = String(date.month ?? 0).padStart(2, '0');
  switch (date.precision) {
    case 'day':
      return `${yyyy}-${mm}-${String(date.day).padStart(2, '0')}`;
    case 'month':
      return `${yyyy}-${mm}`;
    case 'year':
      return yyyy;
    default:
      return undefined;
  }
}
