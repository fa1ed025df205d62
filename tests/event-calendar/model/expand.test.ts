import {expect} from '@open-wc/testing';
import type {CalendarEntry, CalendarEvent, RecurringSeries} from '../../../src/event-calendar/model/event-types.js';
import {compareOccurrences, compareTitles, eventsBetween, FirstOccurrences, occurrencesBetween, sortKey, sortOccurrences} from '../../../src/event-calendar/model/expand.js';

const utc = (iso: string) => Date.parse(iso);
const timed = (id: string, start: string, end = start, title = id): CalendarEvent => ({id, title, start: utc(start), end: utc(end), allDay: false, status: 'scheduled'});
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

  it('finds and sorts a month of a 10,000-event feed in milliseconds', () => {
    const entries = Array.from({length: 10_000}, (_, i) =>
      i % 10 === 0
        ? allDay(`d${i}`, `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`)
        : timed(`t${i}`, new Date(Date.UTC(2026, i % 12, (i % 28) + 1, i % 24)).toISOString(), new Date(Date.UTC(2026, i % 12, (i % 28) + 1, (i % 24) + 1)).toISOString(), `Event ${i}`),
    );
    for (const entry of entries) if (entry.allDay) entry.end = entry.start + 86_400_000;
    const started = performance.now();
    const july = eventsBetween(entries, julyStart, julyEnd);
    const elapsed = performance.now() - started;
    expect(july.length).to.be.within(800, 900);
    for (let i = 1; i < july.length; i++) {
      const [a, b] = [july[i - 1]!, july[i]!];
      const key = (e: CalendarEvent) => (e.allDay ? e.start : e.start + 3_600_000);
      expect(key(a) <= key(b), `${a.id} before ${b.id}`).to.equal(true);
    }
    expect(elapsed, `${elapsed} ms`).to.be.below(200);
  });
});

describe('sortOccurrences', () => {
  it('gives the order of one stable sort with compareOccurrences, ties and duplicates included', () => {
    const random = seededRandom(7);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const titles = ['Alpha', 'alpha', 'Beta', 'Café', 'Cafe', 'Event 9', 'Event 10', {en: 'Gamma', cy: 'Gama'}, {cy: 'Grŵp'}, 'Zeta'] as const;
    for (const zone of ['Europe/London', 'America/New_York']) {
      const events: CalendarEvent[] = [];
      for (let i = 0; i < 600; i++) {
        const day = Date.UTC(2026, 2, 20 + Math.floor(random() * 14));
        const event: CalendarEvent = random() < 0.2
          ? {id: `d${Math.floor(random() * 400)}`, title: pick(titles), start: day, end: day + 86_400_000, allDay: true, status: 'scheduled'}
          : {id: `t${Math.floor(random() * 400)}`, title: pick(titles), start: day + Math.floor(random() * 6) * 1_800_000, end: day + 7_200_000, allDay: false, status: 'scheduled'};
        events.push(event);
      }
      const expected = [...events].sort((a, b) => compareOccurrences(a, b, zone));
      const actual = sortOccurrences([...events], zone);
      expect(actual.length).to.equal(expected.length);
      // Identity, not just equal ids: duplicates must keep their input order.
      for (let i = 0; i < expected.length; i++) expect(actual[i] === expected[i], `position ${i} in ${zone}`).to.equal(true);
    }
  });
});

describe('FirstOccurrences', () => {
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
        const first = new FirstOccurrences(count);
        for (const event of events) first.offer(event, sortKey(event, zone));
        const expected = [...events].sort((a, b) => compareOccurrences(a, b, zone)).slice(0, count);
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

describe('compareTitles', () => {
  const collator = new Intl.Collator('en', {sensitivity: 'base', numeric: true});
  const sign = (n: number) => Math.sign(n);

  it('orders every pair as the English collator does (base sensitivity, numeric)', () => {
    const titles = [
      '', 'a', 'A', 'b', 'B', 'ab', 'Ab', 'aB', 'abc', 'abd', 'Peer support group, Bangor #12', 'Peer support group, Bangor #130', 'Peer support group, bangor #2',
      'Peer support group, Cardiff #40', 'peer support group', 'Peer-support', 'Peer support', 'Peer  support', 'Co-production panel', 'Coproduction panel', 'Co production',
      'Grŵp cymorth cymheiriaid', 'Grwp cymorth', 'Grŵp cymorth', 'Gweithdy profiad bywyd', 'Bore coffi gofalwyr', 'Carers’ coffee morning', "Carers' coffee", 'Carers coffee',
      'Café', 'Cafe', 'cafe', 'Caff', 'Ça', 'Zebra', 'zeta', 'Éclair', 'eclair', 'Oedolion', 'Œuvre', 'Straße', 'Strasse', 'Æsop', 'Aesop', 'ﬁsh', 'fish',
      'Event 9', 'Event 10', 'Event 010', 'Event 1a', 'Event a1', '10 things', '9 things', 'x_y', 'x-y', 'x.y', 'x y', 'x,y', 'xy', '(draft) Event', '#1 Event', 'ľ', 'l',
      'a\u0301b', 'áb', 'ac', 'a\u00ADb', 'Ĳssel', 'ijssel', 'Ångström', 'Angstrom', 'Łódź', 'Lodz', 'Ddydd', 'Dydd', 'Llandrindod Wells', 'Llandrindod',
    ];
    for (const a of titles) for (const b of titles) expect(sign(compareTitles(a, b)), `${a} vs ${b}`).to.equal(sign(collator.compare(a, b)));
  });

  it('agrees with the collator on random ASCII titles', () => {
    // A fixed-seed generator (mulberry32), so a failure can be repeated.
    let seed = 20260114;
    const random = () => {
      seed = (seed + 0x6d2b79f5) >>> 0;
      let t = seed;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const alphabet = 'aAbBzZ09 -,.#\'&(éŵ';
    const word = () => Array.from({length: 1 + Math.floor(random() * 6)}, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let i = 0; i < 20_000; i++) {
      const prefix = random() < 0.5 ? 'Peer support, ' : '';
      const a = prefix + word();
      const b = prefix + word();
      expect(sign(compareTitles(a, b)), `${a} vs ${b}`).to.equal(sign(collator.compare(a, b)));
    }
  });
});
