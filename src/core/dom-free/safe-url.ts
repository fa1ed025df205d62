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

/** `url` as a SafeUrl when its scheme is allowed (with the fast path below, the only maker of one). */
function allowedHref(url: URL): SafeUrl | undefined {
  return ALLOWED_PROTOCOLS.has(url.protocol) ? (url.href as SafeUrl) : undefined;
}

/**
 * What the fast path accepts, chosen so that URL parsing changes nothing:
 * - scheme `http://` or `https://` in lower case (the parser lower-cases it);
 * - a host of dot-separated labels of `a-z`, `0-9` and inner hyphens, at most
 *   63 characters each, the last one starting with a letter (a last label of
 *   digits, or `0x…`, is read as an IPv4 address), and no `--` anywhere (an
 *   `xn--` label is punycode, which is decoded and checked); no port, no user;
 * - a path starting with `/`, of characters no percent-encode set holds, and
 *   no `%` (Chromium decodes some escapes) or `/.` (dot segments are resolved);
 * - optionally a query of the same characters but `'` (encoded in queries);
 * - no fragment, no spaces, no control characters (nothing to trim).
 */
const PLAIN_HTTP_URL =
  /^https?:\/\/(?![^/]*--)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?(?!.*\/\.)\/[A-Za-z0-9\-._~!$&'()*+,;=:@/]*(?:\?[A-Za-z0-9\-._~!$&()*+,;=:@/?]*)?$/;

/**
 * Returns an absolute URL for a feed link, or `undefined` when it is not a
 * string or uses any scheme but http(s), mailto or tel (`javascript:`,
 * `data:`, `vbscript:`...). Relative links resolve against `base` (see
 * feedBaseUrl), as a plain `<a href>` in the feed's own page would.
 */
export function safeUrl(value: unknown, base: string): SafeUrl | undefined {
  // Nearly every feed link is a plain absolute http(s) URL, which the URL
  // parser would return unchanged: skip the parser for those (a feed of
  // thousands of booking links paid ~5 µs a link).
  if (typeof value === 'string' && PLAIN_HTTP_URL.test(value)) return value as SafeUrl;
  return safeUrlByParser(value, base);
}

/** `safeUrl` without the fast path: every value through the URL parser (the reference the fast path is tested against). */
export function safeUrlByParser(value: unknown, base: string): SafeUrl | undefined {
  if (typeof value !== 'string') return undefined;
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
