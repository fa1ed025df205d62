/**
 * English month and day names as en-GB writes them (CLDR; tests check them
 * against this browser's Intl). Bundled like the Welsh ones because they never
 * change, and the first Intl.DateTimeFormat of a page loads ICU's date data
 * (14-40 ms measured), which a calendar's first paint need not wait for.
 */
export const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** en-GB abbreviates September as "Sept". */
export const ENGLISH_MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'] as const;

/** Sunday first, as `Date.getUTCDay()` counts. */
export const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export const ENGLISH_WEEKDAYS_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
