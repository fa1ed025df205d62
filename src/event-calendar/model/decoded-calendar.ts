/**
 * The marker `decodeEventFeed` returns for an iCalendar body, so one parser
 * (`parseEventFeed`) accepts both kinds of feed.
 *
 * The iCalendar text has already been read by ical.js (in the lazy chunk); what
 * is left needs the element's time zone (floating times are read in it), which
 * FeedController only gives to `parse`. So the marker carries a function that
 * finishes the job. It is a class instance: JSON.parse can never produce one,
 * so a JSON feed cannot pretend to be an iCalendar one.
 *
 * This file must not import ical.js or ics-feed.ts: json-feed.ts imports it,
 * and JSON-only pages must never load the iCalendar chunk.
 */
import type {FeedOrigin, FeedResult} from '../../core/dom-free/feed-types.js';
import type {CalendarEntry} from './event-types.js';

export class DecodedICalendar {
  constructor(
    /** Turns the parsed calendar into entries, reading floating times in `timeZone`. */
    readonly toEntries: (origin: FeedOrigin, timeZone: string) => FeedResult<CalendarEntry>,
  ) {}
}
