/**
 * "Add to calendar" for one occurrence, made in the page: nothing is
 * requested from anywhere until the reader clicks.
 * - eventToIcs: a one-event iCalendar file (RFC 5545) that Outlook, Apple and
 *   Google import at the right time: timed events in Europe/London local time
 *   with a VTIMEZONE describing GMT and BST, all-day events as dates.
 * - googleCalendarUrl / outlookCalendarUrl: the web calendars' "new event"
 *   pages, filled in.
 * Text is in the reader's language (their `locale`), falling back to the other.
 */
import {chooseText, textFor, type BilingualText} from '../../core/dom-free/bilingual-text.js';
import {wallClockAt} from '../../core/dom-free/dates/zoned-time.js';
import {MS_PER_DAY} from '../../core/dom-free/dates/civil-date.js';
import type {Locale} from '../../core/dom-free/locale.js';
import {localeOf, type Language} from '../../core/dom-free/translate.js';
import {checkBuiltUrl, type SafeUrl} from '../../core/dom-free/safe-url.js';
import {eventTitle} from '../event-title.js';
import type {CalendarEvent} from './event-types.js';

/** The zone the downloaded file and the web links use. */
export const CALENDAR_TIME_ZONE = 'Europe/London';

/**
 * Europe/London since 1996 (EU rules): BST from 01:00 GMT on the last Sunday
 * of March, GMT from 02:00 BST on the last Sunday of October. DTSTARTs are in
 * the local time before each change, as RFC 5545 requires.
 */
const LONDON_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'X-LIC-LOCATION:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZNAME:BST',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'DTSTART:19810329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZNAME:GMT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'DTSTART:19961027T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, and line breaks as \n. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): continuation lines start
 * with a space, and a UTF-8 character (or a surrogate pair) is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 20260114T100000Z */
