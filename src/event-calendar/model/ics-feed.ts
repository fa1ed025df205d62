/**
 * iCalendar feeds (RFC 5545), as Outlook, Google Calendar and Apple Calendar
 * publish them, read with ical.js into calendar entries. This module and
 * ical.js form a lazy chunk: decode.ts imports it only for iCalendar bodies.
 *
 * What is read:
 * - VEVENT: SUMMARY → title, DESCRIPTION → description (Google's HTML turned
 *   into text), LOCATION → location.name, URL → bookingUrl (http(s), mailto,
 *   tel only), STATUS:CANCELLED → status "cancelled". A property given twice
 *   with LANGUAGE=cy and LANGUAGE=en becomes bilingual text.
 * - Times: DATE (all-day; DTEND exclusive), UTC, TZID (see ics-time.ts for how
 *   zones are found) and floating (X-WR-TIMEZONE, else the element's zone);
 *   a numeric UTC offset some generators write (20260114T100000+0100) is honoured;
 *   DTEND or DURATION, else no end (all-day: one day).
 * - Recurrence: RRULE, RDATE, EXDATE, RECURRENCE-ID overrides (moved,
 *   changed, or cancelled with STATUS:CANCELLED); see ics-series.ts.
 *   RANGE=THISANDFUTURE changes that occurrence and every later one (its
 *   fields, length and move on the clock, as ical.js's own expansion does).
 * - All-day events that Outlook writes as midnight to midnight with
 *   X-MICROSOFT-CDO-ALLDAYEVENT:TRUE are read as the dates they are.
 * - CLASS:PRIVATE and CLASS:CONFIDENTIAL events are never shown (a personal
 *   appointment in a published calendar); a private RECURRENCE-ID hides that
 *   occurrence. The console says so; readers are not told anything is missing.
 * - Calendar: X-WR-CALNAME (or NAME) → the feed's title.
 * - profiad's own extensions, for what iCalendar has no property for:
 *   X-PROFIAD-FORMAT (in-person | online | hybrid), X-PROFIAD-LANGUAGE
 *   (cy | en | bilingual), X-PROFIAD-REGION, X-PROFIAD-AUDIENCE (comma
 *   separated), X-PROFIAD-ACCESSIBILITY (all text ones take LANGUAGE=cy/en),
 *   X-PROFIAD-STATUS:FULL.
 * Everything else (VTODO, VALARM, ATTENDEE, unknown X- properties) is ignored.
 */
import ICAL from 'ical.js';
import type {BilingualText} from '../../core/dom-free/bilingual-text.js';
import type {FeedOrigin, FeedResult} from '../../core/dom-free/feed-types.js';
import {describeProblem, ProblemReport} from '../../core/dom-free/feed-problems.js';
import {safeUrl} from '../../core/dom-free/safe-url.js';
import {DecodedICalendar} from './decoded-calendar.js';
import type {CalendarEntry, CalendarEvent, EventLocation} from './event-types.js';
import {decodeUnfolded, offsetTimesToUtc, splitCalendars, type IcsBlock, type IcsCalendarText} from './ics-lines.js';
import {IcsSeries, MAX_STEPS, occurrenceKey, occurrenceStamp, type EventFields} from './ics-series.js';
import {floatingTime, ianaName, intlZone, momentMs, parseIcsValue, UTC_ZONE, zoneResolver, type Moment, type Zone} from './ics-time.js';
import {ianaFromWindows} from './windows-zones.js';
import {EVENT_FORMATS, EVENT_LANGUAGES, oneOf} from './json-feed.js';
import {DEFAULT_TIME_ZONE} from '../../core/dom-free/dates/zoned-time.js';
import {MS_PER_DAY} from '../../core/dom-free/dates/civil-date.js';

/** One component of a calendar, read by ical.js on its own (or why it could not be). */
interface ReadComponent {
  block: IcsBlock;
  component?: ICAL.Component;
  error?: string;
}

interface ReadCalendar {
  /** The calendar with its own properties only. */
  header: ICAL.Component;
  /** Calendar property lines ical.js could not read. */
  headerErrors: string[];
  components: ReadComponent[];
}

