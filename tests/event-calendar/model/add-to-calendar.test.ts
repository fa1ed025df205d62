import {expect} from '@open-wc/testing';
import ICAL from 'ical.js';
import {eventToIcs, escapeText, foldLine, googleCalendarUrl, icsFileName, outlookCalendarUrl} from '../../../src/event-calendar/model/add-to-calendar.js';
import {decodeEventFeed} from '../../../src/event-calendar/model/decode.js';
import type {CalendarEvent} from '../../../src/event-calendar/model/event-types.js';
import {parseEventFeed} from '../../../src/event-calendar/model/json-feed.js';
import {safeUrl} from '../../../src/core/dom-free/safe-url.js';

const utc = (iso: string) => Date.parse(iso);
const NOW = new Date('2026-11-25T09:30:00Z');

const workshop: CalendarEvent = {
  id: 'north-wales-workshop',
  title: {en: 'North Wales workshop', cy: 'Gweithdy Gogledd Cymru'},
  description: {en: 'Help shape the plan; bring a friend, or two.\nTea provided.', cy: "Helpwch i lunio'r cynllun; dewch â ffrind, neu ddau.\nBydd te."},
  start: utc('2026-01-14T10:00:00Z'),
  end: utc('2026-01-14T15:30:00Z'),
  allDay: false,
  location: {name: 'Venue Cymru', address: {en: 'Llandudno', cy: 'Llandudno'}, region: {en: 'North Wales', cy: 'Gogledd Cymru'}},
  bookingUrl: safeUrl('https://heiw.nhs.wales/events/north-wales-workshop/?ref=cal,1', 'https://heiw.nhs.wales/'),
  status: 'scheduled',
};
const summer: CalendarEvent = {...workshop, id: 'summer', start: utc('2027-06-10T09:00:00Z'), end: utc('2027-06-10T11:30:00Z')};
const festival: CalendarEvent = {id: 'gwyl', title: 'Gŵyl Dewi', start: utc('2027-03-01T00:00:00Z'), end: utc('2027-03-04T00:00:00Z'), allDay: true, status: 'scheduled'};

/** Reads our file back with ical.js alone: the VTIMEZONE we wrote decides the instants. */
function readWithIcalJs(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const vevents = calendar.getAllSubcomponents('vevent');
  expect(vevents).to.have.length(1);
  const event = new ICAL.Event(vevents[0]!);
  return {event, start: event.startDate.toUnixTime() * 1000, end: event.endDate.toUnixTime() * 1000, component: vevents[0]!};
}

const readWithOurParser = async (ics: string) =>
  parseEventFeed(await decodeEventFeed(ics, {contentType: 'text/calendar', url: 'https://example.org/one.ics'}), {source: 'download', baseUrl: document.baseURI}, 'Europe/London')
    .items as CalendarEvent[];

