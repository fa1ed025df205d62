/**
 * UI strings in the language the caller names.
 *
 * Each messages file makes its `msgIn` from its own part of the Welsh
 * (`const msgIn = translator(welsh)`, the part from src/generated/welsh/), and
 * every message function takes its `Language` first and starts with
 * `const msg = msgIn(language)`, then calls `msg('English', {id, desc})` or
 * ``msg(str`${n} events`, {id})`` exactly as with @lit/localize. An element
 * passes its LocaleController's `language` (its locale with the author's
 * wording, the element's `strings`); code with no author, such as the
 * receiver's emails, passes a plain locale. Nothing here depends on which
 * element is rendering or what happened since an `await`: a Welsh and an
 * English widget can build messages at the same moment.
 *
 * Why not @lit/localize's own runtime: it keeps ONE locale for the whole page,
 * switched asynchronously, and profiad widgets each follow their own `lang`.
 * We keep @lit/localize for what it does well:
 * - `lit-localize extract` finds every `msg(...)` call here too. Its analyser
 *   (program-analysis.js, isMsgCall) recognises a msg function by the
 *   `_LIT_LOCALIZE_MSG_` property on its TypeScript type, which `Msg` carries;
 * - `lit-localize build` writes the Welsh of xliff/cy.xlf to
 *   src/generated/locales/cy.ts, a map from id to a string or a `str` result
 *   (its public `TemplateMap` type); scripts/split-welsh.mjs cuts that map
 *   into one per widget (and one for the core), so a page downloads only
 *   the Welsh of the widgets it shows.
 * tests/core/translate.test.ts fails if an upgrade changes either contract;
 * `npm run check:welsh` and scripts/extraction.test.mjs fail if extraction
 * stops finding these calls or a message reads the wrong part of the Welsh.
 */
import type {StrResult, TemplateMap} from '@lit/localize';
import type {Locale} from './locale.js';

/**
 * An author's own wording in place of profiad's, by message id, in either
 * language or both: `{"story.support.heading": {"en": "Need to talk?", "cy":
 * "Angen siarad?"}}`. In a message with values, `{0}`, `{1}`… stand for them
 * in the order the English has them. Each element takes it as its `strings`.
 */
export type Wording = Readonly<Record<string, Readonly<Partial<Record<Locale, string>>>>>;

/**
 * What a message is asked for in: a plain locale (the receiver, the date
 * code, tests), or an element's locale with its author's wording (what
 * LocaleController's `language` gives, checked against the element's ids by
 * dom-free/wording.ts).
 */
export type Language = Locale | WordedLanguage;

/** A locale with an author's wording. */
export interface WordedLanguage {
  readonly locale: Locale;
  readonly wording: Wording;
}

/** No wording of the author's: profiad's own everywhere. */
export const NO_WORDING: Wording = Object.freeze({});

/** `{"en": "…", "cy": "…"}`, either or both, as text: the only wording used. */
export function isWordingText(value: unknown): value is Wording[string] {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && Object.entries(value).every(([language, text]) => (language === 'en' || language === 'cy') && typeof text === 'string')
  );
}

/**
 * An element's `strings` as the author gave it (an object, or its JSON text
 * from the attribute), its entries that are wording text kept: anything else
 * counts as no wording. Ids are not checked here (an id no message has is
 * simply never looked up): dom-free/wording.ts reports what is wrong, and is
 * loaded only when there is wording to check.
 */
export function readWording(given: unknown): Wording {
  let value = given;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return NO_WORDING;
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return NO_WORDING;
  return Object.fromEntries(Object.entries(value).filter(([, text]) => isWordingText(text)));
}

export function localeOf(language: Language): Locale {
  return typeof language === 'string' ? language : language.locale;
}

export interface MsgOptions {
  /** Unique id, e.g. `calendar.details.close`: the key of its Welsh in xliff/cy.xlf. */
  id: string;
  /** A note for the translator. */
  desc?: string;
}

type Translate = (template: string | StrResult, options: MsgOptions) => string;

/** A message function bound to one language. */
export type Msg = Translate & {
  /** The brand lit-localize's extractor looks for (never set at runtime). */
  _LIT_LOCALIZE_MSG_?: never;
};

/** An author's text with the message's values put in for `{0}`, `{1}`… */
function fillIn(text: string, template: string | StrResult): string {
  if (typeof template === 'string') return text;
  return text.replace(/\{(\d+)\}/g, (whole, index: string) => (Number(index) < template.values.length ? String(template.values[Number(index)]) : whole));
}

/** A `str` template's text with its values in, in the order `order` gives (a translation may move them). */
function join(strings: readonly string[], values: readonly unknown[], order?: readonly unknown[]): string {
  let text = strings[0] ?? '';
  for (let i = 1; i < strings.length; i++) text += String(values[order ? Number(order[i - 1]) : i - 1]) + strings[i];
  return text;
}

/** The English source text: the template as written in the code. */
const english = (template: string | StrResult): string => (typeof template === 'string' ? template : join(template.strings, template.values));

/**
 * The message functions for one part of the Welsh: `msgIn('cy')` looks ids
 * up in `welsh`, `msgIn('en')` gives the English source; given an element's
 * wording too, the author's text for an id comes first. A missing
 * translation cannot ship (check:welsh fails the build); should one slip
 * through, the English shows rather than nothing.
 */
export function translator(welsh: TemplateMap): (language: Language) => Msg {
  const inWelsh = (template: string | StrResult, id: string): string => {
    const translated = welsh[id];
    if (typeof translated === 'string') return translated;
    if (translated && typeof template !== 'string' && 'strTag' in translated) {
      // Translated `str` templates hold the index of each source value where the value goes.
      return join(translated.strings, template.values, translated.values);
    }
    return english(template);
  };
  return (language) => {
    const locale = localeOf(language);
    const wording = typeof language === 'string' ? undefined : language.wording;
    // One function, which reads nothing of its options but `id`, whatever the language: so the
    // minifier can see that no `desc` is ever read, and leaves every translator's note out of
    // the bundle (with one function per language, or one handing its options on, it kept them
    // all: about 1.6 KB brotli for dist/profiad.js). Only calls to a `Msg` are extracted, so
    // this is a plain `Translate`.
    const msg: Translate = (template, {id}) => {
      const own = wording?.[id]?.[locale];
      return own !== undefined ? fillIn(own, template) : locale === 'cy' ? inWelsh(template, id) : english(template);
    };
    return msg;
  };
}
