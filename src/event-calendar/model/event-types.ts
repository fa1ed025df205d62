/**
 * The one Event type every calendar view reads, whatever the feed was (JSON or
 * iCalendar). This file is the contract between the feed parsers (model/) and
 * the views; change both sides together.
 */
import type {BilingualText} from '../../core/dom-free/bilingual-text.js';
import type {SafeUrl} from '../../core/dom-free/safe-url.js';

export type EventFormat = 'in-person' | 'online' | 'hybrid';
export type EventLanguage = 'cy' | 'en' | 'bilingual';
export type EventStatus = 'scheduled' | 'cancelled' | 'full';

export interface EventLocation {
  name: BilingualText;
  address?: BilingualText;
  /** e.g. "North Wales" / {"en": "North Wales", "cy": "Gogledd Cymru"}; used by the region filter. */
  region?: BilingualText;
  /** Checked (http/https/mailto/tel) URL, e.g. a map or joining link. */
  url?: SafeUrl;
}

/** One occurrence on the calendar, ready to render. All text is text, never HTML. */
export interface CalendarEvent {
  /** Unique per occurrence: the feed id, plus the occurrence start for expanded recurrences. */
  id: string;
  /** The id of the series (iCalendar UID) this occurrence belongs to, when recurring. */
  seriesId?: string;
  /**
   * Absent for an iCalendar event without a SUMMARY (Google and Outlook export
   * untitled events): it is shown as "(No title)", since the slot is still taken.
   */
  title?: BilingualText;
  description?: BilingualText;
  /**
   * Timed events: the start and end instants (ms since epoch, UTC). When the
   * feed gave no end time, end === start (show the start time only).
   * All-day events: UTC midnight of the first day and of the day AFTER the last
   * day (end exclusive), i.e. floating civil dates encoded as UTC.
   */
  start: number;
  end: number;
  allDay: boolean;
  location?: EventLocation;
  format?: EventFormat;
  audience?: BilingualText[];
  language?: EventLanguage;
  /** Checked (http/https/mailto/tel) booking URL. */
  bookingUrl?: SafeUrl;
  accessibility?: BilingualText;
  status: EventStatus;
}

/** A recurring iCalendar series, kept unexpanded until a range is shown. */
export interface RecurringSeries {
  kind: 'series';
  seriesId: string;
  /** Occurrences that overlap [rangeStart, rangeEnd) (ms), overrides and EXDATEs applied, cancelled ones marked. */
  occurrencesBetween(rangeStart: number, rangeEnd: number): CalendarEvent[];
}

/** What a feed yields: single events and recurring series. */
export type CalendarEntry = (CalendarEvent & {kind?: 'event'}) | RecurringSeries;
