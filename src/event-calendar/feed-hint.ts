import type {ProfiadErrorDetail} from '../core/dom-free/feed-types.js';

/**
 * The core explains a failed fetch; a calendar on another site adds one
 * common cause worth naming in the console: the "publish" links of Google and
 * Outlook calendars send no CORS headers, so a browser cannot read them from
 * another site.
 */
export function explainBlockedFeed(element: Element, detail: ProfiadErrorDetail): void {
  if (detail.kind !== 'network' || !detail.url) return;
  let url: URL;
  try {
    url = new URL(detail.url);
  } catch {
    return;
  }
  if (url.origin === location.origin) return;
  console.error(
    `${element.localName}: the feed ${url.href} is on another site (${url.origin}), so the browser reads it only if that site answers with ` +
      `"Access-Control-Allow-Origin: ${location.origin}" (or "*"). The iCalendar links that Google Calendar and Outlook publish do not, ` +
      'so copy the .ics to your own site (for example on a schedule) or serve it through your own server. See README: "Publishing a feed".',
  );
}
