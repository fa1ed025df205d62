import {expect} from '@open-wc/testing';
import type {CalendarEntry, CalendarEvent, RecurringSeries} from '../../../src/event-calendar/model/event-types.js';
import {compareText, compareWelshAlphabetically} from '../../../src/core/dom-free/collate.js';
import {displayOrder, FirstInDisplayOrder, inDisplayOrder, sortKey} from '../../../src/event-calendar/model/display-order.js';
import {occurrencesBetween} from '../../../src/event-calendar/model/expand.js';
import {eventsBetween} from './events-between.js';

const utc = (iso: string) => Date.parse(iso);
const timed = (id: string, start: string, end = start, title: CalendarEvent['title'] = id): CalendarEvent => ({id, title, start: utc(start), end: utc(end), allDay: false, status: 'scheduled'});
const allDay = (id: string, first: string, afterLast: string, title = id): CalendarEvent => ({
  id,
  title,
  start: utc(`${first}T00:00:00Z`),
  end: utc(`${afterLast}T00:00:00Z`),
  allDay: true,
  status: 'scheduled',
});
const ids = (events: CalendarEvent[]) => events.map((e) => e.id);
/** A small seeded generator (Park-Miller), so a randomised test sees the same events every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

describe('eventsBetween', () => {
  // July 2026 as London clocks see it: 30 June 23:00Z to 31 July 23:00Z.
  const julyStart = utc('2026-06-30T23:00:00Z');
  const julyEnd = utc('2026-07-31T23:00:00Z');

  it('keeps the events that overlap the range, including ones that start before it', () => {
    const entries = [
      timed('before', '2026-06-30T20:00:00Z', '2026-06-30T22:00:00Z'),
      timed('spanning-in', '2026-06-30T22:00:00Z', '2026-07-01T01:00:00Z'),
      timed('inside', '2026-07-14T09:00:00Z', '2026-07-14T10:00:00Z'),
      timed('no-end-at-start', '2026-06-30T23:00:00Z'),
      timed('no-end-at-end', '2026-07-31T23:00:00Z'),
      timed('ends-at-range-start', '2026-06-30T21:00:00Z', '2026-06-30T23:00:00Z'),
    ];
    expect(ids(eventsBetween(entries, julyStart, julyEnd))).to.deep.equal(['spanning-in', 'no-end-at-start', 'inside']);
  });

  it('places all-day events (floating dates) against the range as London clocks read it', () => {
    const entries = [
      allDay('30-june', '2026-06-30', '2026-07-01'),
      allDay('1-july', '2026-07-01', '2026-07-02'),
      allDay('31-july', '2026-07-31', '2026-08-01'),
      allDay('1-august', '2026-08-01', '2026-08-02'),
    ];
    expect(ids(eventsBetween(entries, julyStart, julyEnd))).to.deep.equal(['1-july', '31-july']);
    // The same dates in New York, whose July starts at 04:00Z.
    const nyStart = utc('2026-07-01T04:00:00Z');
    const nyEnd = utc('2026-08-01T04:00:00Z');
    expect(ids(eventsBetween(entries, nyStart, nyEnd, 'America/New_York'))).to.deep.equal(['1-july', '31-july']);
  });

  it('sorts by start on the clock, all-day first, then title', () => {
    const entries = [
      timed('b-late', '2026-07-14T13:00:00Z', '2026-07-14T14:00:00Z', 'Beta'),
      timed('a-early-bst', '2026-07-13T23:30:00Z', '2026-07-14T00:30:00Z', 'Zeta'), // 00:30 BST on the 14th
      allDay('whole-day', '2026-07-14', '2026-07-15', 'Yoga'),
      timed('a-late', '2026-07-14T13:00:00Z', '2026-07-14T14:00:00Z', 'alpha'),
      allDay('earlier-day', '2026-07-13', '2026-07-16', 'Zebra'),
    ];
    expect(ids(eventsBetween(entries, julyStart, julyEnd))).to.deep.equal(['earlier-day', 'whole-day', 'a-early-bst', 'a-late', 'b-late']);
  });

  it('asks each recurring series only for the range shown', () => {
    const asked: [number, number][] = [];
    const series: RecurringSeries = {
      kind: 'series',
      seriesId: 'weekly',
      occurrencesBetween(start, end) {
        asked.push([start, end]);
        return [{...timed('weekly/1', '2026-07-08T09:00:00Z', '2026-07-08T10:00:00Z'), seriesId: 'weekly'}];
      },
    };
    const entries: CalendarEntry[] = [series, timed('single', '2026-07-01T09:00:00Z')];
    expect(ids(eventsBetween(entries, julyStart, julyEnd))).to.deep.equal(['single', 'weekly/1']);
    expect(asked).to.deep.equal([[julyStart, julyEnd]]);
  });

  it('returns nothing for an empty or backwards range', () => {
    const entries = [timed('x', '2026-07-14T09:00:00Z', '2026-07-14T10:00:00Z')];
    expect(eventsBetween(entries, julyEnd, julyStart)).to.deep.equal([]);
    expect(eventsBetween(entries, julyStart, julyStart)).to.deep.equal([]);
  });
});

describe('inDisplayOrder', () => {
  /** The order written out plainly, as the reader sees it: clock time, all-day first, title in the reader's order, id. */
  const reference = (events: CalendarEvent[], zone: string, locale: 'en' | 'cy') => {
    const titles = compareText(locale);
    const clock = (e: CalendarEvent) => (e.allDay ? e.start : e.start + (new Date(e.start).toLocaleString('en-US', {timeZone: zone, timeZoneName: 'shortOffset'}).includes('GMT+1') ? 3_600_000 : 0));
    const title = (e: CalendarEvent) => (e.title === undefined ? '' : typeof e.title === 'string' ? e.title : (e.title[locale] ?? e.title[locale === 'cy' ? 'en' : 'cy'] ?? ''));
    return [...events].sort((a, b) => clock(a) - clock(b) || Number(b.allDay) - Number(a.allDay) || titles(title(a), title(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  };

  it('orders by clock time, all-day first, then the title the reader sees, then id, ties and duplicates included', () => {
    const random = seededRandom(7);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const titles = ['Alpha', 'alpha', 'Beta', 'Café', 'Cafe', 'Event 9', 'Event 10', {en: 'Gamma', cy: 'Gama'}, {cy: 'Grŵp'}, 'Zeta'] as const;
    for (const zone of ['Europe/London']) {
      const events: CalendarEvent[] = [];
      for (let i = 0; i < 600; i++) {
        const day = Date.UTC(2026, 2, 20 + Math.floor(random() * 14));
        const event: CalendarEvent =
          random() < 0.2
            ? {id: `d${Math.floor(random() * 400)}`, title: pick(titles), start: day, end: day + 86_400_000, allDay: true, status: 'scheduled'}
            : {id: `t${Math.floor(random() * 400)}`, title: pick(titles), start: day + Math.floor(random() * 6) * 1_800_000, end: day + 7_200_000, allDay: false, status: 'scheduled'};
        events.push(event);
      }
      for (const locale of ['en', 'cy'] as const) {
        const expected = reference(events, zone, locale);
        const actual = inDisplayOrder(events, zone, locale);
        expect(actual.length).to.equal(expected.length);
        // Identity, not just equal ids: fully equal events keep their input order (a stable sort).
        for (let i = 0; i < expected.length; i++) expect(actual[i] === expected[i], `position ${i} in ${zone}, ${locale}`).to.equal(true);
      }
    }
  });
});

describe('FirstInDisplayOrder', () => {
  it('keeps the first few of a day in the order a full stable sort gives, whatever order events arrive in', () => {
    const random = seededRandom(11);
    const titles = ['Alpha', 'alpha', 'Beta', 'Café', 'Cafe', 'Event 9', 'Event 10', {en: 'Gamma', cy: 'Gama'}, {cy: 'Grŵp'}] as const;
    const day = Date.UTC(2026, 9, 25); // the autumn clock change: wall clock and instant differ by an hour in the morning
    for (const zone of ['Europe/London', 'America/New_York']) {
      for (let round = 0; round < 40; round++) {
        const events: CalendarEvent[] = [];
        const size = 1 + Math.floor(random() * 30);
        for (let i = 0; i < size; i++) {
          const title = titles[Math.floor(random() * titles.length)]!;
          // Few distinct starts, so ties on the sort key (and on title, and fully equal events) are common.
          events.push(
            random() < 0.25
              ? {id: `d${Math.floor(random() * 5)}`, title, start: day, end: day + 86_400_000, allDay: true, status: 'scheduled'}
              : {id: `t${Math.floor(random() * 5)}`, title, start: day + Math.floor(random() * 4) * 1_800_000, end: day + 7_200_000, allDay: false, status: 'scheduled'},
          );
        }
        const count = 1 + (round % 4);
        const locale = round % 2 ? 'cy' : 'en';
        const first = new FirstInDisplayOrder(count, displayOrder(locale));
        for (const event of events) first.offer({event, key: sortKey(event, zone)});
        const expected = inDisplayOrder(events, zone, locale).slice(0, count);
        expect(first.events.length).to.equal(expected.length);
        for (let i = 0; i < expected.length; i++) expect(first.events[i] === expected[i], `round ${round}, position ${i} in ${zone}`).to.equal(true);
      }
    }
  });
});

describe('occurrencesBetween', () => {
  it('finds the same occurrences as eventsBetween, unsorted', () => {
    const julyStart = utc('2026-06-30T23:00:00Z');
    const julyEnd = utc('2026-07-31T23:00:00Z');
    const entries = [
      timed('late', '2026-07-14T18:00:00Z', '2026-07-14T19:00:00Z'),
      timed('early', '2026-07-02T09:00:00Z', '2026-07-02T10:00:00Z'),
      timed('august', '2026-08-02T09:00:00Z', '2026-08-02T10:00:00Z'),
      allDay('whole', '2026-07-01', '2026-07-02'),
    ];
    const found = occurrencesBetween(entries, julyStart, julyEnd);
    expect(ids(found)).to.deep.equal(['late', 'early', 'whole']);
    expect(ids(eventsBetween(entries, julyStart, julyEnd))).to.deep.equal(['whole', 'early', 'late']);
  });
});

describe("titles in the reader's language", () => {
  // The order of CLDR's Welsh collation (Intl.Collator('cy', {numeric: true}) in Node, which has full ICU):
  // digraphs are letters of their own, accents count only after the letters.
  const welshOrder = [
    'Abertawe',
    'Bangor',
    'Caerdydd',
    'Cymorth',
    'Chwilog',
    'Dinbych',
    'Dydd',
    'Ddol',
    'Efail',
    'Event 9',
    'Event 10',
    'Fflint',
    'Gwynedd',
    'Ngwynedd',
    'Hwlffordd',
    'Lima',
    'Llandudno',
    'Llŷn',
    'Mold',
    'Nant',
    'Nhwll',
    'Pen-y-bont',
    'Pwllheli',
    'Phwllheli',
    'Rhuthun',
    'Rhyl',
    'Sir Fôn',
    'Tywyn',
    'Thomas',
    'Wrecsam',
    'Ŵyl',
    'Wylo',
    'Ystrad',
  ];

  it("puts ch after c, dd after d, ff after f, ng after g, ll after l, ph after p, rh after r and th after t in Welsh, even without the browser's Welsh data", () => {
    const random = seededRandom(3);
    for (let round = 0; round < 5; round++) {
      const shuffled = [...welshOrder].sort(() => random() - 0.5);
      expect(shuffled.sort(compareWelshAlphabetically)).to.deep.equal(welshOrder);
    }
  });

  it("uses the browser's Welsh collation where it has one, and the Welsh alphabet where not: either way ll comes after every l", () => {
    const sorted = ['Llan', 'Lon', 'Lyn', 'Llys'].sort(compareText('cy'));
    expect(sorted).to.deep.equal(['Lon', 'Lyn', 'Llan', 'Llys']);
    expect(['Llan', 'Lon', 'Lyn'].sort(compareText('en'))).to.deep.equal(['Llan', 'Lon', 'Lyn']);
  });

  it('orders events at the same time by the title the reader sees, in their alphabet', () => {
    const at = '2026-07-14T09:00:00Z';
    const events = [
      timed('c', at, at, {en: 'Llandudno walk', cy: 'Taith Llandudno'}),
      timed('a', at, at, {en: 'Carers coffee', cy: 'Coffi gofalwyr'}),
      timed('b', at, at, {en: 'Lunch talk', cy: 'Sgwrs amser cinio'}),
      timed('d', at, at, {en: 'Charity fair', cy: 'Ffair elusennau'}),
    ];
    expect(ids(inDisplayOrder(events, 'Europe/London', 'en'))).to.deep.equal(['a', 'd', 'c', 'b']);
    expect(ids(inDisplayOrder(events, 'Europe/London', 'cy'))).to.deep.equal(['a', 'd', 'b', 'c']);
  });
});