const wrap = (lines: string[]) => `BEGIN:VCALENDAR\r\n${lines.join('\r\n')}\r\nEND:VCALENDAR\r\n`;

function readCalendar(calendar: IcsCalendarText): ReadCalendar {
  const headerErrors: string[] = [];
  let header: ICAL.Component;
  try {
    header = new ICAL.Component(ICAL.parse(wrap(calendar.properties.map((p) => p.text))) as unknown[]);
  } catch {
    // Keep the lines ical.js can read, one by one.
    header = new ICAL.Component('vcalendar');
    for (const line of calendar.properties) {
      try {
        const one = new ICAL.Component(ICAL.parse(wrap([line.text])) as unknown[]);
        for (const property of one.getAllProperties()) header.addProperty(property);
      } catch (error) {
        headerErrors.push(`line ${line.line} could not be read (${(error as Error).message}); it is ignored.`);
      }
    }
  }
  const components = calendar.components.map((block): ReadComponent => {
    try {
      const parsed = new ICAL.Component(ICAL.parse(wrap(block.lines.map((l) => offsetTimesToUtc(l.text)))) as unknown[]);
      const component = parsed.getAllSubcomponents()[0];
      return component ? {block, component} : {block, error: 'it is empty'};
    } catch (error) {
      return {block, error: (error as Error).message};
    }
  });
  return {header, headerErrors, components};
}

/**
 * Reads an iCalendar body. `bytes`, the raw body, lets folds inside
 * multi-byte characters be mended (see ics-lines.ts). Throws FeedFormatError
 * when the text is not iCalendar or is cut short; a broken component only
 * becomes a problem once the entries are made.
 */
export function decodeICalendar(text: string, bytes?: Uint8Array): DecodedICalendar {
  const calendars = splitCalendars(bytes ? decodeUnfolded(bytes) : text).map(readCalendar);
  return new DecodedICalendar((origin, timeZone) => toEntries(calendars, origin, timeZone));
}

/** A VEVENT as read, before it becomes an event, a series or an override. */
interface ReadEvent {
  index: number;
  line: number;
  uid?: string;
  fields: Partial<EventFields>;
  start: Moment;
  end?: Moment;
  durationSeconds?: number;
  recurrenceId?: Moment;
  /** RECURRENCE-ID;RANGE=THISANDFUTURE: the change applies to the later occurrences too. */
  thisAndFuture?: boolean;
  rule?: ICAL.Recur;
  rdates: Moment[];
  exdates: Moment[];
  /** CLASS:PRIVATE or CONFIDENTIAL: never shown on a public page. */
  restricted?: 'PRIVATE' | 'CONFIDENTIAL';
}

interface Context {
  /** What relative URLs resolve against. */
  baseUrl: string;
  timeZone: string;
  floating: Zone;
  resolveZone: (tzid: string) => Zone;
  problems: ProblemReport;
}

