/** The two languages every profiad widget speaks. */
export type Locale = 'en' | 'cy';

/** `cy`, `cy-GB`, `CY` are Welsh; anything else (or nothing) is English. */
export function toLocale(lang: string | null | undefined): Locale {
  return /^cy(-|$)/i.test((lang ?? '').trim()) ? 'cy' : 'en';
}

/** The other language: where bilingual text falls back to when the reader's is missing. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'cy' ? 'en' : 'cy';
}
