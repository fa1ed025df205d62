import {expect} from '@open-wc/testing';
import ICAL from 'ical.js';
import {offsetAt} from '../../../src/core/dom-free/dates/zoned-time.js';
import {vtimezoneZone} from '../../../src/event-calendar/model/ics-time.js';

/**
 * A VTIMEZONE whose clocks change at 00:01 local, as St John's did from 1987
 * to 2011 (second Sunday of March, first Sunday of November since 2007): its
 * offsets, read through ical.js and cached per day, must change at the same
 * second as Intl's America/St_Johns, not at a quarter hour.
 */
const NEWFOUNDLAND = [
  'BEGIN:VCALENDAR',
  'BEGIN:VTIMEZONE',
  'TZID:Newfoundland (custom)',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:-0330',
  'TZOFFSETTO:-0230',
  'DTSTART:20070311T000100',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU;UNTIL=20100314T033100Z',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:-0230',
  'TZOFFSETTO:-0330',
  'DTSTART:20071104T000100',
  'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU;UNTIL=20101107T023100Z',
  'END:STANDARD',
  'END:VTIMEZONE',
  'END:VCALENDAR',
].join('\r\n');

/** An Outlook VTIMEZONE ("GMT Standard Time", "Eastern Standard Time"), its yearly rules from 1601 as Outlook writes them. */
const outlookZone = (tzid: string, standard: string, daylight: string, standardRule: string, daylightRule: string) =>
  [
    'BEGIN:VCALENDAR',
    'BEGIN:VTIMEZONE',
    `TZID:${tzid}`,
    'BEGIN:STANDARD',
    'DTSTART:16010101T020000',
    `TZOFFSETFROM:${daylight}`,
    `TZOFFSETTO:${standard}`,
    `RRULE:FREQ=YEARLY;${standardRule}`,
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    daylight === '+0100' ? 'DTSTART:16010101T010000' : 'DTSTART:16010101T020000',
    `TZOFFSETFROM:${standard}`,
    `TZOFFSETTO:${daylight}`,
    `RRULE:FREQ=YEARLY;${daylightRule}`,
    'END:DAYLIGHT',
    'END:VTIMEZONE',
    'END:VCALENDAR',
  ].join('\r\n');
const OUTLOOK_LONDON = outlookZone('GMT Standard Time', '+0000', '+0100', 'BYDAY=-1SU;BYMONTH=10', 'BYDAY=-1SU;BYMONTH=3');
const OUTLOOK_EASTERN = outlookZone('Eastern Standard Time', '-0500', '-0400', 'BYDAY=1SU;BYMONTH=11', 'BYDAY=2SU;BYMONTH=3');

const readZone = (text: string, tzid: string) => vtimezoneZone(tzid, new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vtimezone')!);

/** The VTIMEZONE zone's offsets equal Intl's for `ianaZone` every minute from two hours before to two hours after each change. */
function expectSameAsIntl(zone: ReturnType<typeof readZone>, ianaZone: string, changes: number[]): void {
  for (const change of changes) {
    expect(offsetAt(change, ianaZone) !== offsetAt(change - 60_000, ianaZone), `Intl changes at ${new Date(change).toISOString()}`).to.equal(true);
    for (let t = change - 2 * 3_600_000; t < change + 2 * 3_600_000; t += 60_000) {
      const expected = offsetAt(t, ianaZone);
      if (zone.offsetAt(t) !== expected) expect(zone.offsetAt(t), `${ianaZone} ${new Date(t).toISOString()}`).to.equal(expected);
    }
  }
}

describe('iCalendar VTIMEZONE offsets around clock changes, against Intl', () => {
  it("Outlook's London zone", () => {
    const zone = readZone(OUTLOOK_LONDON, 'GMT Standard Time');
    expectSameAsIntl(zone, 'Europe/London', ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2027-03-28T01:00:00Z', '2027-10-31T01:00:00Z'].map(Date.parse));
    expect(zone.offsetAt(Date.parse('2026-10-25T00:30:00Z'))).to.equal(3_600_000);
  });

  it("Outlook's Eastern zone: the evening before clocks go back is still EDT (ical.js's own instant-to-local conversion says EST from 01:00 UTC)", () => {
    const zone = readZone(OUTLOOK_EASTERN, 'Eastern Standard Time');
    expectSameAsIntl(zone, 'America/New_York', ['2026-03-08T07:00:00Z', '2026-11-01T06:00:00Z', '2027-03-14T07:00:00Z', '2027-11-07T06:00:00Z'].map(Date.parse));
    // 21:30 EDT on Saturday 31 October 2026.
    expect(zone.offsetAt(Date.parse('2026-11-01T01:30:00Z'))).to.equal(-4 * 3_600_000);
  });

  it('changes off the quarter hour at the same minute as Intl does for America/St_Johns, 2007-2010', () => {
    const zone = readZone(NEWFOUNDLAND, 'Newfoundland (custom)');
    // Before the first change, the offset it changes from.
    const changes = ['2007-03-11T03:31:00Z', '2007-11-04T02:31:00Z', '2008-03-09T03:31:00Z', '2008-11-02T02:31:00Z', '2009-03-08T03:31:00Z', '2010-11-07T02:31:00Z'].map(Date.parse);
    expectSameAsIntl(zone, 'America/St_Johns', changes);
  });
});
