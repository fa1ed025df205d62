/**
 * The layer under ical.js: unfolds iCalendar lines (at the byte level when the
 * raw body is known, so a fold inside a multi-byte UTF-8 character such as
 * "ŵ" is mended) and splits the text into calendars and their components,
 * checking that every BEGIN has its END. ical.js then reads each component on
 * its own, so one broken VEVENT does not lose the whole feed.
 */
import {FeedFormatError} from '../../core/dom-free/feed-types.js';
import {utcMs} from '../../core/dom-free/dates/civil-date.js';

/** A logical (unfolded) line and the physical line it starts on (from 1). */
export interface IcsLine {
  text: string;
  line: number;
}

/** A component inside a VCALENDAR (VEVENT, VTIMEZONE...), as unfolded lines from its BEGIN to its END. */
export interface IcsBlock {
  /** Upper case: "VEVENT". */
  name: string;
  line: number;
  lines: IcsLine[];
}

export interface IcsCalendarText {
  line: number;
  /** The calendar's own properties (X-WR-CALNAME, X-WR-TIMEZONE...). */
  properties: IcsLine[];
  components: IcsBlock[];
}

const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;

/**
 * Decodes an iCalendar body, first mending folds (CRLF or LF, then a space or
 * tab) that split a multi-byte UTF-8 character: RFC 5545 folds at 75 octets,
 * and some writers cut a character such as "ŵ" in two there, which decoding
 * before unfolding would turn into two U+FFFD. Other folds are left for
 * `logicalLines`, so line numbers in messages stay those of the file.
 */
export function decodeUnfolded(bytes: Uint8Array): string {
  const out = new Uint8Array(bytes.length);
  let length = 0;
  const isContinuation = (index: number) => index < bytes.length && (bytes[index]! & 0xc0) === 0x80;
  const isFoldSpace = (index: number) => bytes[index] === SPACE || bytes[index] === TAB;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === CR && bytes[i + 1] === LF && isFoldSpace(i + 2) && isContinuation(i + 3)) {
      i += 2;
      continue;
    }
    if (byte === LF && isFoldSpace(i + 1) && isContinuation(i + 2)) {
      i += 1;
      continue;
    }
    out[length++] = byte;
  }
  return new TextDecoder().decode(out.subarray(0, length));
}

/** Unfolded logical lines with their physical line numbers; blank lines dropped. */
export function logicalLines(text: string): IcsLine[] {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const lines: IcsLine[] = [];
  physical.forEach((raw, index) => {
    const previous = lines[lines.length - 1];
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && previous) {
      previous.text += raw.slice(1);
    } else if (raw.trim() !== '') {
      lines.push({text: raw, line: index + 1});
    }
  });
  return lines;
}

const BOUNDARY = /^(BEGIN|END)\s*:\s*([A-Za-z0-9-]+)\s*$/i;

const quote = (text: string) => `"${text.length > 50 ? `${text.slice(0, 50)}…` : text}"`;

/**
 * Splits unfolded iCalendar text into its calendars. Throws FeedFormatError
 * when it is not iCalendar (no BEGIN:VCALENDAR first) or its BEGIN and END
 * lines do not match (a file cut short, a component never closed).
 */
export function splitCalendars(text: string): IcsCalendarText[] {
  const lines = logicalLines(text);
  const first = lines[0];
  if (!first) throw new FeedFormatError('the iCalendar body is empty.');
  if (!/^BEGIN\s*:\s*VCALENDAR\s*$/i.test(first.text)) {
    throw new FeedFormatError(`an iCalendar feed must start with BEGIN:VCALENDAR, but line ${first.line} is ${quote(first.text)}.`);
  }
  const calendars: IcsCalendarText[] = [];
  const open: {name: string; line: number}[] = [];
  let calendar: IcsCalendarText | undefined;
  let block: IcsBlock | undefined;

  for (const line of lines) {
    const boundary = BOUNDARY.exec(line.text);
    const kind = boundary?.[1]!.toUpperCase();
    const name = boundary?.[2]!.toUpperCase();
    if (!calendar) {
      // Between calendars (or after the last one) only another calendar may start; anything else is ignored.
      if (kind === 'BEGIN' && name === 'VCALENDAR') {
        calendar = {line: line.line, properties: [], components: []};
        open.push({name, line: line.line});
      }
      continue;
    }
    if (kind === 'BEGIN') {
      if (name === 'VCALENDAR') {
        throw new FeedFormatError(`line ${line.line}: BEGIN:VCALENDAR inside the calendar begun on line ${calendar.line}.`);
      }
      if (open.length === 1) {
        block = {name: name!, line: line.line, lines: []};
        calendar.components.push(block);
      }
      open.push({name: name!, line: line.line});
      block!.lines.push(line);
      continue;
    }
    if (kind === 'END') {
      const top = open[open.length - 1]!;
      if (top.name !== name) {
        throw new FeedFormatError(`line ${line.line}: END:${name} does not close BEGIN:${top.name} from line ${top.line}.`);
      }
      open.pop();
      if (open.length === 0) {
        calendars.push(calendar);
        calendar = undefined;
        continue;
      }
      block!.lines.push(line);
      if (open.length === 1) block = undefined;
      continue;
    }
    if (block) block.lines.push(line);
    else calendar.properties.push(line);
  }
  if (open.length) {
    const top = open[open.length - 1]!;
    throw new FeedFormatError(`BEGIN:${top.name} on line ${top.line} is never closed by END:${top.name}; the file looks cut short.`);
  }
  return calendars;
}

/** Properties whose values are dates or date-times. */
const TIME_PROPERTY = /^(?:DTSTART|DTEND|DUE|RECURRENCE-ID|EXDATE|RDATE)[;:]/i;
/** A date-time with a numeric UTC offset: "20260114T100000+0100". Not iCalendar, but some generators write it. */
const OFFSET_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})([+-])(\d{2}):?(\d{2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A time property written with numeric UTC offsets (`DTSTART:20260114T100000+0100`)
 * as the UTC times they mean (`DTSTART:20260114T090000Z`), without any TZID,
 * which the offset overrides. ical.js would drop the offset and read the time
 * as floating, an hour or more off. Any other line is returned as it is.
 */
export function offsetTimesToUtc(line: string): string {
  if (!TIME_PROPERTY.test(line)) return line;
  // The value starts at the first colon outside a quoted parameter value.
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return line;
  let changed = false;
  const values = line
    .slice(colon + 1)
    .split(',')
    .map((value) => {
      const match = OFFSET_TIME.exec(value.trim());
      if (!match) return value;
      const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
      const offset = (match[7] === '-' ? -1 : 1) * (Number(match[8]) * 60 + Number(match[9])) * 60_000;
      const utc = new Date(utcMs({year, month, day}, hour, minute, second) - offset);
      changed = true;
      return `${pad(utc.getUTCFullYear(), 4)}${pad(utc.getUTCMonth() + 1)}${pad(utc.getUTCDate())}T${pad(utc.getUTCHours())}${pad(utc.getUTCMinutes())}${pad(utc.getUTCSeconds())}Z`;
    });
  if (!changed) return line;
  const parameters = line.slice(0, colon).replace(/;TZID=(?:"[^"]*"|[^;]*)/i, '');
  return `${parameters}:${values.join(',')}`;
}
