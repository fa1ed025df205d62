/**
 * Welsh month and day names, bundled because some browsers (this project's
 * test Chromium, Chrome on Windows) have no Welsh date data and would
 * otherwise print English. Spelling from ../shared/welsh-glossary.md.
 */
export const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'] as const;

/** Abbreviations as CLDR (ICU 7x) gives them for cy. */
export const WELSH_MONTHS_SHORT = ['Ion', 'Chw', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gor', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'] as const;

/** Sunday first, as `Date.getUTCDay()` counts. */
export const WELSH_WEEKDAYS = ['Dydd Sul', 'Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn'] as const;

export const WELSH_WEEKDAYS_SHORT = ['Sul', 'Llun', 'Maw', 'Mer', 'Iau', 'Gwe', 'Sad'] as const;
