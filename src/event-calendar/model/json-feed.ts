/**
 * The events feed: validates a JSON feed (schemas/events.schema.json) item by
 * item into calendar entries, and finishes an iCalendar feed that
 * `decodeEventFeed` has read (see decoded-calendar.ts). Problems are reported
 * per item in English for the page author; valid items are kept.
 */
import {describeValue, feedItems, isObject, optionalLink, optionalText, readFeedTitle, readItemId} from '../../core/dom-free/feed-validation.js';
import {safeUrl} from '../../core/dom-free/safe-url.js';
import {parseBilingualText, type BilingualText} from '../../core/dom-free/bilingual-text.js';
import {isValidCivilDate, toDayNumber, utcMs, type CivilDate, MS_PER_DAY} from '../../core/dom-free/dates/civil-date.js';
import {DEFAULT_TIME_ZONE, instantFromLocal, isValidTimeZone, localParts} from '../../core/dom-free/dates/zoned-time.js';
import {FeedFormatError, type FeedOrigin, type FeedResult} from '../../core/dom-free/feed-types.js';
import {ProblemReport, type ReportProblem} from '../../core/dom-free/feed-problems.js';
import {DecodedICalendar} from './decoded-calendar.js';
import type {CalendarEntry, CalendarEvent, EventFormat, EventLanguage, EventLocation, EventStatus} from './event-types.js';

export const EVENT_FORMATS: readonly EventFormat[] = ['in-person', 'online', 'hybrid'];
export const EVENT_LANGUAGES: readonly EventLanguage[] = ['cy', 'en', 'bilingual'];
export const EVENT_STATUSES: readonly EventStatus[] = ['scheduled', 'cancelled', 'full'];

/** A `start` or `end` value as the feed wrote it. */
export type FeedTime = {kind: 'date'; date: CivilDate} | {kind: 'date-time'; instant: number};

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Results of parseFeedTime per zone, then text: a month of events repeats the
 * same few hundred date-times. (The results are never mutated, so events may
 * share them.) Kept: dropping it measured +5 ms CPU at 5,000 events (bench
 * run of 25 November 2026).
 */
const timeCache = new Map<string, Map<string, FeedTime | string>>();
const MAX_CACHED_TIMES = 50_000;

/**
 * Reads `2026-01-14` (a date: all-day), `2026-01-14T10:00:00Z` or
 * `2026-01-14T10:00+01:00` (an instant), or `2026-01-14T10:00` (wall-clock
 * time in `timeZone`). Returns why not, in English, when it is none of those.
 */
export function parseFeedTime(value: unknown, timeZone: string): FeedTime | string {
  if (typeof value !== 'string') return readFeedTime(value, timeZone);
  let byText = timeCache.get(timeZone);
  if (!byText) {
    byText = new Map();
    timeCache.set(timeZone, byText);
  }
  let time = byText.get(value);
  if (time === undefined) {
    time = readFeedTime(value, timeZone);
    if (byText.size >= MAX_CACHED_TIMES) byText.clear();
    byText.set(value, time);
  }
  return time;
}

