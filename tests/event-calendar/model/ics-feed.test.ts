import {expect} from '@open-wc/testing';
import {FeedFormatError} from '../../../src/core/dom-free/feed-types.js';
import {decodeEventFeed} from '../../../src/event-calendar/model/decode.js';
import type {CalendarEvent} from '../../../src/event-calendar/model/event-types.js';
import {parseEventFeed} from '../../../src/event-calendar/model/json-feed.js';
import {between, fixtureUrl, iso, loadIcs, LONDON, messages, summary, utc} from './ics-helpers.js';

const byTitle = (events: CalendarEvent[], title: string) => events.find((e) => (typeof e.title === 'string' ? e.title : e.title?.en) === title)!;
const OUTLOOK_SERIES = '040000008200E00074C5B7101A82E008000000009988776655443322110000FFEEDDCCBBAA';

async function formatError(name: string): Promise<string> {
  try {
    await loadIcs(name);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedFormatError);
    return (error as Error).message;
  }
  throw new Error(`${name} did not fail`);
}

describe('iCalendar feeds', () => {
  it('Outlook with Windows zone names and their VTIMEZONE: GMT in winter, BST in summer, a custom zone read from its definition', async () => {
    const feed = await loadIcs('outlook-windows-tz.ics');
    expect(feed.problems).to.deep.equal([]);
    expect(feed.title).to.equal('Platfform – lived experience events');
    const events = between(feed.items, '2027-01-01T00:00:00Z', '2027-07-01T00:00:00Z');
    const winter = byTitle(events, 'Lived experience reference group');
    expect([iso(winter.start), iso(winter.end)]).to.deep.equal(['2027-01-14T10:00:00Z', '2027-01-14T12:30:00Z']);
    // SUMMARY;LANGUAGE=en-GB keeps its language, so a Welsh page marks it lang="en".
    expect(winter.title).to.deep.equal({en: 'Lived experience reference group'});
    expect(winter.location).to.deep.equal({name: {en: 'Microsoft Teams Meeting'}});
    expect(winter.description).to.equal('A monthly meeting of the lived experience reference group.\n\nJoin on your computer or mobile app');
    expect(iso(byTitle(events, 'Summer reference group').start)).to.equal('2027-06-10T09:00:00Z');
    expect(byTitle(events, 'Summer reference group').location).to.deep.equal({name: 'Platfform, Caerdydd'});
    // "Customized Time Zone" is +02:00 all year in its VTIMEZONE.
    expect(iso(byTitle(events, 'Call with partners abroad').start)).to.equal('2027-05-20T08:00:00Z');
    // Weekly on Tuesdays at 14:00 local until 27 April, 30 March excluded.
    const weekly = events.filter((e) => e.seriesId === OUTLOOK_SERIES).map((e) => iso(e.start));
    expect(weekly).to.deep.equal([
      '2027-03-02T14:00:00Z',
      '2027-03-09T14:00:00Z',
      '2027-03-16T14:00:00Z',
      '2027-03-23T14:00:00Z',
      '2027-04-06T13:00:00Z',
      '2027-04-13T13:00:00Z',
      '2027-04-20T13:00:00Z',
      '2027-04-27T13:00:00Z',
    ]);
  });

  it('Outlook: all-day events written as midnight to midnight (X-MICROSOFT-CDO-ALLDAYEVENT) are dates; private and confidential entries never show', async () => {
    const feed = await loadIcs('outlook-all-day-private.ics');
    const events = between(feed.items, '2027-02-01T00:00:00Z', '2027-07-01T00:00:00Z');
    // Three days, 7 to 9 June, as dates: no "00:00", no hour's shift in summer.
    const stand = byTitle(events, 'Carers Week stand');
    expect([stand.allDay, iso(stand.start), iso(stand.end)]).to.deep.equal([true, '2027-06-07T00:00:00Z', '2027-06-10T00:00:00Z']);
    // A weekly all-day series: six Mondays from 1 March, the 22nd excluded by a midnight EXDATE.
    const dropIn = events.filter((e) => e.title === 'Peer support drop-in day');
    expect(dropIn.map((e) => [e.allDay, iso(e.start), iso(e.end)])).to.deep.equal(
      ['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-29', '2027-04-05'].map((day) => {
        const start = utc(`${day}T00:00:00Z`);
        return [true, iso(start), iso(start + 86_400_000)];
      }),
    );
    // The flag on an event that does not run midnight to midnight leaves its times alone.
    const evening = byTitle(events, 'Evening listening event');
    expect([evening.allDay, iso(evening.start), iso(evening.end)]).to.deep.equal([false, '2027-03-03T00:00:00Z', '2027-03-03T02:00:00Z']);
    // Private: the dentist never shows, nor the confidential series, nor the one panel made private; the other panels do.
    const titles = events.map((e) => (typeof e.title === 'string' ? e.title : e.title?.en));
    for (const hidden of ['Dentist', 'Staff supervision', 'Appointment with my GP']) expect(titles, hidden).to.not.include(hidden);
    expect(events.filter((e) => e.title === 'Co-production panel').map((e) => iso(e.start))).to.deep.equal(['2027-03-02T14:00:00Z', '2027-03-09T14:00:00Z', '2027-03-23T14:00:00Z']);
    // The author hears why, three times; these are not problems a reader is told about.
    expect(feed.problems.map((p) => [p.message, p.intended])).to.deep.equal([
      ['VEVENT on line 43 is marked CLASS:PRIVATE; it is not shown.', true],
      ['VEVENT on line 62 is marked CLASS:PRIVATE; that occurrence is not shown.', true],
      ['VEVENT on line 71 is marked CLASS:CONFIDENTIAL; no occurrence of it is shown.', true],
    ]);
  });

  it('Outlook without VTIMEZONE: Windows ids and display names mapped to IANA, an unknown zone reported once', async () => {
    const feed = await loadIcs('outlook-no-vtimezone.ics');
    const events = between(feed.items, '2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z');
    expect(iso(byTitle(events, 'Summer planning session').start)).to.equal('2027-07-01T09:00:00Z');
    expect(iso(byTitle(events, 'Call with the Brussels office').start)).to.equal('2027-07-01T08:00:00Z');
    expect(iso(byTitle(events, 'Evening listening event').start)).to.equal('2027-02-01T18:00:00Z');
    expect(iso(byTitle(events, 'Meeting in a zone nobody defined').start)).to.equal('2027-08-01T09:00:00Z');
    expect(messages(feed)).to.deep.equal(['TZID "Customized Time Zone 1" is neither an IANA time zone nor defined by a VTIMEZONE in the feed; its times are read in Europe/London.']);
  });

  it('Google: UTC times, a weekly RRULE with UNTIL and EXDATE, a moved occurrence, HTML descriptions, X-WR-TIMEZONE for floating times', async () => {
    const feed = await loadIcs('google-weekly.ics', 'America/New_York');
    expect(feed.problems).to.deep.equal([]);
    expect(feed.title).to.equal('Cymorth gan gymheiriaid – Bae Abertawe');
    const events = between(feed.items, '2027-01-01T00:00:00Z', '2027-08-01T00:00:00Z', 'America/New_York');
    const single = byTitle(events, "Sgwrs gyda'r nos / Evening conversation");
    expect([iso(single.start), iso(single.end)]).to.deep.equal(['2027-02-03T18:00:00Z', '2027-02-03T19:30:00Z']);
    expect(single.description).to.equal('Join us for an evening of conversation.\n\nBook: heiw.nhs.wales\u00A0& bring a friend.');
    expect(single.location).to.deep.equal({name: 'Canolfan Dylan Thomas, Abertawe SA1 1RR, UK'});
    const weekly = events.filter((e) => e.seriesId === '7b2c9d4e1f0a@google.com');
    expect(weekly.map((e) => iso(e.start))).to.deep.equal([
      '2027-01-05T18:30:00Z',
      '2027-01-12T18:30:00Z',
      '2027-01-19T18:30:00Z',
      '2027-01-26T18:30:00Z',
      '2027-02-02T18:30:00Z',
      // 9 February: EXDATE
      '2027-02-16T18:30:00Z',
      '2027-02-23T18:30:00Z',
      '2027-03-03T18:30:00Z', // 2 March moved to Wednesday 3rd
      '2027-03-09T18:30:00Z',
      '2027-03-16T18:30:00Z',
      '2027-03-23T18:30:00Z',
      '2027-03-30T17:30:00Z', // 18:30 BST; UNTIL is this occurrence
    ]);
    const moved = weekly[7]!;
    expect(moved.id).to.equal('7b2c9d4e1f0a@google.com/20270302T183000Z');
    expect(moved.title).to.equal('Weekly peer support group (moved to Wednesday)');
    expect(new Set(weekly.map((e) => e.id)).size).to.equal(12);
    // Floating, read in the calendar's X-WR-TIMEZONE (London), not the element's New York.
    expect(iso(byTitle(events, 'Floating time in a Google calendar').start)).to.equal('2027-07-01T09:00:00Z');
  });

  it('Apple: IANA TZID with VTIMEZONE, place and address from a two-line LOCATION, URL as booking link, an all-day event', async () => {
    const feed = await loadIcs('apple-vtimezone.ics');
    expect(feed.problems).to.deep.equal([]);
    const events = between(feed.items, '2027-04-01T00:00:00Z', '2027-06-01T00:00:00Z');
    expect(summary(events)).to.deep.equal([
      ['5D3F1C2A-8B7E-4F6D-9A0B-1C2D3E4F5A6B', '2027-04-15T12:30:00Z', '2027-04-15T15:30:00Z', 'scheduled'],
      ['A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF', '2027-05-01T00:00:00Z', '2027-05-02T00:00:00Z', 'scheduled'],
    ]);
    expect(events[0]).to.deep.include({
      location: {name: 'Yr Egin', address: 'Caerfyrddin SA31 3EQ'},
      bookingUrl: 'https://heiw.nhs.wales/events/hywel-dda-talk/',
      allDay: false,
    });
    expect(events[1]).to.include({allDay: true, title: 'Calan Mai'});
  });

  it('all-day and multi-day events: DATE values with an exclusive DTEND, DURATION, no DTEND, a yearly all-day series', async () => {
    const feed = await loadIcs('all-day-multi-day.ics');
    expect(feed.problems).to.deep.equal([]);
    const events = between(feed.items, '2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z');
    expect(events.map((e) => [e.id, iso(e.start), iso(e.end), e.allDay])).to.deep.equal([
      ['festival@example.org', '2027-03-01T00:00:00Z', '2027-03-04T00:00:00Z', true],
      ['one-day@example.org', '2027-05-12T00:00:00Z', '2027-05-13T00:00:00Z', true],
      ['duration@example.org', '2027-06-01T00:00:00Z', '2027-06-03T00:00:00Z', true],
      ['date-without-value@example.org', '2027-07-10T00:00:00Z', '2027-07-11T00:00:00Z', true],
      ['residential@example.org', '2027-09-17T16:00:00Z', '2027-09-19T12:00:00Z', false],
      ['wmhd@example.org/20271010', '2027-10-10T00:00:00Z', '2027-10-11T00:00:00Z', true],
    ]);
    expect(byTitle(events, 'Gŵyl Dewi festival').title).to.equal('Gŵyl Dewi festival');
    // A London month in summer starts at 23:00Z the day before: an all-day event on the 1st is in it, one on the 1st of the next month is not.
    const june = between(feed.items, '2027-05-31T23:00:00Z', '2027-06-30T23:00:00Z');
    expect(june.map((e) => e.id)).to.deep.equal(['duration@example.org']);
    const october2030 = between(feed.items, '2030-09-30T23:00:00Z', '2030-10-31T23:59:59Z');
    expect(summary(october2030)).to.deep.equal([['wmhd@example.org/20301010', '2030-10-10T00:00:00Z', '2030-10-11T00:00:00Z', 'scheduled']]);
  });

  it('floating times (LF line endings) follow the element’s time zone', async () => {
    const london = between((await loadIcs('floating.ics')).items, '2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z');
    expect(summary(london)).to.deep.equal([
      ['floating-winter@example.org', '2027-01-15T18:30:00Z', '2027-01-15T18:30:00Z', 'scheduled'],
      ['floating@example.org', '2027-07-01T09:00:00Z', '2027-07-01T10:30:00Z', 'scheduled'],
    ]);
    const newYork = between((await loadIcs('floating.ics', 'America/New_York')).items, '2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z', 'America/New_York');
    expect(newYork.map((e) => iso(e.start))).to.deep.equal(['2027-01-15T23:30:00Z', '2027-07-01T14:00:00Z']);
  });

  it('a RECURRENCE-ID override moved across the October clock change keeps its id; a UTC RECURRENCE-ID matches a local occurrence', async () => {
    const feed = await loadIcs('override-october.ics');
    expect(feed.problems).to.deep.equal([]);
    const events = between(feed.items, '2026-09-01T00:00:00Z', '2026-12-01T00:00:00Z');
    expect(events.map((e) => [e.id, iso(e.start), iso(e.end)])).to.deep.equal([
      ['autumn-series@example.org/20261001T090000Z', '2026-10-01T09:00:00Z', '2026-10-01T11:00:00Z'],
      ['autumn-series@example.org/20261008T090000Z', '2026-10-08T09:00:00Z', '2026-10-08T11:00:00Z'],
      ['autumn-series@example.org/20261015T090000Z', '2026-10-15T09:00:00Z', '2026-10-15T11:00:00Z'],
      // 22 October 10:00 BST moved to Monday 26 October 14:00 GMT
      ['autumn-series@example.org/20261022T090000Z', '2026-10-26T14:00:00Z', '2026-10-26T16:00:00Z'],
      ['autumn-series@example.org/20261029T100000Z', '2026-10-29T10:00:00Z', '2026-10-29T12:00:00Z'],
      ['autumn-series@example.org/20261105T100000Z', '2026-11-05T10:00:00Z', '2026-11-05T12:00:00Z'],
    ]);
    expect(events[3]!.title).to.equal('Autumn co-production workshop (moved to Monday)');
    expect(events[5]!.title).to.equal('Autumn co-production workshop: last session');
    // Asked for the week of 19 October only, the moved occurrence is not there; asked for the next week, it is.
    expect(between(feed.items, '2026-10-18T23:00:00Z', '2026-10-25T23:59:59Z').map((e) => e.id)).to.deep.equal([]);
    expect(between(feed.items, '2026-10-26T00:00:00Z', '2026-11-02T00:00:00Z').map((e) => iso(e.start))).to.deep.equal(['2026-10-26T14:00:00Z', '2026-10-29T10:00:00Z']);
  });

  it('RANGE=THISANDFUTURE changes that occurrence and every later one: new title, place, length and a move of an hour, across the March clock change', async () => {
    const feed = await loadIcs('apple-thisandfuture.ics');
    expect(feed.problems).to.deep.equal([]);
    const events = between(feed.items, '2027-01-01T00:00:00Z', '2027-07-01T00:00:00Z');
    const evenings = events.filter((e) => e.seriesId === '9F1E2D3C-4B5A-6978-8A9B-0C1D2E3F4A5B');
    const weekly = (from: string, weeks: number) => Array.from({length: weeks}, (_, i) => utc(from) + i * 7 * 86_400_000);
    // Four Tuesdays at 18:00-19:30 as first planned.
    const before = weekly('2027-01-05T18:00:00Z', 4).map((start) => ['Peer support evening', 'Swansea', iso(start), iso(start + 90 * 60_000), 'scheduled']);
    // From 2 February: 19:00-21:00 in Llanelli under the new title; 23 February cancelled by its own override;
    // after the clock change on 28 March, 19:00 local is 18:00Z.
    const after = weekly('2027-02-02T19:00:00Z', 10).map((start, i) => {
      const local = start >= utc('2027-03-28T01:00:00Z') ? start - 3_600_000 : start;
      return ['Peer support evening (new venue)', 'Llanelli', iso(local), iso(local + 2 * 3_600_000), i === 3 ? 'cancelled' : 'scheduled'];
    });
    expect(evenings.map((e) => [e.title, e.location?.name, iso(e.start), iso(e.end), e.status])).to.deep.equal([...before, ...after]);
    // Ids stay those of the planned occurrences, so a link to one survives the change.
    expect(evenings[5]!.id).to.equal('9F1E2D3C-4B5A-6978-8A9B-0C1D2E3F4A5B/20270209T180000Z');
    // An all-day series: from 15 June, each stall moves a day later and lasts two days.
    const stalls = events.filter((e) => e.seriesId === '7A6B5C4D-3E2F-1A0B-9C8D-7E6F5A4B3C2D').map((e) => [e.title, iso(e.start), iso(e.end)]);
    expect(stalls).to.deep.equal([
      ["Carers' week stall", '2027-06-01T00:00:00Z', '2027-06-02T00:00:00Z'],
      ["Carers' week stall", '2027-06-08T00:00:00Z', '2027-06-09T00:00:00Z'],
      ["Carers' week stall (two days)", '2027-06-16T00:00:00Z', '2027-06-18T00:00:00Z'],
      ["Carers' week stall (two days)", '2027-06-23T00:00:00Z', '2027-06-25T00:00:00Z'],
    ]);
    // A range that only the moved occurrence reaches still finds it (21:00 local on 9 March ends after 20:30Z).
    expect(between(feed.items, '2027-03-09T20:30:00Z', '2027-03-09T23:00:00Z').map((e) => e.id)).to.deep.equal(['9F1E2D3C-4B5A-6978-8A9B-0C1D2E3F4A5B/20270309T180000Z']);
  });

  it('recurrences across the March clock change stay at 10:00 local: 10:00Z in winter, 09:00Z in summer', async () => {
    const feed = await loadIcs('march-change.ics');
    const events = between(feed.items, '2027-03-01T00:00:00Z', '2027-04-16T00:00:00Z');
    expect(events.filter((e) => e.seriesId === 'thursday-weekly@example.org').map((e) => iso(e.start))).to.deep.equal([
      '2027-03-04T10:00:00Z',
      '2027-03-11T10:00:00Z',
      '2027-03-18T10:00:00Z',
      '2027-03-25T10:00:00Z',
      '2027-04-01T09:00:00Z',
      '2027-04-08T09:00:00Z',
      '2027-04-15T09:00:00Z',
    ]);
    const monthly = between(feed.items, '2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z').filter((e) => e.seriesId === 'second-tuesday@example.org');
    expect(monthly.map((e) => iso(e.start))).to.deep.equal(['2027-01-12T10:00:00Z', '2027-02-09T10:00:00Z', '2027-03-09T10:00:00Z', '2027-04-13T09:00:00Z', '2027-05-11T09:00:00Z']);
  });

  it('cancelled occurrences: EXDATE removes one, an override with STATUS:CANCELLED marks one; STATUS:CANCELLED and X-PROFIAD-STATUS:FULL on events', async () => {
    const feed = await loadIcs('cancelled.ics');
    expect(feed.problems).to.deep.equal([]);
    const events = between(feed.items, '2027-01-01T00:00:00Z', '2027-07-01T00:00:00Z');
    expect(summary(events)).to.deep.equal([
      ['monthly-drop-in@example.org/20270106T180000Z', '2027-01-06T18:00:00Z', '2027-01-06T19:30:00Z', 'scheduled'],
      ['cancelled-talk@example.org', '2027-02-10T14:00:00Z', '2027-02-10T15:30:00Z', 'cancelled'],
      ['full-workshop@example.org', '2027-02-17T10:00:00Z', '2027-02-17T10:00:00Z', 'full'],
      ['monthly-drop-in@example.org/20270303T180000Z', '2027-03-03T18:00:00Z', '2027-03-03T19:30:00Z', 'cancelled'],
      ['monthly-drop-in@example.org/20270407T170000Z', '2027-04-07T17:00:00Z', '2027-04-07T18:30:00Z', 'scheduled'],
      ['monthly-drop-in@example.org/20270505T170000Z', '2027-05-05T17:00:00Z', '2027-05-05T18:30:00Z', 'scheduled'],
      ['monthly-drop-in@example.org/20270602T170000Z', '2027-06-02T17:00:00Z', '2027-06-02T18:30:00Z', 'scheduled'],
    ]);
  });

  it('folded Welsh text with CRLF: a fold inside "ŵ" is mended, escapes (\\, \\; \\n \\\\) undone, LANGUAGE pairs made bilingual', async () => {
    const feed = await loadIcs('folded-welsh-crlf.ics');
    expect(feed.problems).to.deep.equal([]);
    expect(feed.title).to.deep.equal({en: 'Engagement events', cy: 'Digwyddiadau ymgysylltu'});
    const [event] = feed.items as CalendarEvent[];
    expect(event!.title).to.deep.equal({
      en: 'North Wales workshop: voices of people with lived experience shaping the mental health workforce plan',
      cy: 'Gweithdy Gogledd Cymru: lleisiau pobl sydd â phrofiad bywyd yn llunio’r cynllun gweithlu iechyd meddwl',
    });
    expect(event!.description).to.deep.equal({
      cy:
        'Mae croeso cynnes i bawb. Dewch i rannu eich profiad, eich syniadau; a’ch gobeithion.\n' +
        'Bydd te, coffi a chacen ar gael.\n' +
        'Llwybr: C:\\Dogfennau\\gweithdy. Mae’r ŵyl yn llawn bywyd ac mae’r dŵr yn oer ac mae’r tŷ yn gynnes.',
    });
    expect(event).to.deep.include({
      start: utc('2026-01-14T10:00:00Z'),
      end: utc('2026-01-14T15:30:00Z'),
      location: {name: 'Venue Cymru, Llandudno LL30 1BB', region: {en: 'North Wales', cy: 'Gogledd Cymru'}},
      format: 'in-person',
      language: 'bilingual',
      audience: [
        {en: 'People with lived experience', cy: 'Pobl sydd â phrofiad bywyd'},
        {en: 'Carers, family and friends', cy: 'Gofalwyr, teuluoedd a ffrindiau'},
      ],
      accessibility: {en: 'Step-free access; hearing loop.', cy: 'Mynediad heb risiau; dolen sain.'},
      bookingUrl: 'https://heiw.nhs.wales/events/north-wales-workshop/',
    });
    expect(JSON.stringify(feed.items)).not.to.contain('\uFFFD');
  });

  it('without the raw bytes a fold inside a character cannot be mended (why FeedController passes them)', async () => {
    const url = fixtureUrl('folded-welsh-crlf.ics');
    const text = await (await fetch(url)).text();
    const result = parseEventFeed(await decodeEventFeed(text, {contentType: 'text/calendar', url}), {source: url, baseUrl: url}, LONDON);
    expect(JSON.stringify(result.items)).to.contain('\uFFFD');
  });

  it('rules with no end expand only the range asked for, quickly; a rule that never matches is reported; a too-dense rule is capped', async () => {
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const feed = await loadIcs('infinite-rrule.ics');
      expect(messages(feed)).to.deep.equal([
        'VEVENT on line 12: RRULE "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30" matches no date after DTSTART (none found in 5000 tries); the event is shown once, on its DTSTART.',
      ]);
      const started = performance.now();
      const march2035 = between(feed.items, '2035-03-01T00:00:00Z', '2035-04-01T00:00:00Z').filter((e) => e.seriesId === 'forever-weekly@example.org');
      expect(march2035.map((e) => iso(e.start))).to.deep.equal([
        '2035-03-05T12:00:00Z',
        '2035-03-12T12:00:00Z',
        '2035-03-19T12:00:00Z',
        '2035-03-26T11:00:00Z', // BST from 25 March 2035
      ]);
      const everyMinute = between(feed.items, '2027-03-01T00:00:00Z', '2027-04-01T00:00:00Z').filter((e) => e.seriesId === 'every-minute@example.org');
      const elapsed = performance.now() - started;
      expect(everyMinute.length).to.be.above(1000).and.at.most(2000);
      expect(iso(everyMinute[0]!.start)).to.equal('2027-03-01T00:00:00Z');
      expect(elapsed, `${elapsed} ms`).to.be.below(1000);
      expect(warnings.some((w) => w.includes('every-minute@example.org'))).to.equal(true);
      const once = between(feed.items, '2026-01-01T00:00:00Z', '2030-01-01T00:00:00Z').filter((e) => e.id.startsWith('never-matches'));
      expect(summary(once)).to.deep.equal([['never-matches@example.org', '2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z', 'scheduled']]);
    } finally {
      console.warn = originalWarn;
    }
  });

  it('a file cut short is a format error that says where', async () => {
    expect(await formatError('truncated.ics')).to.equal('BEGIN:VEVENT on line 23 is never closed by END:VEVENT; the file looks cut short.');
  });

  it('broken VEVENTs are reported one by one with their line and UID; the others are kept, their text as text', async () => {
    const feed = await loadIcs('bad-vevents.ics');
    expect(feed.problems.map((p) => [p.index, p.id, p.message])).to.deep.equal([
      [0, 'good-1@example.org', 'VEVENT on line 4: URL "javascript:alert(document.cookie)" is not an http(s), mailto or tel URL; the event is shown without it.'],
      [1, 'bad-date@example.org', 'VEVENT on line 11 DTSTART "20271340T100000Z" is not a real date; it is not shown.'],
      [2, 'bad-rule@example.org', 'VEVENT on line 17 could not be read (invalid frequency "FORTNIGHTLY" expected: "SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY"); it is not shown.'],
      [3, 'junk-line@example.org', 'VEVENT on line 24 could not be read (invalid line (no token ";" or ":") "this line is not a property"); it is not shown.'],
      [5, 'no-start@example.org', 'VEVENT on line 35 has no DTSTART; it is not shown.'],
      [6, 'good-2@example.org', 'VEVENT on line 40: ends before it starts; it is shown without an end.'],
    ]);
    const events = feed.items as CalendarEvent[];
    // An event without a SUMMARY is kept: Google and Outlook export untitled events, and the slot is still taken.
    expect(events.map((e) => e.id)).to.deep.equal(['good-1@example.org', 'no-summary@example.org', 'good-2@example.org']);
    expect(events[1]!.title).to.equal(undefined);
    expect(events[0]!.bookingUrl).to.equal(undefined);
    expect(events[2]!.title).to.equal('<img src=x onerror=alert(1)><script>alert(2)</script>');
    expect(events[2]!.description).to.equal('<script>alert(3)</script>');
  });

  it('an HTML page at a .ics address is a format error, and nothing in it runs', async () => {
    expect(await formatError('not-a-calendar.ics')).to.equal('an iCalendar feed must start with BEGIN:VCALENDAR, but line 1 is "<!doctype html>".');
    expect((window as {__pwned?: boolean}).__pwned).to.equal(undefined);
  });

  it('reads the same calendar the same with CRLF and with LF line endings', async () => {
    const crlf = await (await fetch(fixtureUrl('march-change.ics'))).text();
    const lf = crlf.replace(/\r\n/g, '\n');
    const read = async (text: string) =>
      summary(
        between(
          parseEventFeed(await decodeEventFeed(text, {contentType: 'text/calendar', url: 'https://example.org/a.ics'}), {source: 'x', baseUrl: document.baseURI}, LONDON).items,
          '2027-01-01T00:00:00Z',
          '2027-06-01T00:00:00Z',
        ),
      );
    expect(crlf).to.contain('\r\n');
    expect(await read(lf)).to.deep.equal(await read(crlf));
    expect((await read(lf)).length).to.equal(18);
  });

  it('reads the less common forms: RDATE (also as PERIOD), EXDATE as a date, UNTIL as a date, Mozilla TZIDs, events without UID', async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//EN',
      'X-WR-TIMEZONE:Atlantis/Capital',
      'BEGIN:VEVENT',
      'UID:extra-dates@example.org',
      'SUMMARY:With extra dates',
      'DTSTART;TZID=/mozilla.org/20050126_1/Europe/London:20270105T100000',
      'DURATION:PT90M',
      'RRULE:FREQ=WEEKLY;UNTIL=20270126',
      'EXDATE;VALUE=DATE:20270112',
      'RDATE:20270130T150000Z',
      'RDATE;VALUE=PERIOD:20270601T090000Z/PT1H',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'SUMMARY:No UID at all',
      'DTSTART:20270110T100000Z',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const feed = parseEventFeed(await decodeEventFeed(ics, {contentType: 'text/calendar', url: 'https://example.org/x.ics'}), {source: 'inline', baseUrl: document.baseURI}, LONDON);
    expect(messages(feed)).to.deep.equal(['X-WR-TIMEZONE "Atlantis/Capital" is not a time zone this browser knows; floating times are read in Europe/London.']);
    const events = between(feed.items, '2027-01-01T00:00:00Z', '2027-12-31T00:00:00Z');
    expect(summary(events)).to.deep.equal([
      ['extra-dates@example.org/20270105T100000Z', '2027-01-05T10:00:00Z', '2027-01-05T11:30:00Z', 'scheduled'],
      // Without a UID, the id is the line its BEGIN:VEVENT is on.
      ['line-15', '2027-01-10T10:00:00Z', '2027-01-10T10:00:00Z', 'scheduled'],
      ['extra-dates@example.org/20270119T100000Z', '2027-01-19T10:00:00Z', '2027-01-19T11:30:00Z', 'scheduled'],
      ['extra-dates@example.org/20270126T100000Z', '2027-01-26T10:00:00Z', '2027-01-26T11:30:00Z', 'scheduled'],
      ['extra-dates@example.org/20270130T150000Z', '2027-01-30T15:00:00Z', '2027-01-30T16:30:00Z', 'scheduled'],
      ['extra-dates@example.org/20270601T090000Z', '2027-06-01T09:00:00Z', '2027-06-01T10:30:00Z', 'scheduled'],
    ]);
  });

  it('honours the numeric UTC offsets some generators write (not iCalendar), which override a TZID', async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//hand-made PHP//EN',
      'BEGIN:VEVENT',
      'UID:offset@example.org',
      'SUMMARY:Written with offsets',
      // 10:00 at UTC+1 is 09:00Z (London would read a bare 10:00 as 10:00Z in January).
      'DTSTART:20270114T100000+0100',
      'DTEND;TZID=America/New_York:20270114T113000+01:00',
      'RRULE:FREQ=DAILY;COUNT=3',
      'EXDATE:20270115T100000+0100,20270120T100000Z',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:west@example.org',
      'SUMMARY:West of Greenwich',
      'DTSTART:20270114T233000-0130',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const feed = parseEventFeed(await decodeEventFeed(ics, {contentType: 'text/calendar', url: 'https://example.org/x.ics'}), {source: 'inline', baseUrl: document.baseURI}, LONDON);
    expect(messages(feed)).to.deep.equal([]);
    expect(summary(between(feed.items, '2027-01-01T00:00:00Z', '2027-02-01T00:00:00Z'))).to.deep.equal([
      ['offset@example.org/20270114T090000Z', '2027-01-14T09:00:00Z', '2027-01-14T10:30:00Z', 'scheduled'],
      ['west@example.org', '2027-01-15T01:00:00Z', '2027-01-15T01:00:00Z', 'scheduled'],
      ['offset@example.org/20270116T090000Z', '2027-01-16T09:00:00Z', '2027-01-16T10:30:00Z', 'scheduled'],
    ]);
  });
});

