/**
 * Per-element localisation on top of @lit/localize.
 *
 * @lit/localize's own runtime mode keeps ONE active locale for the whole page,
 * and switching it is asynchronous. profiad elements follow their own `lang`
 * (a page may show a Welsh calendar beside an English one), so instead of
 * `configureLocalization` we install a `msg()` implementation that reads the
 * locale of the element that is rendering right now. `msg()` calls stay
 * literal, so `lit-localize extract` still finds every string for xliff/cy.xlf.
 *
 * The Welsh templates are imported statically: they are a few kilobytes, and a
 * lazy chunk would show English for a moment on a Welsh page.
 */
import {_installMsgImplementation} from '@lit/localize/init/install.js';
import {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';
import {templates as welshTemplates} from '../generated/locales/cy.js';

/** The two languages every profiad element speaks. */
export type Locale = 'en' | 'cy';

let renderLocale: Locale = 'en';

try {
  _installMsgImplementation(((template: Parameters<typeof runtimeMsg>[1], options?: {id?: string}) =>
    runtimeMsg(renderLocale === 'cy' ? welshTemplates : undefined, template, options)) as never);
} catch {
  // Another copy of @lit/localize on the page was configured first (a host app
  // using lit-localize itself). Our strings then follow that app's locale.
  console.warn('profiad: @lit/localize was already configured on this page; profiad cannot switch languages per element.');
}

/** `cy`, `cy-GB`, `CY` are Welsh; anything else (or nothing) is English. */
export function toLocale(lang: string | null | undefined): Locale {
  return /^cy(-|$)/i.test((lang ?? '').trim()) ? 'cy' : 'en';
}

/** The locale `msg()` is translating into at this moment. */
export function currentLocale(): Locale {
  return renderLocale;
}

/** Set the locale for the `msg()` calls that follow; returns the previous one. */
export function setRenderLocale(locale: Locale): Locale {
  const previous = renderLocale;
  renderLocale = locale;
  return previous;
}

/** Run `fn` with `msg()` translating into `locale` (for strings built outside render). */
export function inLocale<T>(locale: Locale, fn: () => T): T {
  const previous = setRenderLocale(locale);
  try {
    return fn();
  } finally {
    setRenderLocale(previous);
  }
}
