/** Loads an .ics fixture the way FeedController does (raw bytes, then decode, then parse). */
import type {FeedResult} from '../../../src/core/dom-free/feed-types.js';
import {decodeEventFeed} from '../../../src/event-calendar/model/decode.js';
import type {CalendarEntry, CalendarEvent} from '../../../src/event-calendar/model/event-types.js';
import {eventsBetween} from './events-between.js';
import {parseEventFeed} from '../../../src/event-calendar/model/json-feed.js';

export const LONDON = 'Europe/London';
export const utc = (iso: string) => Date.parse(iso);
export const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** The fixture's URL on the test server, served byte for byte (tests/server-routes.mjs). */
export const fixtureUrl = (name: string) => new URL(`/test-feeds/raw/ics/${name}`, location.href).href;

export async function loadIcs(name: string, timeZone = LONDON): Promise<FeedResult<CalendarEntry>> {
  const url = fixtureUrl(name);
  const response = await fetch(url);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const body = await decodeEventFeed(new TextDecoder().decode(bytes), {contentType: response.headers.get('content-type') ?? '', url, bytes});
  return parseEventFeed(body, {source: url, baseUrl: url}, timeZone);
}

/** Occurrences between two ISO instants, as [id, start, end, status] for compact comparison. */
export function between(entries: CalendarEntry[], from: string, to: string, timeZone = LONDON): CalendarEvent[] {
  return eventsBetween(entries, utc(from), utc(to), timeZone);
}

export const summary = (events: CalendarEvent[]) => events.map((e) => [e.id, iso(e.start), iso(e.end), e.status]);
export const messages = (result: {problems: {message: string}[]}) => result.problems.map((p) => p.message);