function toEntries(calendars: ReadCalendar[], {source, baseUrl}: FeedOrigin, timeZone: string): FeedResult<CalendarEntry> {
  const problems = new ProblemReport(source);
  const result: FeedResult<CalendarEntry> = {items: [], problems: problems.list};
  const events: ReadEvent[] = [];
  let index = 0;
  for (const calendar of calendars) {
    for (const message of calendar.headerErrors) problems.feed(`VCALENDAR: ${message}`);
    result.title ??= bilingualProperty(calendar.header, 'x-wr-calname') ?? bilingualProperty(calendar.header, 'name');
    const floating = floatingZone(calendar.header, timeZone, problems);
    const vtimezones = new Map<string, ICAL.Component>();
    for (const {block, component, error} of calendar.components) {
      if (block.name !== 'VTIMEZONE') continue;
      const tzid = component?.getFirstPropertyValue('tzid');
      if (component && typeof tzid === 'string') vtimezones.set(tzid, component);
      else problems.feed(`VTIMEZONE on line ${block.line} could not be read (${error ?? 'it has no TZID'}); times in it are read from their TZID alone.`);
    }
    const unknownZones = new Set<string>();
    const context: Context = {
      baseUrl,
      timeZone,
      floating,
      problems,
      resolveZone: zoneResolver(vtimezones, floating, (tzid) => {
        if (unknownZones.has(tzid)) return;
        unknownZones.add(tzid);
        problems.feed(`TZID "${tzid}" is neither an IANA time zone nor defined by a VTIMEZONE in the feed; its times are read in ${floating.name}.`);
      }),
    };
    for (const {block, component, error} of calendar.components) {
      if (block.name !== 'VEVENT') continue;
      const position = index++;
      const uid = /^UID(?:;[^:]*)?:(.*)$/im.exec(block.lines.map((l) => l.text).join('\n'))?.[1]?.trim() || undefined;
      if (!component) {
        problems.item(position, uid)(`VEVENT on line ${block.line} could not be read (${error}); it is not shown.`);
        continue;
      }
      try {
        events.push(readEvent(component, position, block.line, context));
      } catch (reason) {
        if (!(reason instanceof EventError)) throw reason;
        problems.item(position, uid)(`VEVENT on line ${block.line} ${reason.message}; it is not shown.`);
      }
    }
    // Entries are built per calendar, as zones and floating times belong to it.
    result.items.push(...buildEntries(events.splice(0), context));
  }
  // Feed-wide problems first, then in the order of the VEVENTs.
  problems.list.sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
  return result;
}

class EventError extends Error {}

function floatingZone(header: ICAL.Component, timeZone: string, problems: ProblemReport): Zone {
  const declared = header.getFirstPropertyValue('x-wr-timezone');
  if (typeof declared === 'string' && declared.trim()) {
    const iana = ianaName(declared) ?? ianaFromWindows(declared);
    if (iana) return iana === 'UTC' ? UTC_ZONE : intlZone(iana);
    problems.feed(`X-WR-TIMEZONE "${declared}" is not a time zone this browser knows; floating times are read in ${timeZone}.`);
  }
  return intlZone(timeZone || DEFAULT_TIME_ZONE);
}

function readEvent(component: ICAL.Component, index: number, line: number, context: Context): ReadEvent {
  const uidValue = component.getFirstPropertyValue('uid');
  const uid = typeof uidValue === 'string' && uidValue.trim() ? uidValue.trim() : undefined;
  // Remarks about one property: the event is still shown (a VEVENT that cannot be read throws EventError instead).
  const report = context.problems.field(index, uid);
  const warn = (message: string) => report(`VEVENT on line ${line}: ${message}`);
  const moments = (name: string): Moment[] => {
    const found: Moment[] = [];
    for (const property of component.getAllProperties(name)) {
      const tzid = property.getParameter('tzid');
      for (const raw of property.jCal.slice(3)) {
        const moment = parseIcsValue(raw, context.resolveZone, typeof tzid === 'string' ? tzid : undefined, context.floating);
        if (typeof moment === 'string') warn(`${name.toUpperCase()} ${moment}; that value is ignored.`);
        else found.push(moment);
      }
    }
    return found;
  };
  const single = (name: string, required: boolean): Moment | undefined => {
    const property = component.getFirstProperty(name);
    if (!property) {
      if (required) throw new EventError(`has no ${name.toUpperCase()}`);
      return undefined;
    }
    const tzid = property.getParameter('tzid');
    const moment = parseIcsValue(property.jCal[3], context.resolveZone, typeof tzid === 'string' ? tzid : undefined, context.floating);
    if (typeof moment === 'string') {
      if (required) throw new EventError(`${name.toUpperCase()} ${moment}`);
      warn(`${name.toUpperCase()} ${moment}; it is ignored.`);
      return undefined;
    }
    return moment;
  };

  // Outlook (and Hotmail before it) can write an all-day event as midnight to midnight in a zone, with this flag.
  const outlookAllDay = ['x-microsoft-cdo-alldayevent', 'x-microsoft-msncalendar-alldayevent'].some((name) => textValue(component, name)?.toUpperCase() === 'TRUE');
  const asRead = (moment: Moment | undefined) => (outlookAllDay && moment ? midnightAsDate(moment) : moment);
  const recurrenceId = asRead(single('recurrence-id', false));
  if (component.getFirstProperty('recurrence-id') && !recurrenceId) throw new EventError('has a RECURRENCE-ID that is not a date');
  let start = single('dtstart', !recurrenceId) ?? recurrenceId!;
  let end = single('dtend', false);
  if (outlookAllDay) {
    // Only when it really runs midnight to midnight: the flag is sometimes left on a timed event.
    const [startDate, endDate] = [midnightAsDate(start), end && midnightAsDate(end)];
    if (startDate.isDate && (!endDate || endDate.isDate)) [start, end] = [startDate, endDate];
  }
  const read: ReadEvent = {index, line, uid, fields: readFields(component, context, warn), start, rdates: [], exdates: []};
  read.end = end;
  const access = textValue(component, 'class')?.toUpperCase();
  if (access === 'PRIVATE' || access === 'CONFIDENTIAL') read.restricted = access;
  const duration = component.getFirstProperty('duration');
  if (duration && !read.end) {
    try {
      read.durationSeconds = (duration.getFirstValue() as ICAL.Duration).toSeconds();
    } catch (error) {
      warn(`DURATION could not be read (${(error as Error).message}); it is ignored.`);
    }
  }
  if (recurrenceId) {
    read.recurrenceId = recurrenceId;
    const range = component.getFirstProperty('recurrence-id')!.getParameter('range');
    if (typeof range === 'string' && range.toUpperCase() === 'THISANDFUTURE') read.thisAndFuture = true;
  } else {
    const ruleProperty = component.getFirstProperty('rrule');
    if (ruleProperty) {
      const rule = ruleProperty.getFirstValue() as ICAL.Recur;
      const problem = checkRule(rule, start);
      if (problem) warn(`RRULE ${problem}; the event is shown once, on its DTSTART.`);
      else read.rule = rule;
    }
    read.rdates = moments('rdate');
    read.exdates = moments('exdate');
  }
  return read;
}

