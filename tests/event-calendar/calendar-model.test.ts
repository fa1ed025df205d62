/**
 * The calendar's one model (src/event-calendar/calendar-model.ts): a month's
 * days, its count, the list and the filter options all come from it, and agree
 * with what the events say, checked here against plain reference computations.
 */
import {expect} from '@open-wc/testing';
import {toDayNumber} from '../../src/core/dom-free/dates/civil-date.js';
import {zonedDayStart} from '../../src/core/dom-free/dates/zoned-time.js';
import {CalendarModel, type EventTest} from '../../src/event-calendar/calendar-model.js';
import {decodeEventFeed} from '../../src/event-calendar/model/decode.js';
import type {CalendarEntry, CalendarEvent} from '../../src/event-calendar/model/event-types.js';
import {occurrencesBetween, overlapTest} from '../../src/event-calendar/model/expand.js';
import {parseEventFeed} from '../../src/event-calendar/model/json-feed.js';
import {eventDays} from '../../src/event-calendar/model/event-days.js';
import {GRID_DAYS, monthRange} from '../../src/event-calendar/model/month-range.js';

const origin = {source: 'property', baseUrl: 'https://example.org/'};
const entriesOf = (events: unknown[], zone = 'Europe/London'): CalendarEntry[] => parseEventFeed({events}, origin, zone).items;
const ids = (events: readonly CalendarEvent[]) => events.map((e) => e.id).sort();
const day = (iso: string) => toDayNumber({year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10))});
const everything: EventTest = () => true;

/** Events over December to February: timed, overnight, all-day and multi-day, many at the same times, with shared titles. */
function busyFeed(): unknown[] {
  const events: unknown[] = [];
  const pad = (n: number) => String(n).padStart(2, '0');
  for (let i = 0; i < 400; i++) {
    const month = [12, 1, 2][i % 3]!;
    const year = month === 12 ? 2025 : 2026;
    const date = `${year}-${pad(month)}-${pad(1 + ((i * 7) % 28))}`;
    const title = ['Peer support', 'Carers coffee', 'Grŵp cymorth', 'peer support'][i % 4];
    const region = ['North Wales', 'West Wales'][i % 2];
    if (i % 9 === 0) events.push({id: `a${i}`, title, start: date, ...(i % 18 === 0 ? {end: `${date.slice(0, 8)}${pad(2 + ((i * 7) % 28) + 1)}`} : {}), location: {name: 'Hall', region}});
    else if (i % 13 === 0) events.push({id: `o${i}`, title, start: `${date}T21:00`, end: `${date.slice(0, 8)}${pad(2 + ((i * 7) % 28))}T09:00`, location: {name: 'Hall', region}});
    else events.push({id: `t${i}`, title, start: `${date}T${pad(9 + (i % 4))}:00`, end: `${date}T${pad(10 + (i % 4))}:30`, location: {name: 'Hall', region}});
  }
  return events;
}

/** What a month grid should show, worked out plainly: per cell, every occurrence overlapping its local day, each id once, inside the bounds. */
function expectedMonth(entries: readonly CalendarEntry[], year: number, month: number, zone: string, bounds: {min?: number; max?: number}, test: EventTest) {
  const range = monthRange(year, month, zone);
  const b = range.boundaries;
  const lo = bounds.min ?? -Infinity;
  const hi = bounds.max ?? Infinity;
  const seen = new Set<string>();
  const all = occurrencesBetween(entries, b[0]!, b[GRID_DAYS]!, zone).filter((e) => !seen.has(e.id) && seen.add(e.id) && test(e));
  // Within the bounds: an event is shown when any of its days is.
  const inBounds = all.filter((e) => eventDays(e, zone).last >= lo && eventDays(e, zone).first <= hi);
  const cells = Array.from({length: GRID_DAYS}, (_, i) => ids(inBounds.filter(overlapTest(b[i]!, b[i + 1]!, zone))));
  const countFrom = Math.max(range.monthFirst, lo);
  const countTo = Math.min(range.monthLast, hi);
  const count = countTo < countFrom ? 0 : inBounds.filter(overlapTest(zonedDayStart(countFrom, zone), zonedDayStart(countTo + 1, zone), zone)).length;
  return {cells, count};
}