describe('iCalendar: what real exports still do (Google)', () => {
  it('keeps events without a SUMMARY (untitled in Google and Outlook), with no title for the views to fill in', async () => {
    const feed = await loadIcs('google-untitled-and-odd-start.ics');
    const untitled = between(feed.items, '2026-01-19T00:00:00Z', '2026-01-23T00:00:00Z').filter((e) => e.id.startsWith('untitled'));
    expect(untitled.map((e) => [e.id, e.title])).to.deep.equal([
      ['untitled-1@google.com', undefined],
      ['untitled-2@google.com', undefined],
    ]);
    expect(messages(feed)).to.deep.equal([]);
  });

  it("counts DTSTART as the first occurrence even when the rule's days do not include it (RFC 5545, 3.8.5.3)", async () => {
    const feed = await loadIcs('google-untitled-and-odd-start.ics');
    const starts = (uid: string) =>
      between(feed.items, '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z')
        .filter((e) => e.seriesId === uid)
        .map((e) => iso(e.start));
    // Monday and Friday from Thursday 15 January: the Thursday too.
    expect(starts('mon-fri-from-thursday@google.com').slice(0, 4)).to.deep.equal(['2026-01-15T10:00:00Z', '2026-01-16T10:00:00Z', '2026-01-19T10:00:00Z', '2026-01-23T10:00:00Z']);
    // COUNT=3 includes the Thursday: Thursday, Friday, Monday.
    expect(starts('counted-from-thursday@google.com')).to.deep.equal(['2026-01-15T14:00:00Z', '2026-01-16T14:00:00Z', '2026-01-19T14:00:00Z']);
  });
});
