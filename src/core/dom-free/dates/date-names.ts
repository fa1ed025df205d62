import type {Locale} from '../locale.js';
import {ENGLISH_MONTHS, ENGLISH_MONTHS_SHORT, ENGLISH_WEEKDAYS, ENGLISH_WEEKDAYS_SHORT} from './english-names.js';
import {WELSH_MONTHS, WELSH_MONTHS_SHORT, WELSH_WEEKDAYS, WELSH_WEEKDAYS_SHORT} from './welsh-names.js';

let welshIntl: boolean | undefined;

/**
 * Does this browser really format dates in Welsh? `supportedLocalesOf` alone
 * is not enough (browsers have claimed `cy` and printed English), so the
 * answer also checks that January comes out as "Ionawr".
 */
export function browserHasWelshDates(): boolean {
  if (welshIntl === undefined) {
    try {
      welshIntl = Intl.DateTimeFormat.supportedLocalesOf(['cy']).length > 0 && new Intl.DateTimeFormat('cy', {month: 'long', timeZone: 'UTC'}).format(Date.UTC(2026, 0, 15)) === 'Ionawr';
    } catch {
      welshIntl = false;
    }
  }
  return welshIntl;
}

/** Forget the answer above (tests that simulate another browser call this). */
export function resetWelshDateSupport(): void {
  welshIntl = undefined;
}

type Width = 'long' | 'short';

/**
 * One Welsh formatter per field and width, for browsers that really have
 * Welsh (their CLDR data may be newer than the bundled names): building an
 * Intl.DateTimeFormat costs far more than formatting with it, and views ask
 * for names dozens of times a render.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function welshFormatter(field: 'month' | 'weekday', width: Width): Intl.DateTimeFormat {
  const key = `${field}|${width}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('cy-GB', {[field]: width, timeZone: 'UTC'});
    formatters.set(key, formatter);
  }
  return formatter;
}

// English names come from english-names.ts, never Intl: en-GB's never change,
// and the first Intl.DateTimeFormat of a page would cost the first paint ICU's date data.

/** Month name; `month` is 1 to 12. */
export function monthName(month: number, locale: Locale, width: Width = 'long'): string {
  if (locale === 'en') return (width === 'long' ? ENGLISH_MONTHS : ENGLISH_MONTHS_SHORT)[month - 1] ?? '';
  if (!browserHasWelshDates()) return (width === 'long' ? WELSH_MONTHS : WELSH_MONTHS_SHORT)[month - 1] ?? '';
  return welshFormatter('month', width).format(Date.UTC(2026, month - 1, 15));
}

/** Day name; `weekday` is 0 (Sunday) to 6. */
export function weekdayName(weekday: number, locale: Locale, width: Width = 'long'): string {
  if (locale === 'en') return (width === 'long' ? ENGLISH_WEEKDAYS : ENGLISH_WEEKDAYS_SHORT)[weekday] ?? '';
  if (!browserHasWelshDates()) return (width === 'long' ? WELSH_WEEKDAYS : WELSH_WEEKDAYS_SHORT)[weekday] ?? '';
  // 4 January 2026 was a Sunday.
  return welshFormatter('weekday', width).format(Date.UTC(2026, 0, 4 + weekday));
}