/** A date-time at midnight on its own clock as that date (Outlook's all-day events); anything else unchanged. */
function midnightAsDate(moment: Moment): Moment {
  if (moment.isDate) return moment;
  const {year, month, day, hour, minute, second} = moment.local;
  return hour === 0 && minute === 0 && second === 0 ? {isDate: true, date: {year, month, day}} : moment;
}

/**
 * Why a rule cannot be used, or `undefined`. ical.js checks the combinations
 * of BY parts when iteration begins; a rule that matches nothing after DTSTART
 * ("every 30 February") is caught by looking for its next occurrences within
 * MAX_STEPS candidate times, so it never costs every view that budget again.
 */
function checkRule(rule: ICAL.Recur, start: Moment): string | undefined {
  if (!rule.freq) return `"${rule.toString()}" has no FREQ`;
  let iterator: ICAL.RecurIterator;
  try {
    iterator = rule.iterator(floatingTime(start));
  } catch (error) {
    return `"${rule.toString()}" is not a valid rule (${(error as Error).message})`;
  }
  let steps = 0;
  const check = iterator.check_contracting_rules.bind(iterator);
  iterator.check_contracting_rules = () => {
    if (++steps > MAX_STEPS) throw new RangeError('step limit');
    return check();
  };
  try {
    for (let i = 0; i < 3 && iterator.next(); i++);
    return undefined;
  } catch (error) {
    if (steps > MAX_STEPS) return `"${rule.toString()}" matches no date after DTSTART (none found in ${MAX_STEPS} tries)`;
    return `"${rule.toString()}" is not a valid rule (${(error as Error).message})`;
  }
}