function utcStamp(instant: number): string {
  const d = new Date(instant);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** 20260114T100000 as London clocks show it. */
function londonStamp(instant: number): string {
  return utcStamp(wallClockAt(instant, CALENDAR_TIME_ZONE)).slice(0, -1);
}

/** 20260114, from an all-day event's UTC midnight. */
const dateStamp = (utcMidnight: number) => utcStamp(utcMidnight).slice(0, 8);

/** "2026-01-14" */
const isoDate = (utcMidnight: number) => new Date(utcMidnight).toISOString().slice(0, 10);

/** A TEXT property with LANGUAGE when we know which language the text is in. */
function textProperty(name: string, value: BilingualText | undefined, locale: Locale): string | undefined {
  const chosen = chooseText(value, locale);
  if (!chosen || !chosen.text.trim()) return undefined;
  const language = typeof value === 'string' ? undefined : (chosen.fallbackLang ?? locale);
  return `${name}${language ? `;LANGUAGE=${language}` : ''}:${escapeText(chosen.text)}`;
}

/** "Venue Cymru, Llandudno" from the location's name and address. */
function locationText(event: CalendarEvent, locale: Locale): string {
  if (!event.location) return '';
  return [textFor(event.location.name, locale), textFor(event.location.address, locale)].filter(Boolean).join(', ');
}

export interface IcsOptions {
  /** DTSTAMP: when the file was made (default: now). */
  now?: Date;
  /** The reader's language, for the title, description and place (default: English), with the author's wording for "(No title)". */
  language?: Language;
}

/**
 * A one-event iCalendar file for `event`, CRLF line ends and folded lines,
 * ready for a Blob of type text/calendar.
 */
export function eventToIcs(event: CalendarEvent, options: IcsOptions = {}): string {
  const language = options.language ?? 'en';
  const locale = localeOf(language);
  const now = options.now ?? new Date();
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//profiad//Event calendar//${locale.toUpperCase()}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (!event.allDay) lines.push(...LONDON_VTIMEZONE);
  lines.push('BEGIN:VEVENT', `UID:${escapeText(`${event.id}@profiad`)}`, `DTSTAMP:${utcStamp(now.getTime())}`);
  if (event.allDay) {
    lines.push(`DTSTART;VALUE=DATE:${dateStamp(event.start)}`);
    lines.push(`DTEND;VALUE=DATE:${dateStamp(Math.max(event.end, event.start + MS_PER_DAY))}`);
  } else {
    lines.push(`DTSTART;TZID=${CALENDAR_TIME_ZONE}:${londonStamp(event.start)}`);
    // No end time known: no DTEND, which RFC 5545 reads as an event that takes no time.
    if (event.end > event.start) lines.push(`DTEND;TZID=${CALENDAR_TIME_ZONE}:${londonStamp(event.end)}`);
  }
  const optional = [
    textProperty('SUMMARY', eventTitle(event, language), locale),
    textProperty('DESCRIPTION', event.description, locale),
    event.location ? `LOCATION:${escapeText(locationText(event, locale))}` : undefined,
  ];
  for (const line of optional) if (line) lines.push(line);
  const url = event.bookingUrl ?? event.location?.url;
  // Only allow-listed URLs reach a CalendarEvent; line breaks would still end the property, so none may pass.
  if (url && !/[\r\n]/.test(url)) lines.push(`URL:${url}`);
  lines.push(`STATUS:${event.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT', 'END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** Lower-case ASCII words joined by hyphens: "Gweithdy Gŵyl Dewi" → "gweithdy-gwyl-dewi". */
function slug(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let result = '';
  for (const word of words) {
    if ((result ? result.length + 1 : 0) + word.length > 60) break;
    result = result ? `${result}-${word}` : word;
  }
  return result;
}

/** The event's (first) day as London sees it, "2026-01-14". */
function firstDay(event: CalendarEvent): string {
  return isoDate(event.allDay ? event.start : wallClockAt(event.start, CALENDAR_TIME_ZONE));
}

/** "gweithdy-gogledd-cymru-2026-01-14.ics": the title in the reader's language, then the date. */
export function icsFileName(event: CalendarEvent, language: Language): string {
  const locale = localeOf(language);
  const name = slug(textFor(eventTitle(event, language), locale)) || (locale === 'cy' ? 'digwyddiad' : 'event');
  return `${name}-${firstDay(event)}.ics`;
}

const MAX_DETAILS = 1000;

/** Description, then the booking link, for the web calendars' notes field (kept short: it travels in a URL). */
function details(event: CalendarEvent, locale: Locale): string {
  let text = textFor(event.description, locale);
  if (text.length > MAX_DETAILS) text = `${text.slice(0, MAX_DETAILS - 1)}…`;
  const url = event.bookingUrl ?? event.location?.url;
  return [text, url].filter(Boolean).join('\n\n');
}

const query = (params: [string, string | undefined][]) =>
  params
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');

/** A web calendar's address, through the URL parser (which encodes what encodeURIComponent leaves, such as `'`). */
const webCalendarUrl = (address: string) => checkBuiltUrl(new URL(address));

/** Google Calendar's "new event" page, filled in (times in UTC, shown in London time). */
export function googleCalendarUrl(event: CalendarEvent, language: Language): SafeUrl {
  const locale = localeOf(language);
  const dates = event.allDay ? `${dateStamp(event.start)}/${dateStamp(Math.max(event.end, event.start + MS_PER_DAY))}` : `${utcStamp(event.start)}/${utcStamp(Math.max(event.end, event.start))}`;
  return webCalendarUrl(
    `https://calendar.google.com/calendar/render?${query([
      ['action', 'TEMPLATE'],
      ['text', textFor(eventTitle(event, language), locale)],
      ['dates', dates],
      ['details', details(event, locale)],
      ['location', locationText(event, locale)],
      ['ctz', CALENDAR_TIME_ZONE],
    ])}`,
  );
}

/** Outlook on the web's "new event" page (outlook.live.com deeplink), filled in. */
export function outlookCalendarUrl(event: CalendarEvent, language: Language): SafeUrl {
  const locale = localeOf(language);
  const utcIso = (instant: number) => new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const [start, end] = event.allDay ? [isoDate(event.start), isoDate(Math.max(event.end, event.start + MS_PER_DAY))] : [utcIso(event.start), utcIso(Math.max(event.end, event.start))];
  return webCalendarUrl(
    `https://outlook.live.com/calendar/0/deeplink/compose?${query([
      ['path', '/calendar/action/compose'],
      ['rru', 'addevent'],
      ['subject', textFor(eventTitle(event, language), locale)],
      ['startdt', start],
      ['enddt', end],
      ['allday', String(event.allDay)],
      ['body', details(event, locale)],
      ['location', locationText(event, locale)],
    ])}`,
  );
}
