/**
 * FeedController's `decode` hook for the events feed: a response body is
 * JSON, or iCalendar when any of these says so:
 * - the body starts with `BEGIN:VCALENDAR` (whatever the server's Content-Type),
 * - the Content-Type is `text/calendar`,
 * - the URL's path ends in `.ics`.
 * (A body that starts with `{` or `[` is read as JSON even from a `.ics` URL.)
 *
 * iCalendar is read by ics-feed.ts, loaded with a dynamic import so that it
 * and ical.js land in a lazy chunk a JSON-only page never downloads. For an
 * iCalendar body this returns a DecodedICalendar (decoded-calendar.ts), which
 * `parseEventFeed` accepts like a JSON feed.
 */
import {FeedFormatError, ReaderLoadError} from '../../core/dom-free/feed-types.js';

export interface DecodeResponse {
  contentType: string;
  url: string;
  /** The raw body (FeedController passes it): lets iCalendar mend folds that split a UTF-8 character. */
  bytes?: Uint8Array;
}

/** True when the body should be read as iCalendar (see the rules above). */
export function isICalendar(text: string, response: DecodeResponse): boolean {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (/^BEGIN:VCALENDAR/i.test(body)) return true;
  if (body.startsWith('{') || body.startsWith('[')) return false;
  if (/^text\/calendar\b/i.test(response.contentType.trim())) return true;
  try {
    return /\.ics$/i.test(new URL(response.url, document.baseURI).pathname);
  } catch {
    return false;
  }
}

const opening = (text: string) => {
  const start = text.trimStart().slice(0, 40).replace(/\s+/g, ' ');
  return start ? `"${start}${text.trimStart().length > 40 ? '…' : ''}"` : 'nothing (the body is empty)';
};

/**
 * Decodes a response body for `parseEventFeed`: parsed JSON, or a
 * DecodedICalendar for iCalendar. Throws FeedFormatError, with a message for
 * the page author, when the body is neither.
 */
export async function decodeEventFeed(text: string, response: DecodeResponse): Promise<unknown> {
  if (isICalendar(text, response)) {
    let reader: typeof import('./ics-feed.js');
    try {
      reader = await import('./ics-feed.js');
    } catch (error) {
      throw new ReaderLoadError(
        `the iCalendar reader (a file of profiad that loads only for an iCalendar feed) could not be loaded: ${(error as Error).message}. Check that the whole folder of profiad is served, chunks/ included, and any Subresource Integrity hashes the page gives for it.`,
      );
    }
    return reader.decodeICalendar(text, response.bytes);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const html = /^\s*</.test(text) ? ' It looks like an HTML page (a login, error or "not found" page?).' : '';
    throw new FeedFormatError(`expected JSON or iCalendar (BEGIN:VCALENDAR), but the body starts with ${opening(text)} and is not valid JSON (${(error as Error).message}).${html}`);
  }
}