function readFields(component: ICAL.Component, context: Context, warn: (message: string) => void): Partial<EventFields> {
  const fields: Partial<EventFields> = {};
  const title = bilingualProperty(component, 'summary');
  if (title) fields.title = title;
  const description = bilingualProperty(component, 'description', htmlToText);
  if (description) fields.description = description;
  const place = bilingualProperty(component, 'location');
  const region = bilingualProperty(component, 'x-profiad-region');
  if (place) {
    const location: EventLocation = splitPlace(place);
    if (region) location.region = region;
    fields.location = location;
  }
  const url = component.getFirstPropertyValue('url');
  if (typeof url === 'string' && url.trim()) {
    const safe = safeUrl(url.trim(), context.baseUrl);
    if (safe) fields.bookingUrl = safe;
    else warn(`URL "${url.slice(0, 60)}" is not an http(s), mailto or tel URL; the event is shown without it.`);
  }
  const status = textValue(component, 'status')?.toUpperCase();
  const extraStatus = textValue(component, 'x-profiad-status')?.toLowerCase();
  if (status === 'CANCELLED' || extraStatus === 'cancelled') fields.status = 'cancelled';
  else if (extraStatus === 'full') fields.status = 'full';
  else if (status || extraStatus) fields.status = 'scheduled';
  const format = textValue(component, 'x-profiad-format')?.toLowerCase();
  if (format) {
    const known = oneOf(EVENT_FORMATS, format);
    if (known) fields.format = known;
    else warn(`X-PROFIAD-FORMAT must be one of ${EVENT_FORMATS.join(', ')}, got "${format}"; it is ignored.`);
  }
  const language = textValue(component, 'x-profiad-language')?.toLowerCase();
  if (language) {
    const known = oneOf(EVENT_LANGUAGES, language);
    if (known) fields.language = known;
    else warn(`X-PROFIAD-LANGUAGE must be one of ${EVENT_LANGUAGES.join(', ')}, got "${language}"; it is ignored.`);
  }
  const audience = bilingualList(component, 'x-profiad-audience');
  if (audience.length) fields.audience = audience;
  const accessibility = bilingualProperty(component, 'x-profiad-accessibility');
  if (accessibility) fields.accessibility = accessibility;
  return fields;
}

/**
 * Apple (and others) write a place and its address on separate lines:
 * "Yr Egin\nCaerfyrddin SA31 3EQ". The first line is the place's name, the
 * rest its address, in each language.
 */
function splitPlace(place: BilingualText): EventLocation {
  const split = (text: string): [string, string | undefined] => {
    const [first, ...rest] = text.split(/\s*\n\s*/).filter(Boolean);
    return [first ?? text, rest.length ? rest.join(', ') : undefined];
  };
  if (typeof place === 'string') {
    const [name, address] = split(place);
    return address ? {name, address} : {name};
  }
  const name: {en?: string; cy?: string} = {};
  const address: {en?: string; cy?: string} = {};
  for (const lang of ['en', 'cy'] as const) {
    const text = place[lang];
    if (text === undefined) continue;
    [name[lang], address[lang]] = split(text);
    if (address[lang] === undefined) delete address[lang];
  }
  return Object.keys(address).length ? {name, address} : {name};
}

/** Text of a property; X- properties reach us with their escapes (\, \; \n \\) still in. */
function textOf(property: ICAL.Property): string {
  const raw = property.getValues().map(String).join(',');
  return property.type === 'unknown' ? unescapeText(raw) : raw;
}

const unescapeText = (text: string) => text.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

function textValue(component: ICAL.Component, name: string): string | undefined {
  const property = component.getFirstProperty(name);
  const text = property ? textOf(property).trim() : '';
  return text || undefined;
}

type Lang = 'en' | 'cy' | 'other';
const langOf = (property: ICAL.Property): Lang => {
  const language = property.getParameter('language');
  const value = typeof language === 'string' ? language.toLowerCase() : '';
  return /^cy(-|$)/.test(value) ? 'cy' : /^en(-|$)/.test(value) ? 'en' : 'other';
};

/**
 * A text property as bilingual text: one value as a string; values marked
 * LANGUAGE=cy and LANGUAGE=en as {cy, en} (a value in one marked language
 * alone keeps its mark, so it is read out in that language).
 */
