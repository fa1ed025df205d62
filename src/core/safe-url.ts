/** The only URL schemes a feed may link to. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Returns an absolute URL for a feed link, or `undefined` when it is not a
 * string or uses any scheme but http(s), mailto or tel (`javascript:`,
 * `data:`, `vbscript:`...). Relative links resolve against the page, as a
 * plain `<a href>` would.
 */
export function safeUrl(value: unknown, base: string = document.baseURI): string | undefined {
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
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}