describe('eventToIcs', () => {
  it('writes a complete one-event calendar with a Europe/London VTIMEZONE and local times', () => {
    const ics = eventToIcs(workshop, {now: NOW, language: 'en'});
    expect(ics.split('\r\n')).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//profiad//Event calendar//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
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
      'BEGIN:VEVENT',
      'UID:north-wales-workshop@profiad',
      'DTSTAMP:20261125T093000Z',
      'DTSTART;TZID=Europe/London:20260114T100000',
      'DTEND;TZID=Europe/London:20260114T153000',
      'SUMMARY;LANGUAGE=en:North Wales workshop',
      'DESCRIPTION;LANGUAGE=en:Help shape the plan\\; bring a friend\\, or two.\\nTea',
      '  provided.',
      'LOCATION:Venue Cymru\\, Llandudno',
      'URL:https://heiw.nhs.wales/events/north-wales-workshop/?ref=cal,1',
      'STATUS:CONFIRMED',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('ical.js reads back the same instants, in winter and in summer (BST)', () => {
    for (const event of [workshop, summer]) {
      const ics = eventToIcs(event, {now: NOW});
      const read = readWithIcalJs(ics);
      expect([read.start, read.end], event.id).to.deep.equal([event.start, event.end]);
    }
    expect(eventToIcs(summer, {now: NOW})).to.contain('DTSTART;TZID=Europe/London:20270610T100000\r\n');
  });

  it('our own iCalendar reader reads back the same event, text and all', async () => {
    const [back] = await readWithOurParser(eventToIcs(workshop, {now: NOW, language: 'cy'}));
    expect(back).to.deep.include({start: workshop.start, end: workshop.end, allDay: false, status: 'scheduled', bookingUrl: workshop.bookingUrl});
    expect(back!.title).to.deep.equal({cy: 'Gweithdy Gogledd Cymru'});
    expect(back!.description).to.deep.equal({cy: "Helpwch i lunio'r cynllun; dewch â ffrind, neu ddau.\nBydd te."});
    expect(back!.location).to.deep.equal({name: 'Venue Cymru, Llandudno'});
  });

  it('writes all-day events as dates with an exclusive end', async () => {
    const ics = eventToIcs(festival, {now: NOW});
    expect(ics).to.contain('DTSTART;VALUE=DATE:20270301\r\nDTEND;VALUE=DATE:20270304\r\n');
    expect(ics).not.to.contain('VTIMEZONE');
    expect(ics).to.contain('SUMMARY:Gŵyl Dewi\r\n');
    const read = readWithIcalJs(ics);
    expect(read.event.startDate.isDate).to.equal(true);
    expect(read.event.startDate.toString()).to.equal('2027-03-01');
    expect(read.event.endDate.toString()).to.equal('2027-03-04');
    const [back] = await readWithOurParser(ics);
    expect(back).to.deep.include({start: festival.start, end: festival.end, allDay: true});
  });

  it('escapes text so no feed text can add properties or events, and it round-trips exactly', async () => {
    const hostile: CalendarEvent = {
      ...workshop,
      title: 'Evil\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected; a\\b, c',
      description: '<script>alert(1)</script>\nline two',
      location: {name: 'Room 1; floor 2, \\ wing'},
    };
    const ics = eventToIcs(hostile, {now: NOW});
    expect(ics.match(/^BEGIN:VEVENT/gm)).to.have.length(1);
    expect(ics).to.contain('SUMMARY:Evil\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:Injected\\; a\\\\b\\, c');
    const read = readWithIcalJs(ics);
    expect(read.event.summary).to.equal('Evil\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Injected; a\\b, c');
    expect(read.event.description).to.equal('<script>alert(1)</script>\nline two');
    expect(read.event.location).to.equal('Room 1; floor 2, \\ wing');
    expect(escapeText('a\\b;c,d\r\ne\rf\ng')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('folds at 75 octets without splitting a UTF-8 character, with CRLF line ends only', async () => {
    const welsh = 'Gŵyl y gwanwyn: sgwrs am fywyd, tŷ, dŵr a’r môr — ŵ ŷ â ê î ô û — 🌼 '.repeat(6);
    const event: CalendarEvent = {...workshop, title: {cy: welsh}, description: {cy: welsh}};
    const ics = eventToIcs(event, {now: NOW, language: 'cy'});
    const bytes = new TextEncoder().encode(ics);
    expect(() => new TextDecoder('utf-8', {fatal: true}).decode(bytes)).not.to.throw();
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const physical = ics.split('\r\n');
    for (const line of physical) {
      expect(new TextEncoder().encode(line).length, line).to.be.at.most(75);
      // A line never begins halfway through a character.
      expect(line.charCodeAt(0) >= 0xdc00 && line.charCodeAt(0) <= 0xdfff, line).to.equal(false);
    }
    expect(physical.filter((line) => line.startsWith(' ')).length).to.be.above(10);
    const read = readWithIcalJs(ics);
    expect(read.event.summary).to.equal(welsh);
    expect(foldLine('x'.repeat(75))).to.equal('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).to.equal(`${'x'.repeat(75)}\r\n x`);
    expect(foldLine(`${'x'.repeat(74)}ŵ`)).to.equal(`${'x'.repeat(74)}\r\n ŵ`);
  });

  it('uses the reader’s language, marking text that had to fall back to the other one', () => {
    const englishOnly: CalendarEvent = {...workshop, title: {en: 'Only in English'}, description: undefined, location: undefined, bookingUrl: undefined};
    const ics = eventToIcs(englishOnly, {now: NOW, language: 'cy'});
    expect(ics).to.contain('SUMMARY;LANGUAGE=en:Only in English\r\n');
    expect(ics).to.contain('PRODID:-//profiad//Event calendar//CY\r\n');
    expect(ics).not.to.match(/^(DESCRIPTION|LOCATION|URL)[;:]/m);
    expect(eventToIcs({...workshop, title: 'Plain'}, {now: NOW, language: 'cy'})).to.contain('SUMMARY:Plain\r\n');
  });

  it('marks a cancelled event, and leaves out DTEND when no end time is known', () => {
    const ics = eventToIcs({...workshop, status: 'cancelled', end: workshop.start}, {now: NOW});
    expect(ics).to.contain('STATUS:CANCELLED\r\n');
    expect(ics).not.to.contain('DTEND');
    expect(readWithIcalJs(ics).start).to.equal(workshop.start);
  });
});

describe('icsFileName', () => {
  it('names the file after the title in the reader’s language and the London date', () => {
    expect(icsFileName(workshop, 'cy')).to.equal('gweithdy-gogledd-cymru-2026-01-14.ics');
    expect(icsFileName(workshop, 'en')).to.equal('north-wales-workshop-2026-01-14.ics');
    expect(icsFileName(festival, 'cy')).to.equal('gwyl-dewi-2027-03-01.ics');
    // 23:30Z on 31 July is 00:30 BST on 1 August.
    expect(icsFileName({...workshop, title: "Sgwrs hwyr: y dŵr a'r tŷ", start: utc('2027-07-31T23:30:00Z')}, 'cy')).to.equal('sgwrs-hwyr-y-dwr-ar-ty-2027-08-01.ics');
    expect(icsFileName({...workshop, title: '<script>/../..\\'}, 'cy')).to.equal('script-2026-01-14.ics');
    expect(icsFileName({...workshop, title: '🌼🌼'}, 'cy')).to.equal('digwyddiad-2026-01-14.ics');
  });
});

describe('web calendar links', () => {
  it('fills in Google Calendar with UTC times and the London zone', () => {
    const url = new URL(googleCalendarUrl(workshop, 'cy'));
    expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      action: 'TEMPLATE',
      text: 'Gweithdy Gogledd Cymru',
      dates: '20260114T100000Z/20260114T153000Z',
      details: "Helpwch i lunio'r cynllun; dewch â ffrind, neu ddau.\nBydd te.\n\nhttps://heiw.nhs.wales/events/north-wales-workshop/?ref=cal,1",
      location: 'Venue Cymru, Llandudno',
      ctz: 'Europe/London',
    });
    expect(new URL(googleCalendarUrl(festival, 'en')).searchParams.get('dates')).to.equal('20270301/20270304');
  });

  it('fills in Outlook on the web', () => {
    const url = new URL(outlookCalendarUrl(summer, 'en'));
    expect(url.origin + url.pathname).to.equal('https://outlook.live.com/calendar/0/deeplink/compose');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      path: '/calendar/action/compose',
      rru: 'addevent',
      subject: 'North Wales workshop',
      startdt: '2027-06-10T09:00:00Z',
      enddt: '2027-06-10T11:30:00Z',
      allday: 'false',
      body: 'Help shape the plan; bring a friend, or two.\nTea provided.\n\nhttps://heiw.nhs.wales/events/north-wales-workshop/?ref=cal,1',
      location: 'Venue Cymru, Llandudno',
    });
    const allDay = new URL(outlookCalendarUrl(festival, 'cy')).searchParams;
    expect([allDay.get('startdt'), allDay.get('enddt'), allDay.get('allday')]).to.deep.equal(['2027-03-01', '2027-03-04', 'true']);
  });

  it('keeps long descriptions short enough for a URL', () => {
    const long: CalendarEvent = {...workshop, description: 'a'.repeat(5000)};
    expect(googleCalendarUrl(long, 'en').length).to.be.below(2000);
    expect(outlookCalendarUrl(long, 'en').length).to.be.below(2000);
  });
});