function bilingualProperty(component: ICAL.Component, name: string, clean: (text: string) => string = (t) => t): BilingualText | undefined {
  const byLang: Partial<Record<Lang, string>> = {};
  for (const property of component.getAllProperties(name)) {
    const text = clean(textOf(property)).trim();
    const lang = langOf(property);
    if (text && byLang[lang] === undefined) byLang[lang] = text;
  }
  if (byLang.en !== undefined || byLang.cy !== undefined) {
    const text: {en?: string; cy?: string} = {};
    if (byLang.en !== undefined) text.en = byLang.en;
    if (byLang.cy !== undefined) text.cy = byLang.cy;
    return text;
  }
  return byLang.other;
}

/** A comma-separated list property, paired across LANGUAGE=cy and LANGUAGE=en versions by position. */
function bilingualList(component: ICAL.Component, name: string): BilingualText[] {
  const lists: Partial<Record<Lang, string[]>> = {};
  for (const property of component.getAllProperties(name)) {
    const raw = property.getValues().map(String).join(',');
    const items = raw
      .split(/(?<!\\),/)
      .map((item) => unescapeText(item).trim())
      .filter(Boolean);
    lists[langOf(property)] ??= items;
  }
  if (lists.en || lists.cy) {
    const length = Math.max(lists.en?.length ?? 0, lists.cy?.length ?? 0);
    return Array.from({length}, (_, i) => {
      const text: {en?: string; cy?: string} = {};
      if (lists.en?.[i]) text.en = lists.en[i];
      if (lists.cy?.[i]) text.cy = lists.cy[i];
      return text;
    });
  }
  return lists.other ?? [];
}

const HTML_TAG = /<\/?(?:br|p|div|a|b|i|u|em|strong|span|ul|ol|li|html|body|font)\b[^>]*>/i;
const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0'};

/**
 * Google Calendar puts HTML in DESCRIPTION (<br>, <a href>, <b>). It is shown
 * as text, so the markup is turned into line breaks and plain text here. Only
 * when it contains such tags: other text with "<" is left exactly as written.
 * The result is still rendered as text, never as HTML.
 */
export function htmlToText(text: string): string {
  if (!HTML_TAG.test(text)) return text;
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(?:p|div|li)>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '• ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
      }
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

interface Times {
  start: number;
  end: number;
  allDay: boolean;
  /** Timed: ms; all-day: days. */
  length: number;
}

function timesOf(read: ReadEvent, warn: (message: string) => void, fallbackLength?: number): Times {
  const {start, end, durationSeconds} = read;
  const startMs = momentMs(start);
  if (start.isDate) {
    let days = fallbackLength ?? 1;
    if (end) {
      if (!end.isDate) warn('DTEND has a time but DTSTART is a date; the event is shown for one day.');
      else days = Math.round((momentMs(end) - startMs) / MS_PER_DAY);
      if (end.isDate && days < 0) warn('DTEND is before DTSTART; the event is shown for one day.');
      if (!end.isDate || days < 1) days = 1;
    } else if (durationSeconds !== undefined) {
      days = Math.max(1, Math.round(durationSeconds / 86_400));
    }
    return {start: startMs, end: startMs + days * MS_PER_DAY, allDay: true, length: days};
  }
  let length = fallbackLength ?? 0;
  if (end) {
    if (end.isDate) warn('DTEND is a date but DTSTART has a time; the event is shown without an end.');
    else length = momentMs(end) - startMs;
  } else if (durationSeconds !== undefined) {
    length = durationSeconds * 1000;
  }
  if (length < 0) {
    warn('ends before it starts; it is shown without an end.');
    length = 0;
  }
  return {start: startMs, end: startMs + length, allDay: false, length};
}

