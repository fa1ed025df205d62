import {html, nothing, type TemplateResult} from 'lit';
import type {Locale} from '../localization.js';

/** Content text from a feed: one string for both languages, or a version per language. */
export type BilingualText = string | {en?: string; cy?: string};

/** The text to show for a locale, and the language it is actually in when it had to fall back. */
export interface ChosenText {
  text: string;
  /** Set only when the text is in the other language than the reader's. */
  fallbackLang?: Locale;
}

const other = (locale: Locale): Locale => (locale === 'cy' ? 'en' : 'cy');

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
  const fallback = value[other(locale)];
  return fallback === undefined ? undefined : {text: fallback, fallbackLang: other(locale)};
}

/** Plain string for attributes and sorting; no language marking. */
export function textFor(value: BilingualText | undefined, locale: Locale): string {
  return chooseText(value, locale)?.text ?? '';
}

/**
 * Renders content text as text (never HTML). Text shown in the other language
 * is wrapped in `<span lang>` so screen readers switch pronunciation.
 */
export function renderText(value: BilingualText | undefined, locale: Locale): TemplateResult | typeof nothing | string {
  const chosen = chooseText(value, locale);
  if (!chosen) return nothing;
  return chosen.fallbackLang ? html`<span lang=${chosen.fallbackLang}>${chosen.text}</span>` : chosen.text;
}
