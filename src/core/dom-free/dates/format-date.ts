import {str} from '@lit/localize';
import type {Locale} from '../locale.js';
import {localeOf, translator, type Language} from '../translate.js';
import {welsh} from '../../../generated/welsh/core.js';
import {weekdayOf, type CivilDate} from './civil-date.js';
import {monthName, weekdayName} from './date-names.js';
import type {FuzzyDate, Season} from './fuzzy-date.js';

/** Messages with the core's part of the Welsh (src/generated/welsh/core.ts). */
const msgIn = translator(welsh);

/**
 * "Wednesday 14 January 2026" / "Dydd Mercher, 14 Ionawr 2026" (the Welsh
 * comma is CLDR's); without the weekday: "14 January 2026" / "14 Ionawr 2026".
 * Built from names rather than Intl patterns so Welsh stays Welsh in browsers
 * without Welsh data.
 */
export function formatDay(date: CivilDate, locale: Locale, {weekday = true}: {weekday?: boolean} = {}): string {
  const dayMonthYear = `${date.day} ${monthName(date.month, locale)} ${date.year}`;
  if (!weekday) return dayMonthYear;
  const name = weekdayName(weekdayOf(date), locale);
  return locale === 'cy' ? `${name}, ${dayMonthYear}` : `${name} ${dayMonthYear}`;
}

/** "January 2026" / "Ionawr 2026" */
export function formatMonth(year: number, month: number, locale: Locale): string {
  return `${monthName(month, locale)} ${year}`;
}

/** "Spring 2026" / "Gwanwyn 2026" */
function seasonLabel(language: Language, season: Season, year: number): string {
  const msg = msgIn(language);
  switch (season) {
    case 'spring':
      return msg(str`Spring ${year}`, {id: 'date.season.spring'});
    case 'summer':
      return msg(str`Summer ${year}`, {id: 'date.season.summer'});
    case 'autumn':
      return msg(str`Autumn ${year}`, {
        id: 'date.season.autumn',
        desc: 'Season, as Gwanwyn / Haf / Gaeaf: "Yr hydref 2026". Not "Tymor yr hydref", which reads as the autumn term in education and training.',
      });
    case 'winter':
      return msg(str`Winter ${year}`, {id: 'date.season.winter', desc: 'Meteorological winter: December of this year to February of the next.'});
  }
}

/**
 * A date at whatever precision it has, as a reader would say it. Seasons and
 * quarters are messages (an author may reword them: `language`); day and
 * month names are not.
 */
export function formatFuzzyDate(date: FuzzyDate, language: Language, options: {weekday?: boolean} = {}): string {
  const locale = localeOf(language);
  switch (date.precision) {
    case 'day':
      return formatDay({year: date.year, month: date.month!, day: date.day!}, locale, options);
    case 'month':
      return formatMonth(date.year, date.month!, locale);
    case 'season':
      return seasonLabel(language, date.season!, date.year);
    case 'quarter': {
      const {quarter, year} = date;
      return msgIn(language)(str`Quarter ${quarter} ${year}`, {id: 'date.quarter'});
    }
    case 'year':
      return String(date.year);
  }
}