/** Single events, series with their overrides, and overrides whose series is not in the feed. */
function buildEntries(events: ReadEvent[], context: Context): CalendarEntry[] {
  const {problems} = context;
  const entries: CalendarEntry[] = [];
  const masters = new Map<string, ReadEvent>();
  const overridesOf = new Map<string, ReadEvent[]>();
  /** `message` says what the VEVENT "has" or "is"; `warn` adds a remark about one of its properties. */
  const report = (read: ReadEvent, message: string) => problems.item(read.index, read.uid)(`VEVENT on line ${read.line} ${message}`);
  const warnFor = (read: ReadEvent) => {
    const reportRead = problems.field(read.index, read.uid);
    return (message: string) => reportRead(`VEVENT on line ${read.line}: ${message}`);
  };
  // A private entry in a published calendar (a personal appointment) is left out on purpose: the author hears why, readers are not told something is missing.
  const leaveOutRestricted = (read: ReadEvent, what: string) => problems.leftOut(read.index, read.uid, `VEVENT on line ${read.line} is marked CLASS:${read.restricted}; ${what}`);

  for (const read of events) {
    const uid = read.uid ?? `line-${read.line}`;
    if (read.recurrenceId) {
      const list = overridesOf.get(uid) ?? [];
      list.push(read);
      overridesOf.set(uid, list);
    } else if (masters.has(uid)) {
      report(read, `has the UID "${uid}" of the VEVENT on line ${masters.get(uid)!.line}; it is not shown.`);
    } else {
      masters.set(uid, read);
    }
  }

  for (const [uid, master] of masters) {
    if (master.restricted) {
      leaveOutRestricted(master, master.rule || master.rdates.length ? 'no occurrence of it is shown.' : 'it is not shown.');
      overridesOf.delete(uid);
      continue;
    }
    const fields: EventFields = {status: 'scheduled', ...master.fields};
    const times = timesOf(master, warnFor(master));
    const allOverrides = overridesOf.get(uid) ?? [];
    overridesOf.delete(uid);
    // A private change to one occurrence hides that occurrence (an EXDATE in effect).
    const overrides = allOverrides.filter((read) => !read.restricted);
    const hiddenOccurrences = allOverrides
      .filter((read) => read.restricted)
      .map((read) => {
        leaveOutRestricted(read, 'that occurrence is not shown.');
        return read.recurrenceId!;
      });
    const overrideEvent = (read: ReadEvent): CalendarEvent => {
      const own = timesOf(read, warnFor(read), times.length);
      return {...fields, ...read.fields, id: uid, start: own.start, end: own.end, allDay: own.allDay};
    };
    if (master.rule || master.rdates.length) {
      entries.push(
        new IcsSeries({
          uid,
          fields,
          start: master.start,
          length: times.length,
          rule: master.rule,
          rdates: master.rdates,
          exdates: [...master.exdates, ...hiddenOccurrences],
          overrides: overrides.map((read) => ({recurrenceId: read.recurrenceId!, event: overrideEvent(read), thisAndFuture: read.thisAndFuture})),
          timeZone: context.timeZone,
          // Too late for the feed's problem list (FeedController has logged it): straight to the console, in the same form.
          report: (message) => console.warn(`profiad-event-calendar: ${describeProblem({source: problems.source, index: master.index, id: master.uid, message})}`),
        }),
      );
      continue;
    }
    // Not recurring: an override of its one occurrence replaces it; others stand alone.
    const ownKey = occurrenceKey(master.start);
    const replacement = overrides.find((read) => occurrenceKey(read.recurrenceId!) === ownKey);
    if (replacement) entries.push(overrideEvent(replacement));
    else if (!hiddenOccurrences.some((moment) => occurrenceKey(moment) === ownKey)) entries.push({...fields, id: uid, start: times.start, end: times.end, allDay: times.allDay});
    for (const read of overrides) {
      if (read === replacement) continue;
      const event = overrideEvent(read);
      entries.push({...event, id: `${uid}/${occurrenceStamp(momentMs(read.recurrenceId!), read.recurrenceId!.isDate)}`});
    }
  }

  // Overrides whose series is not in this feed (a shared single occurrence): shown as they are.
  for (const [uid, overrides] of overridesOf) {
    for (const read of overrides) {
      if (read.restricted) {
        leaveOutRestricted(read, 'it is not shown.');
        continue;
      }
      const times = timesOf(read, warnFor(read));
      const id = `${uid}/${occurrenceStamp(momentMs(read.recurrenceId!), read.recurrenceId!.isDate)}`;
      entries.push({status: 'scheduled', ...read.fields, id, start: times.start, end: times.end, allDay: times.allDay});
    }
  }
  return entries;
}
