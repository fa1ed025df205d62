/**
 * Dates and times as the grid shows them, memoised: the core's formatters build
 * an `Intl.DateTimeFormat` per call, and a month grid asks for 42 day names and
 * up to 130 times on every render. These caches keep re-renders (arrow keys,
 * language switches) free of Intl constructor churn.
 */
import {boundedMemo} from '../../core/dom-free/bounded-memo.js';
import {fromDayNumber} from '../../core/dom-free/dates/civil-date.js';
import {weekdayName} from '../../core/dom-free/dates/date-names.js';
import {formatDay, formatMonth} from '../../core/dom-free/dates/format-date.js';
import type {Locale} from '../../core/dom-free/locale.js';

const dayLabels: Record<Locale, (dayNumber: number) => string> = {
  en: boundedMemo(400, (dayNumber: number) => formatDay(fromDayNumber(dayNumber), 'en')),
  cy: boundedMemo(400, (dayNumber: number) => formatDay(fromDayNumber(dayNumber), 'cy')),
};

/** "Wednesday 14 January 2026" / "Dydd Mercher, 14 Ionawr 2026" for a day number. */
export const dayLabel = (dayNumber: number, locale: Locale): string => dayLabels[locale](dayNumber);

const monthTitles = boundedMemo(200, (key: string) => {
  const [locale, year, month] = key.split('|');
  return formatMonth(Number(year), Number(month), locale as Locale);
});

/** "January 2026" / "Ionawr 2026" */
export const monthTitle = (year: number, month: number, locale: Locale): string => monthTitles(`${locale}|${year}|${month}`);

export interface WeekdayNames {
  long: string[];
  short: string[];
}

/** Day names Monday first (UK weeks). */
export const weekdayNames = boundedMemo(2, (locale: Locale): WeekdayNames => {
  const order = [1, 2, 3, 4, 5, 6, 0];
  return {long: order.map((d) => weekdayName(d, locale)), short: order.map((d) => weekdayName(d, locale, 'short'))};
});
