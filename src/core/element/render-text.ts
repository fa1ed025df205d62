import {html, nothing, type TemplateResult} from 'lit';
import {chooseText, type BilingualText} from '../dom-free/bilingual-text.js';
import {localeOf, type Language} from '../dom-free/translate.js';

/**
 * Renders content text as text (never HTML), in the reader's locale (given
 * alone, or as the element's `language`, of which only the locale matters
 * here). Text shown in the other language is wrapped in `<span lang>` so
 * screen readers switch pronunciation.
 */
export function renderText(value: BilingualText | undefined, language: Language): TemplateResult | typeof nothing | string {
  const chosen = chooseText(value, localeOf(language));
  if (!chosen) return nothing;
  return chosen.fallbackLang ? html`<span lang=${chosen.fallbackLang}>${chosen.text}</span>` : chosen.text;
}

/** Stands for the feed text while a message is built around it; a private-use character no translation contains. */
const PLACEHOLDER = '\uE000';

/**
 * A UI message with content text inside it ("14:00, <title>, 14 January
 * 2026"), for names that must be read in one voice: when the text fell back
 * to the other language, it is wrapped in `<span lang>` so a Welsh voice does
 * not read an English title with Welsh sounds. A plain string when nothing
 * needs marking (cheap, and usable as `aria-label`); a template otherwise,
 * which must then name its control from content, not from `aria-label`
 * (an attribute cannot carry a language).
 */
export function renderMessageWithText(message: (text: string) => string, value: BilingualText, language: Language): string | TemplateResult {
  const chosen = chooseText(value, localeOf(language));
  if (!chosen?.fallbackLang) return message(chosen?.text ?? '');
  const [before = '', after = ''] = message(PLACEHOLDER).split(PLACEHOLDER);
  return html`${before}<span lang=${chosen.fallbackLang}>${chosen.text}</span>${after}`;
}
