import {expect} from '@open-wc/testing';
import {decodeEventFeed} from '../../../src/event-calendar/model/decode.js';
import type {CalendarEvent} from '../../../src/event-calendar/model/event-types.js';
import {eventsBetween} from './events-between.js';
import {parseEventFeed} from '../../../src/event-calendar/model/json-feed.js';
import {LONDON, messages} from './ics-helpers.js';

/** ms since 1970 of a UTC date and time in any year, written without Date.UTC (which reads year 50 as 1950). */
const early = (year: number, month: number, dayOfMonth: number, hour = 0, minute = 0, second = 0) => {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, dayOfMonth);
  return date.setUTCHours(hour, minute, second, 0);
};

const calendar = (...events: string[][]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//early years//EN', ...events.flatMap((lines) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT']), 'END:VCALENDAR', ''].join('\r\n');

async function read(ics: string) {
  const url = 'https://example.org/early.ics';
  return parseEventFeed(await decodeEventFeed(ics, {contentType: 'text/calendar', url}), {source: url, baseUrl: url}, LONDON);
}

const iso = (ms: number) => new Date(ms).toISOString();
const STAMP = 'DTSTAMP:20260101T000000Z';

describe('iCalendar: years 1 to 99 are read as those years (Date.UTC would make 0050 into 1950)', () => {
  it('UTC, TZID, numeric-offset and all-day values in year 0050', async () => {
    const result = await read(
      calendar(
        ['UID:utc', STAMP, 'SUMMARY:UTC', 'DTSTART:00500301T100000Z', 'DTEND:00500301T120000Z'],
        // London kept local mean time (1 min 15 s behind GMT) until 1847.
        ['UID:zoned', STAMP, 'SUMMARY:Zoned', 'DTSTART;TZID=Europe/London:00500701T100000'],
        ['UID:offset', STAMP, 'SUMMARY:Offset', 'DTSTART:00500701T100000+0100'],
        ['UID:day', STAMP, 'SUMMARY:Day', 'DTSTART;VALUE=DATE:00500228', 'DTEND;VALUE=DATE:00500302'],
      ),
    );
    expect(messages(result)).to.deep.equal([]);
    const events = eventsBetween(result.items, early(49, 1, 1), early(51, 1, 1), LONDON) as CalendarEvent[];
    const byId = new Map(events.map((event) => [event.id, [iso(event.start), iso(event.end)]]));
    expect(byId.get('utc')).to.deep.equal([iso(early(50, 3, 1, 10)), iso(early(50, 3, 1, 12))]);
    expect(byId.get('zoned')).to.deep.equal([iso(early(50, 7, 1, 10, 1, 15)), iso(early(50, 7, 1, 10, 1, 15))]);
    expect(byId.get('offset')).to.deep.equal([iso(early(50, 7, 1, 9)), iso(early(50, 7, 1, 9))]);
    expect(byId.get('day')).to.deep.equal([iso(early(50, 2, 28)), iso(early(50, 3, 2))]);
    expect(iso(early(50, 3, 1))).to.equal('0050-03-01T00:00:00.000Z');
  });

  it('recurring series in year 0050: weekdays of that year, and a range far after DTSTART', async () => {
    const result = await read(
      calendar(
        ['UID:weekly', STAMP, 'SUMMARY:Weekly', 'DTSTART:00500307T100000Z', 'RRULE:FREQ=WEEKLY;BYDAY=MO,FR;COUNT=4'],
        ['UID:monthly', STAMP, 'SUMMARY:Monthly', 'DTSTART:00200115T100000Z', 'RRULE:FREQ=MONTHLY'],
      ),
    );
    expect(messages(result)).to.deep.equal([]);
    const starts = (id: string, from: number, to: number) =>
      (eventsBetween(result.items, from, to, LONDON) as CalendarEvent[]).filter((event) => event.seriesId === id).map((event) => iso(event.start));
    // 7 March 50 was a Monday in the proleptic Gregorian calendar Date counts in (7 March 1950 was a Tuesday).
    expect(new Date(early(50, 3, 7)).getUTCDay()).to.equal(1);
    expect(starts('weekly', early(50, 1, 1), early(51, 1, 1))).to.deep.equal([early(50, 3, 7, 10), early(50, 3, 11, 10), early(50, 3, 14, 10), early(50, 3, 18, 10)].map(iso));
    // Thirty years after DTSTART (the series is moved ahead on the wall clock before expanding).
    expect(starts('monthly', early(50, 5, 1), early(50, 7, 1))).to.deep.equal([early(50, 5, 15, 10), early(50, 6, 15, 10)].map(iso));
  });
});