describe('CalendarModel: a month', () => {
  const months: [number, number][] = [
    [2025, 11],
    [2025, 12],
    [2026, 1],
    [2026, 2],
    [2026, 3],
    [2027, 6],
  ];

  for (const zone of ['Europe/London', 'America/New_York']) {
    it(`puts every occurrence on each day it covers and counts the month's events (${zone})`, () => {
      const entries = entriesOf(busyFeed(), zone);
      const model = new CalendarModel(entries, {timeZone: zone, startDay: day('2026-01-01')});
      for (const [year, month] of months) {
        const days = model.month(year, month, everything);
        const expected = expectedMonth(entries, year, month, zone, {}, everything);
        expect(days.days.map(ids), `${year}-${month}`).to.deep.equal(expected.cells);
        expect(days.count, `${year}-${month} count`).to.equal(expected.count);
      }
    });
  }

  it("keeps to min-date and max-date, and counts only the month's days within them", () => {
    const zone = 'Europe/London';
    const entries = entriesOf(busyFeed());
    const bounds = {min: day('2026-01-10'), max: day('2026-02-20')};
    const model = new CalendarModel(entries, {timeZone: zone, minDay: bounds.min, maxDay: bounds.max, startDay: bounds.min});
    for (const [year, month] of months) {
      const expected = expectedMonth(entries, year, month, zone, bounds, everything);
      const days = model.month(year, month, everything);
      expect(days.days.map(ids), `${year}-${month}`).to.deep.equal(expected.cells);
      expect(days.count, `${year}-${month} count`).to.equal(expected.count);
    }
  });

  it('applies the filters to the days and the count', () => {
    const entries = entriesOf(busyFeed());
    const model = new CalendarModel(entries, {timeZone: 'Europe/London', startDay: day('2026-01-01')});
    const north: EventTest = (e) => e.location?.region === 'North Wales';
    const expected = expectedMonth(entries, 2026, 1, 'Europe/London', {}, north);
    const days = model.month(2026, 1, north);
    expect(days.days.map(ids)).to.deep.equal(expected.cells);
    expect(days.count).to.equal(expected.count);
    expect(days.count).to.be.below(model.month(2026, 1, everything).count);
  });

  it('shows an event that two merged feeds both list once, in the grid, the count and the list', () => {
    const one = {id: 'same', title: 'Workshop', start: '2026-01-14T10:00'};
    const entries = [...entriesOf([one]), ...entriesOf([one, {id: 'other', title: 'Other', start: '2026-01-14T12:00'}])];
    const model = new CalendarModel(entries, {timeZone: 'Europe/London', startDay: day('2026-01-01')});
    const days = model.month(2026, 1, everything);
    expect(days.count).to.equal(2);
    expect(
      days.days
        .flat()
        .map((e) => e.id)
        .sort(),
    ).to.deep.equal(['other', 'same']);
    expect(model.list('en', day('2026-01-01'), everything).map(({event}) => event.id)).to.deep.equal(['same', 'other']);
  });

  it('shows the first few events of a day in display order, and the whole day sorted for its panel', () => {
    const entries = entriesOf(
      Array.from({length: 12}, (_, i) => ({id: `e${i}`, title: ['Llanelli', 'Lyons', 'Chester', 'Cymer'][i % 4], start: `2026-01-14T${String(9 + (i % 3)).padStart(2, '0')}:00`})),
    );
    const model = new CalendarModel(entries, {timeZone: 'Europe/London', startDay: day('2026-01-01')});
    const days = model.month(2026, 1, everything);
    const cell = day('2026-01-14') - days.range.firstDay;
    for (const locale of ['en', 'cy'] as const) {
      const whole = days.dayInOrder(cell, locale);
      expect(whole).to.have.length(12);
      expect(days.first(locale, 3)[cell]).to.deep.equal(whole.slice(0, 3));
    }
    // At 09:00: e0 Llanelli, e3 Cymer, e6 Chester, e9 Lyons. Welsh puts ch after every c, ll after every l.
    expect(
      days
        .dayInOrder(cell, 'en')
        .slice(0, 4)
        .map((e) => e.id),
    ).to.deep.equal(['e6', 'e3', 'e0', 'e9']);
    expect(
      days
        .dayInOrder(cell, 'cy')
        .slice(0, 4)
        .map((e) => e.id),
    ).to.deep.equal(['e3', 'e6', 'e9', 'e0']);
  });

  it('remembers the month last asked for, and works it out again for another filter', () => {
    const model = new CalendarModel(entriesOf(busyFeed()), {timeZone: 'Europe/London', startDay: day('2026-01-01')});
    const days = model.month(2026, 1, everything);
    expect(model.month(2026, 1, everything)).to.equal(days);
    expect(model.month(2026, 1, () => true)).to.not.equal(days);
  });
});

describe('CalendarModel: recurring series', () => {
  it("expands a series for the weeks a month grid shows, however far from the list's first day", async () => {
    const text = await (await fetch('/examples/event-calendar/events.ics')).text();
    const body = await decodeEventFeed(text, {contentType: 'text/calendar', url: 'https://example.org/events.ics'});
    const entries = parseEventFeed(body, origin, 'Europe/London').items;
    expect(entries.some((entry) => entry.kind === 'series')).to.equal(true);
    const model = new CalendarModel(entries, {timeZone: 'Europe/London', startDay: day('2026-01-10')});
    for (const [year, month] of [
      [2027, 3],
      [2031, 5],
    ] as const) {
      const expected = expectedMonth(entries, year, month, 'Europe/London', {}, everything);
      expect(model.month(year, month, everything).days.map(ids), `${year}-${month}`).to.deep.equal(expected.cells);
    }
  });
});
