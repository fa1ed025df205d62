import {boundedMemo} from './bounded-memo.js';

/** The only URL schemes a feed may link to. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

declare const safeUrlBrand: unique symbol;

/**
 * An absolute URL whose scheme passed the allowlist. Only this file makes
 * one, so render code that takes a SafeUrl cannot be handed an unchecked
 * string, and never needs to check again: a feed's links are checked once,
 * when the feed is read.
 */
export type SafeUrl = string & {readonly [safeUrlBrand]: 'SafeUrl'};

/** `url` as a SafeUrl when its scheme is allowed: the only maker of one. */
function allowedHref(url: URL): SafeUrl | undefined {
  return ALLOWED_PROTOCOLS.has(url.protocol) ? (url.href as SafeUrl) : undefined;
}

/**
 * The check itself: every value goes through the URL parser, so what is
 * allowed is exactly what a browser would follow.
 */
function checkLink(value: string, base: string): SafeUrl | undefined {
  // Browsers ignore control characters and surrounding spaces in hrefs ("java\tscript:"); so does the check.
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\u0000-\u001F\u007F]/g, '').trim();
  if (cleaned === '') return undefined;
  let url: URL;
  try {
    url = new URL(cleaned, base);
  } catch {
    return undefined;
  }
  return allowedHref(url);
}

/**
 * Results remembered per base, then link: a feed repeats the same links (a
 * venue's page, a booking site) on many events, and the parser costs a few µs
 * a link. A rejected link is remembered as null (the memo recomputes undefined).
 */
const MAX_REMEMBERED_BASES = 100;
const MAX_REMEMBERED_LINKS = 5_000;
const rememberedLinksFor = boundedMemo(MAX_REMEMBERED_BASES, (base: string) => boundedMemo(MAX_REMEMBERED_LINKS, (value: string) => checkLink(value, base) ?? null));

/**
 * Returns an absolute URL for a feed link, or `undefined` when it is not a
 * string or uses any scheme but http(s), mailto or tel (`javascript:`,
 * `data:`, `vbscript:`...). Relative links resolve against `base` (see
 * feedBaseUrl), as a plain `<a href>` in the feed's own page would.
 */
export function safeUrl(value: unknown, base: string): SafeUrl | undefined {
  if (typeof value !== 'string') return undefined;
  return rememberedLinksFor(base)(value) ?? undefined;
}

/**
 * A link this code built itself (not feed data), such as an "add to
 * calendar" address. Its scheme is still checked: a builder that went wrong
 * throws here instead of handing a bad link to render code.
 */
export function checkBuiltUrl(url: URL): SafeUrl {
  const href = allowedHref(url);
  if (href === undefined) throw new TypeError(`a link was built with the scheme "${url.protocol}", which is not allowed: ${url.href}`);
  return href;
}

/**
 * What relative links in a feed resolve against: the feed's own address when
 * it was fetched over http(s), as they would in the feed's own page; else
 * (an inline <script>, a property) `pageUrl`, the page's.
 */
export function feedBaseUrl(source: string, pageUrl: string): string {
  // Without a colon there is no scheme, so no URL: skip the parser's thrown TypeError (~1 ms on a first paint).
  if (!source.includes(':')) return pageUrl;
  try {
    const url = new URL(source);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // "inline <script>" or "property": not a URL.
  }
  return pageUrl;
}
