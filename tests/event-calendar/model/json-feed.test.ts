import {expect} from '@open-wc/testing';
import {FeedFormatError} from '../../../src/core/dom-free/feed-types.js';
import type {CalendarEvent} from '../../../src/event-calendar/model/event-types.js';
import {parseEventFeed, parseFeedTime, readFeedTime} from '../../../src/event-calendar/model/json-feed.js';

const LONDON = 'Europe/London';
const SOURCE = 'https://example.org/feeds/events.json';
/** A fetched feed: its relative links resolve against its own URL. */
const FETCHED = {source: SOURCE, baseUrl: SOURCE};
const utc = (iso: string) => Date.parse(iso);
const parse = (events: unknown[], timeZone = LONDON) => parseEventFeed({events}, FETCHED, timeZone);
const only = (events: unknown[]) => {
  const result = parse(events);
  expect(result.items).to.have.length(1);
  return result.items[0] as CalendarEvent;
};
const messages = (result: {problems: {message: string}[]}) => result.problems.map((p) => p.message);

describe('parseEventFeed (JSON)', () => {
  it('keeps every field of a complete bilingual event', () => {
    const result = parseEventFeed(
      {
        title: {en: 'Engagement events', cy: 'Digwyddiadau ymgysylltu'},
        events: [
          {
            id: 'north-wales-workshop',
            title: {en: 'North Wales workshop', cy: 'Gweithdy Gogledd Cymru'},
            start: '2026-01-14T10:00',
            end: '2026-01-14T15:30',
            description: {en: 'Help shape the plan.', cy: "Helpwch i lunio'r cynllun."},
            location: {name: 'Venue Cymru', address: 'Llandudno', region: {en: 'North Wales', cy: 'Gogledd Cymru'}, url: 'https://example.org/map'},
            format: 'in-person',
            audience: [{en: 'People with lived experience', cy: 'Pobl sydd â phrofiad bywyd'}, 'Carers'],
            language: 'bilingual',
            bookingUrl: 'https://heiw.nhs.wales/events/book',
            accessibility: 'Step-free access; hearing loop.',
            status: 'full',
            somethingUnknown: 42,
          },
        ],
      },
      FETCHED,
      LONDON,
    );
    expect(result.problems).to.deep.equal([]);
    expect(result.title).to.deep.equal({en: 'Engagement events', cy: 'Digwyddiadau ymgysylltu'});
    expect(result.items[0]).to.deep.equal({
      id: 'north-wales-workshop',
      title: {en: 'North Wales workshop', cy: 'Gweithdy Gogledd Cymru'},
      start: utc('2026-01-14T10:00:00Z'),
      end: utc('2026-01-14T15:30:00Z'),
      allDay: false,
      status: 'full',
      description: {en: 'Help shape the plan.', cy: "Helpwch i lunio'r cynllun."},
      accessibility: 'Step-free access; hearing loop.',
      location: {name: 'Venue Cymru', address: 'Llandudno', region: {en: 'North Wales', cy: 'Gogledd Cymru'}, url: 'https://example.org/map'},
      format: 'in-person',
      language: 'bilingual',
      audience: [{en: 'People with lived experience', cy: 'Pobl sydd â phrofiad bywyd'}, 'Carers'],
      bookingUrl: 'https://heiw.nhs.wales/events/book',
    });
  });

  it('reads local times in the given zone (BST in summer), and Z or offsets as written', () => {
    const [local, zulu, offset, otherZone] = parse([
      {id: 'a', title: 'A', start: '2026-07-01T10:00'},
      {id: 'b', title: 'B', start: '2026-07-01T10:00:00Z'},
      {id: 'c', title: 'C', start: '2026-07-01T10:00:00+02:00'},
      {id: 'd', title: 'D', start: '2026-07-01 10:00'},
    ]).items as CalendarEvent[];
    expect(local!.start).to.equal(utc('2026-07-01T09:00:00Z'));
    expect(zulu!.start).to.equal(utc('2026-07-01T10:00:00Z'));
    expect(offset!.start).to.equal(utc('2026-07-01T08:00:00Z'));
    expect(otherZone!.start).to.equal(utc('2026-07-01T09:00:00Z'));
    expect(parse([{id: 'e', title: 'E', start: '2026-07-01T10:00'}], 'America/New_York').items[0]).to.include({start: utc('2026-07-01T14:00:00Z')});
  });

  it('reads a date as an all-day event, with an inclusive last day stored as the day after', () => {
    const oneDay = only([{id: 'a', title: 'A', start: '2026-03-02'}]);
    expect(oneDay).to.include({allDay: true, start: utc('2026-03-02T00:00:00Z'), end: utc('2026-03-03T00:00:00Z')});
    const threeDays = only([{id: 'a', title: 'A', start: '2026-03-02', end: '2026-03-04'}]);
    expect(threeDays).to.include({allDay: true, start: utc('2026-03-02T00:00:00Z'), end: utc('2026-03-05T00:00:00Z')});
    const forced = only([{id: 'a', title: 'A', start: '2026-07-02T09:00', end: '2026-07-03T17:00', allDay: true}]);
    expect(forced).to.include({allDay: true, start: utc('2026-07-02T00:00:00Z'), end: utc('2026-07-04T00:00:00Z')});
  });

  it('gives a timed event without an end no end time (end = start), and reports an end before the start', () => {
    expect(only([{id: 'a', title: 'A', start: '2026-01-14T10:00'}])).to.include({start: utc('2026-01-14T10:00:00Z'), end: utc('2026-01-14T10:00:00Z')});
    const result = parse([{id: 'a', title: 'A', start: '2026-01-14T10:00', end: '2026-01-14T09:00'}]);
    expect(result.items[0]).to.include({end: utc('2026-01-14T10:00:00Z')});
    expect(messages(result)).to.deep.equal(['"end" "2026-01-14T09:00" is before "start" "2026-01-14T10:00"; the event is shown without an end.']);
  });

  it('leaves out events with invalid dates and says why', () => {
    const result = parse([
      {id: 'feb30', title: 'A', start: '2026-02-30'},
      {id: 'month13', title: 'A', start: '2026-13-01T10:00'},
      {id: 'hour25', title: 'A', start: '2026-01-14T25:00'},
      {id: 'words', title: 'A', start: 'next Tuesday'},
      {id: 'number', title: 'A', start: 1768384800000},
      {id: 'missing', title: 'A'},
      {id: 'ok', title: 'A', start: '2026-01-14'},
    ]);
    expect(result.items.map((e) => (e as CalendarEvent).id)).to.deep.equal(['ok']);
    expect(result.problems.map((p) => [p.index, p.id, p.message])).to.deep.equal([
      [0, 'feb30', '"start" "2026-02-30" is not a real date. It is not shown.'],
      [1, 'month13', '"start" "2026-13-01T10:00" is not a real date. It is not shown.'],
      [2, 'hour25', '"start" "2026-01-14T25:00" is not a real time of day. It is not shown.'],
      [3, 'words', '"start" must be a date like "2026-01-14" or a date and time like "2026-01-14T10:00", got "next Tuesday". It is not shown.'],
      [4, 'number', '"start" must be a date like "2026-01-14" or a date and time like "2026-01-14T10:00", got 1768384800000. It is not shown.'],
      [5, 'missing', '"start" must be a date like "2026-01-14" or a date and time like "2026-01-14T10:00", got nothing. It is not shown.'],
    ]);
    const badEnd = parse([{id: 'a', title: 'A', start: '2026-01-14', end: '2026-01-32'}]);
    expect(badEnd.items[0]).to.include({end: utc('2026-01-15T00:00:00Z')});
    expect(messages(badEnd)).to.deep.equal(['"end" "2026-01-32" is not a real date; the event is shown without an end.']);
  });

  it('reports wrong types field by field, keeping the event when only optional fields are wrong', () => {
    const result = parse([
      {id: 7, title: ['not', 'text'], start: '2026-01-14'},
      {id: '', title: 'No id', start: '2026-01-14'},
      'just a string',
      null,
      {
        id: 'wrong-optionals',
        title: 'Still shown',
        start: '2026-01-14T10:00',
        allDay: 'yes',
        description: 42,
        location: {address: 'No name'},
        format: 'virtual',
        audience: ['Carers', 3, ''],
        language: 'Welsh',
        status: 'postponed',
        accessibility: {fr: 'non'},
      },
    ]);
    expect(result.items.map((e) => (e as CalendarEvent).id)).to.deep.equal(['wrong-optionals']);
    expect(result.items[0]).to.deep.include({status: 'scheduled', audience: ['Carers'], allDay: false});
    expect(result.items[0]).not.to.have.any.keys('description', 'location', 'format', 'language', 'accessibility');
    expect(messages(result)).to.deep.equal([
      '"title" must be a non-empty string or {"en", "cy"}, got ["not","text"]. It is not shown.',
      '"id" must be a non-empty string, got "". It is not shown.',
      'expected an event object, got "just a string"; it is not shown.',
      'expected an event object, got null; it is not shown.',
      '"allDay" must be true or false, got "yes"; it is ignored.',
      '"description" must be a non-empty string or {"en", "cy"}, got 42; the event is shown without it.',
      '"accessibility" must be a non-empty string or {"en", "cy"}, got {"fr":"non"}; the event is shown without it.',
      '"location.name" must be a non-empty string or {"en", "cy"}, got nothing; the event is shown without a location.',
      '"format" must be one of in-person, online, hybrid, got "virtual"; the event is shown without it.',
      '"language" must be one of cy, en, bilingual, got "Welsh"; the event is shown without it.',
      '"audience"[1] must be a non-empty string or {"en", "cy"}, got 3; it is left out.',
      '"audience"[2] must be a non-empty string or {"en", "cy"}, got ""; it is left out.',
      '"status" must be one of scheduled, cancelled, full, got "postponed"; the event is shown as scheduled.',
    ]);
    expect(result.problems[0]).to.include({source: SOURCE, index: 0, id: '7'});
  });

  it('keeps HTML and script in every text field as plain text, exactly as written', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>&amp;';
    const event = only([
      {
        id: hostile,
        title: {en: hostile, cy: hostile},
        start: '2026-01-14',
        description: hostile,
        accessibility: hostile,
        location: {name: hostile, address: hostile, region: hostile},
        audience: [hostile],
      },
    ]);
    expect(event.id).to.equal(hostile);
    expect(event.title).to.deep.equal({en: hostile, cy: hostile});
    expect([event.description, event.accessibility, event.location!.name, event.location!.address, event.location!.region, event.audience![0]]).to.deep.equal(Array(6).fill(hostile));
    expect((window as {__pwned?: number}).__pwned).to.equal(undefined);
  });

  it('drops javascript:, data: and disguised script URLs, and resolves relative links against the feed', () => {
    const result = parse([
      {id: 'a', title: 'A', start: '2026-01-14', bookingUrl: 'javascript:alert(1)', location: {name: 'X', url: 'data:text/html,<script>alert(1)</script>'}},
      {id: 'b', title: 'B', start: '2026-01-14', bookingUrl: ' java\tscript:alert(1)'},
      {id: 'c', title: 'C', start: '2026-01-14', bookingUrl: 'JAVASCRIPT:alert(1)'},
      {id: 'd', title: 'D', start: '2026-01-14', bookingUrl: '../book?event=d'},
      {id: 'e', title: 'E', start: '2026-01-14', bookingUrl: 'mailto:events@example.org', location: {name: 'Ffôn', url: 'tel:+442920000000'}},
    ]);
    const [a, b, c, d, e] = result.items as CalendarEvent[];
    expect([a!.bookingUrl, a!.location!.url, b!.bookingUrl, c!.bookingUrl]).to.deep.equal([undefined, undefined, undefined, undefined]);
    expect(d!.bookingUrl).to.equal('https://example.org/book?event=d');
    expect(e!.bookingUrl).to.equal('mailto:events@example.org');
    expect(e!.location!.url).to.equal('tel:+442920000000');
    expect(messages(result)).to.deep.equal([
      '"location.url" "data:text/html,<script>alert(1)</script>" is not an http(s), mailto or tel URL; the event is shown without it.',
      '"bookingUrl" "javascript:alert(1)" is not an http(s), mailto or tel URL; the event is shown without it.',
      '"bookingUrl" " java\tscript:alert(1)" is not an http(s), mailto or tel URL; the event is shown without it.',
      '"bookingUrl" "JAVASCRIPT:alert(1)" is not an http(s), mailto or tel URL; the event is shown without it.',
    ]);
  });

  it('accepts a bare array, a string location and a single audience', () => {
    const result = parseEventFeed([{id: 'a', title: 'A', start: '2026-01-14', location: 'Caerfyrddin', audience: 'Carers'}], {source: 'property', baseUrl: document.baseURI}, LONDON);
    expect(result.items[0]).to.deep.include({location: {name: 'Caerfyrddin'}, audience: ['Carers']});
    expect(result.problems).to.deep.equal([]);
  });

  it('reports a repeated id and keeps the first', () => {
    const result = parse([
      {id: 'a', title: 'First', start: '2026-01-14'},
      {id: 'a', title: 'Second', start: '2026-01-15'},
    ]);
    expect(result.items.map((e) => (e as CalendarEvent).title)).to.deep.equal(['First']);
    expect(messages(result)).to.deep.equal(['"id" "a" is used by an earlier event. It is not shown.']);
  });

  it('treats an empty feed as empty, and a body that is no events feed as a format error', () => {
    expect(parseEventFeed({events: []}, FETCHED, LONDON)).to.deep.equal({items: [], problems: []});
    expect(parseEventFeed([], FETCHED, LONDON)).to.deep.equal({items: [], problems: []});
    for (const body of [{}, {events: {}}, null, 42, 'hello', {milestones: []}]) {
      expect(() => parseEventFeed(body, FETCHED, LONDON), JSON.stringify(body)).to.throw(FeedFormatError, /expected an array, or an object with the "events" array/);
    }
    expect(() => parseEventFeed('BEGIN:VCALENDAR\r\nEND:VCALENDAR', FETCHED, LONDON)).to.throw(FeedFormatError, /iCalendar text/);
  });

  it('falls back to Europe/London for an unknown time zone, and says so', () => {
    const result = parse([{id: 'a', title: 'A', start: '2026-07-01T10:00'}], 'Europe/Atlantis');
    expect(result.items[0]).to.include({start: utc('2026-07-01T09:00:00Z')});
    expect(messages(result)).to.deep.equal(['time zone "Europe/Atlantis" is not known to this browser; times are read in Europe/London.']);
  });

  it('parses 10,000 events quickly and without problems', () => {
    const events = Array.from({length: 10_000}, (_, i) => ({
      id: `e${i}`,
      title: {en: `Event ${i}`, cy: `Digwyddiad ${i}`},
      start: `2027-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00`,
      end: `2027-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:45`,
      location: {name: 'Venue', region: 'South Wales'},
      bookingUrl: `https://heiw.nhs.wales/events/${i}`,
    }));
    const started = performance.now();
    const result = parseEventFeed({events}, FETCHED, LONDON);
    const elapsed = performance.now() - started;
    expect(result.problems).to.deep.equal([]);
    expect(result.items).to.have.length(10_000);
    expect(elapsed, `${elapsed} ms`).to.be.below(1000);
  });

  it('parseFeedTime explains what it expected', () => {
    expect(parseFeedTime('2026-01-14T10:00+25:00', LONDON)).to.equal('"2026-01-14T10:00+25:00" has an impossible UTC offset');
    expect(parseFeedTime('2026-01-14T10:00:00.123Z', LONDON)).to.deep.equal({kind: 'date-time', instant: utc('2026-01-14T10:00:00Z')});
    expect(parseFeedTime('2026-01-14', LONDON)).to.deep.equal({kind: 'date', date: {year: 2026, month: 1, day: 14}});
  });

  it('parseFeedTime (cached per zone and text) reads every shape exactly as readFeedTime does, and reports the same problems', () => {
    const dates = [
      '2026-01-14',
      '2026-02-29',
      '2024-02-29',
      '2000-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-12-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-01-32',
      '0000-01-01',
      '0001-01-01',
      '0099-06-30',
      '9999-12-31',
      '1995-10-22',
      '2026-03-29',
      '2026-10-25',
      '2026-1-14',
      '20260114',
      '2026/01/14',
      'x026-01-14',
      '2026-01-1x',
    ];
    const times = [
      '',
      'T00:00',
      'T00:59',
      'T01:00',
      'T01:30',
      'T02:00',
      'T23:59',
      'T24:00',
      'T12:60',
      'T10:00:00',
      'T10:00:59',
      'T10:00:60',
      'T10:00:5',
      'T10:0',
      'T10',
      'T1:00',
      't10:00',
      ' 10:00',
      'T10:00:00.5',
      'T10:00:00.123456789',
      'Tab:cd',
      'T10-00',
    ];
    const zones = ['', 'Z', 'z', ' Z', '+01:00', '-05:30', '+0100', '+01', '-00:00', '+18:00', '+18:59', '+19:00', '+01:60', '+1:00', '+01:0', '+01:000', 'ZZ', '+01:00Z'];
    const values: string[] = [];
    for (const date of dates) for (const time of times) for (const zone of time ? zones : ['']) values.push(`${date}${time}${zone}`);
    values.push(' 2026-01-14', '2026-01-14 ', '2026-01-14T10:00 ', '', ' ', 'tomorrow', '２０２６-01-14');
    for (const zone of [LONDON, 'America/New_York', 'Australia/Lord_Howe', 'UTC']) {
      for (const value of values) expect(parseFeedTime(value, zone), `${value} in ${zone}`).to.deep.equal(readFeedTime(value, zone));
    }
    for (const value of [undefined, null, 20260114, {}, []]) expect(parseFeedTime(value, LONDON)).to.deep.equal(readFeedTime(value, LONDON));
  });

  describe('years 1 to 99 (Date.UTC would read 0050 as 1950)', () => {
    /** ms since 1970 of a UTC date and time in any year, written without Date.UTC. */
    const early = (year: number, month: number, dayOfMonth: number, hour = 0, minute = 0, second = 0) => {
      const date = new Date(0);
      date.setUTCFullYear(year, month - 1, dayOfMonth);
      return date.setUTCHours(hour, minute, second, 0);
    };

    it('reads a date-time with Z or an offset in year 0050 as that year', () => {
      expect(parseFeedTime('0050-03-01T10:00:00Z', LONDON)).to.deep.equal({kind: 'date-time', instant: early(50, 3, 1, 10)});
      expect(parseFeedTime('0099-12-31T23:30+01:00', LONDON)).to.deep.equal({kind: 'date-time', instant: early(99, 12, 31, 22, 30)});
      expect(new Date(early(50, 3, 1)).getUTCFullYear()).to.equal(50);
    });

    it("reads a local date-time in year 0050 with the zone's offset then (London: local mean time, 1 min 15 s behind GMT)", () => {
      expect(parseFeedTime('0050-07-01T10:00', LONDON)).to.deep.equal({kind: 'date-time', instant: early(50, 7, 1, 10, 1, 15)});
      expect(parseFeedTime('0050-07-01T10:00', 'UTC')).to.deep.equal({kind: 'date-time', instant: early(50, 7, 1, 10)});
    });

    it('shows an event of year 0050 in year 0050, timed and all-day', () => {
      const result = parseEventFeed(
        {
          events: [
            {id: 'timed', title: 'Roman', start: '0050-03-01T10:00:00Z', end: '0050-03-01T12:00:00Z'},
            {id: 'day', title: 'Roman fair', start: '0050-02-28', end: '0050-03-01'},
          ],
        },
        FETCHED,
        LONDON,
      );
      expect(result.problems).to.deep.equal([]);
      const [timed, allDay] = result.items as CalendarEvent[];
      expect([timed!.start, timed!.end]).to.deep.equal([early(50, 3, 1, 10), early(50, 3, 1, 12)]);
      expect([allDay!.start, allDay!.end, allDay!.allDay]).to.deep.equal([early(50, 2, 28), early(50, 3, 2), true]);
    });

    it('still rejects year 0000 with a clear problem', () => {
      expect(parseFeedTime('0000-03-01T10:00Z', LONDON)).to.equal('"0000-03-01T10:00Z" is not a real date');
    });
  });
});
