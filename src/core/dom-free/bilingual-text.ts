import {otherLocale, type Locale} from './locale.js';

/** Content text from a feed: one string for both languages, or a version per language. */
export type BilingualText = string | {en?: string; cy?: string};

/** The text to show for a locale, and the language it is actually in when it had to fall back. */
export interface ChosenText {
  text: string;
  /** Set only when the text is in the other language than the reader's. */
  fallbackLang?: Locale;
}

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Reads a feed value as bilingual text: a non-empty string, or an object with a
 * non-empty `en` and/or `cy` string. Anything else is `undefined` (the caller reports it).
 */
export function parseBilingualText(value: unknown): BilingualText | undefined {
  if (nonEmpty(value)) return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const {en, cy} = value as Record<string, unknown>;
    const result: {en?: string; cy?: string} = {};
    if (nonEmpty(en)) result.en = en;
    if (nonEmpty(cy)) result.cy = cy;
    if (result.en !== undefined || result.cy !== undefined) return result;
  }
  return undefined;
}

export function chooseText(value: BilingualText | undefined, locale: Locale): ChosenText | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return {text: value};
  const own = value[locale];
  if (own !== undefined) return {text: own};
  const fallback = value[otherLocale(locale)];
  return fallback === undefined ? undefined : {text: fallback, fallbackLang: otherLocale(locale)};
}

/** Plain string for attributes and sorting; no language marking. */
export function textFor(value: BilingualText | undefined, locale: Locale): string {
  return chooseText(value, locale)?.text ?? '';
}