/** parseFeedTime without its cache; says what is wrong. Exported for tests (the cache must agree with it). */
export function readFeedTime(value: unknown, timeZone: string): FeedTime | string {
  if (typeof value !== 'string') return `must be a date like "2026-01-14" or a date and time like "2026-01-14T10:00", got ${describeValue(value)}`;
  const match = DATE_TIME.exec(value.trim());
  if (!match) return `must be a date like "2026-01-14" or a date and time like "2026-01-14T10:00", got ${describeValue(value)}`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isValidCivilDate(year, month, day)) return `${describeValue(value)} is not a real date`;
  const date = {year, month, day};
  if (match[4] === undefined) return {kind: 'date', date};
  const [hour, minute, second] = [Number(match[4]), Number(match[5]), Number(match[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return `${describeValue(value)} is not a real time of day`;
  const zone = match[7];
  if (zone === undefined) return {kind: 'date-time', instant: instantFromLocal(date, hour, minute, second, timeZone)};
  let offset = 0;
  if (zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    const offsetHours = Number(digits.slice(1, 3));
    const offsetMinutes = Number(digits.slice(3, 5) || 0);
    if (offsetHours > 18 || offsetMinutes > 59) return `${describeValue(value)} has an impossible UTC offset`;
    offset = (zone[0] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  }
  // utcMs, not Date.UTC: year 0050 stays 50 (Date.UTC would read 1950).
  return {kind: 'date-time', instant: utcMs(date, hour, minute, second) - offset};
}

const utcMidnight = (date: CivilDate) => toDayNumber(date) * MS_PER_DAY;

/**
 * Validates an events feed item by item: a JSON feed (`{"events": [...]}`, or
 * a bare array of events), or the value `decodeEventFeed` returned for an
 * iCalendar body. An item with a problem in a required field is left out and
 * reported; a problem in an optional field drops that field and is reported;
 * the others are kept. Local date-times (no `Z` or offset) and iCalendar
 * floating times are read in `timeZone`; relative links resolve against
 * `origin.baseUrl`. Throws FeedFormatError only when the whole thing is not an
 * events feed.
 */
export function parseEventFeed(body: unknown, origin: FeedOrigin, timeZone: string): FeedResult<CalendarEntry> {
  const problems = new ProblemReport(origin.source);
  let zone = timeZone;
  if (!isValidTimeZone(zone)) {
    problems.feed(`time zone ${describeValue(timeZone)} is not known to this browser; times are read in ${DEFAULT_TIME_ZONE}.`);
    zone = DEFAULT_TIME_ZONE;
  }
  if (body instanceof DecodedICalendar) {
    const result = body.toEntries(origin, zone);
    return {...result, problems: [...problems.list, ...result.problems]};
  }
  if (typeof body === 'string' && /^\s*BEGIN:VCALENDAR/i.test(body)) {
    throw new FeedFormatError('this is iCalendar text, not a JSON events feed; load it through the src attribute (or decodeEventFeed) so it is read as iCalendar.');
  }
  const list = feedItems(body, 'events');

  const items: CalendarEntry[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < list.length; index++) {
    const event = parseEvent(list[index], index, zone, origin.baseUrl, problems, seen);
    if (event) {
      seen.add(event.id);
      items.push(event);
    }
  }

  const feed: FeedResult<CalendarEntry> = {items, problems: problems.list};
  const title = readFeedTitle(body, problems);
  if (title) feed.title = title;
  return feed;
}

/** `value` if it is one of `allowed`, else undefined. */
export function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return allowed.find((option) => option === value);
}

const MISSING_TITLE = (value: unknown) => `"title" must be a non-empty string or {"en", "cy"}, got ${describeValue(value)}`;

function parseEvent(raw: unknown, index: number, timeZone: string, base: string, problems: ProblemReport, seen: Set<string>): CalendarEvent | undefined {
  if (!isObject(raw)) {
    problems.item(index)(`expected an event object, got ${describeValue(raw)}; it is not shown.`);
    return undefined;
  }
  const item = raw;
  // The required fields, each problem in this order, all in one report.
  const {id, error: idError} = readItemId(item.id, seen, 'event');
  const title = parseBilingualText(item.title);
  const start = parseFeedTime(item.start, timeZone);
  if (idError !== undefined || !title || typeof start === 'string') {
    const errors: string[] = [];
    if (idError !== undefined) errors.push(idError);
    if (!title) errors.push(MISSING_TITLE(item.title));
    if (typeof start === 'string') errors.push(`"start" ${start}`);
    problems.item(index, id)(`${errors.join('; ')}. It is not shown.`);
    return undefined;
  }
  // From here on the event is shown: what is wrong leaves out a field, not the event.
  const report = problems.field(index, id);
  const times = resolveTimes(start, item, timeZone, report);
  const event: CalendarEvent = {id: id!, title, start: times.start, end: times.end, allDay: times.allDay, status: 'scheduled'};

  for (const field of ['description', 'accessibility'] as const) {
    const text = optionalText(item, field, report, 'event');
    if (text) event[field] = text;
  }
  if (item.location !== undefined) {
    const location = parseLocation(item.location, base, report);
    if (location) event.location = location;
  }
  if (item.format !== undefined) {
    const format = oneOf(EVENT_FORMATS, item.format);
    if (format) event.format = format;
    else report(`"format" must be one of ${EVENT_FORMATS.join(', ')}, got ${describeValue(item.format)}; the event is shown without it.`);
  }
  if (item.language !== undefined) {
    const language = oneOf(EVENT_LANGUAGES, item.language);
    if (language) event.language = language;
    else report(`"language" must be one of ${EVENT_LANGUAGES.join(', ')}, got ${describeValue(item.language)}; the event is shown without it.`);
  }
  if (item.audience !== undefined) {
    const audience = parseAudience(item.audience, report);
    if (audience.length) event.audience = audience;
  }
  const bookingUrl = optionalLink(item, 'bookingUrl', base, report, 'event');
  if (bookingUrl) event.bookingUrl = bookingUrl;
  if (item.status !== undefined) {
    const status = item.status === 'canceled' ? 'cancelled' : oneOf(EVENT_STATUSES, item.status);
    if (status) event.status = status;
    else report(`"status" must be one of ${EVENT_STATUSES.join(', ')}, got ${describeValue(item.status)}; the event is shown as scheduled.`);
  }
  return event;
}

interface Times {
  start: number;
  end: number;
  allDay: boolean;
}

/**
 * All-day events: `end` is the LAST day (inclusive), as people write it
 * ("2 to 4 March"); stored as the day after (exclusive), like iCalendar.
 * Timed events: `end` is an instant; without one the event has no end time
 * (end = start), as in iCalendar.
 */
function resolveTimes(start: FeedTime, item: Record<string, unknown>, timeZone: string, report: ReportProblem): Times {
  let allDay = start.kind === 'date';
  if (item.allDay !== undefined && typeof item.allDay !== 'boolean') {
    report(`"allDay" must be true or false, got ${describeValue(item.allDay)}; it is ignored.`);
  } else if (item.allDay === true) {
    allDay = true;
  } else if (item.allDay === false && start.kind === 'date') {
    report(`"allDay" is false but "start" ${describeValue(item.start)} has no time; the event is shown as all-day.`);
  }
  let end: FeedTime | undefined;
  if (item.end !== undefined && item.end !== null) {
    const parsed = parseFeedTime(item.end, timeZone);
    if (typeof parsed === 'string') report(`"end" ${parsed}; the event is shown without an end.`);
    else end = parsed;
  }

  if (allDay) {
    const firstDay = start.kind === 'date' ? start.date : localParts(start.instant, timeZone).date;
    const first = utcMidnight(firstDay);
    let last = first;
    if (end) {
      // A date-time end on an all-day event: the day it falls on (an end at midnight belongs to the day before).
      const lastDay = end.kind === 'date' ? end.date : localParts(Math.max(end.instant - 1, 0), timeZone).date;
      const candidate = utcMidnight(lastDay);
      if (candidate < first) report(`"end" ${describeValue(item.end)} is before "start" ${describeValue(item.start)}; the event is shown on its first day only.`);
      else last = candidate;
    }
    return {start: first, end: last + MS_PER_DAY, allDay: true};
  }

  const instant = (start as {instant: number}).instant;
  let endInstant = instant;
  if (end) {
    if (end.kind === 'date') report(`"end" ${describeValue(item.end)} has no time but "start" has one; the event is shown without an end.`);
    else if (end.instant < instant) report(`"end" ${describeValue(item.end)} is before "start" ${describeValue(item.start)}; the event is shown without an end.`);
    else endInstant = end.instant;
  }
  return {start: instant, end: endInstant, allDay: false};
}

function parseLocation(value: unknown, base: string, report: ReportProblem): EventLocation | undefined {
  // A plain string (or {en, cy}) is accepted as the place's name. (An object with a "name" never is: skip reading it as text.)
  const named = !!value && typeof value === 'object' && !Array.isArray(value) && 'name' in value;
  const asName = named ? undefined : parseBilingualText(value);
  if (asName) return {name: asName};
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    report(`"location" must be an object with a "name" (or a string), got ${describeValue(value)}; the event is shown without it.`);
    return undefined;
  }
  const raw = value as Record<string, unknown>;
  const name = parseBilingualText(raw.name);
  if (!name) {
    report(`"location.name" must be a non-empty string or {"en", "cy"}, got ${describeValue(raw.name)}; the event is shown without a location.`);
    return undefined;
  }
  const location: EventLocation = {name};
  if (raw.address !== undefined) readLocationText(location, raw, 'address', report);
  if (raw.region !== undefined) readLocationText(location, raw, 'region', report);
  if (raw.url !== undefined) {
    const url = safeUrl(raw.url, base);
    if (url) location.url = url;
    else report(`"location.url" ${describeValue(raw.url)} is not an http(s), mailto or tel URL; the event is shown without it.`);
  }
  return location;
}

function readLocationText(location: EventLocation, raw: Record<string, unknown>, field: 'address' | 'region', report: ReportProblem): void {
  const text = parseBilingualText(raw[field]);
  if (text) location[field] = text;
  else report(`"location.${field}" must be a non-empty string or {"en", "cy"}, got ${describeValue(raw[field])}; the event is shown without it.`);
}

function parseAudience(value: unknown, report: ReportProblem): BilingualText[] {
  const list: unknown[] = Array.isArray(value) ? value : [value];
  const audience: BilingualText[] = [];
  for (let position = 0; position < list.length; position++) {
    const entry = list[position];
    const text = parseBilingualText(entry);
    if (text) audience.push(text);
    else report(`"audience"${Array.isArray(value) ? `[${position}]` : ''} must be a non-empty string or {"en", "cy"}, got ${describeValue(entry)}; it is left out.`);
  }
  return audience;
}
