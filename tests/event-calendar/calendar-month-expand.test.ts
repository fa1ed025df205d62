import {expect, html} from '@open-wc/testing';
import type {CalendarEntry} from '../../src/event-calendar/model/event-types.js';
import {eventsBetween, sortOccurrences} from '../../src/event-calendar/model/expand.js';
import type {ExpandRange} from '../../src/event-calendar/month-grid/month-grid-api.js';
import {GRID_DAYS, monthRange} from '../../src/event-calendar/month-grid/month-range.js';
import {$, calendar, loaded, TODAY, withEvents} from './calendar-data.js';

type Grid = HTMLElement & {entries: readonly CalendarEntry[]; expand?: ExpandRange; updateComplete: Promise<unknown>};
/** Whether the shell found its occurrences to be every single event once (private state, read to know which path `expand` takes). */
const reusesOccurrences = (el: Element) => (el as unknown as {allOccurrences: {allSingles?: unknown}}).allOccurrences.allSingles !== undefined;

/** Months around and far from the feed's, in the grid's zone and in another, up to the ends of the calendar's range. */
const MONTHS: [number, number][] = [[2025, 11], [2025, 12], [2026, 1], [2026, 2], [2026, 3], [2026, 10], [2027, 6], [0, 12], [1, 1], [2, 1], [9999, 11], [9999, 12]];

/** The grid's `expand` must find exactly the occurrences eventsBetween finds over its entries: same events (single events by identity), in any order. */
async function expectExpandExact(el: Element): Promise<void> {
  const grid = $<Grid>(el, 'profiad-calendar-month')!;
  await grid.updateComplete;
  expect(grid.expand, 'the shell passes expand').to.be.a('function');
  const singles = new Set<unknown>(grid.entries.filter((entry) => entry.kind !== 'series'));
  for (const zone of ['Europe/London', 'America/New_York']) {
    for (const [year, month] of MONTHS) {
      const range = monthRange(year, month, zone);
      const from = range.boundaries[0]!;
      const to = range.boundaries[GRID_DAYS]!;
      const expected = eventsBetween(grid.entries, from, to, zone);
      // The grid orders each day itself: compare in one order.
      const actual = sortOccurrences([...grid.expand!(from, to, zone)], zone);
      const label = `${year}-${month} in ${zone}`;
      expect(actual.map((e) => e.id), label).to.deep.equal(expected.map((e) => e.id));
      expect(actual, label).to.deep.equal(expected);
      // Single events are the feed's own objects (series make new occurrences each time): the very same ones.
      actual.forEach((event, i) => singles.has(event) && expect(event === expected[i], `${label}: ${event.id}`).to.equal(true));
    }
  }
}

/** Events over December to February: timed, overnight, all-day and multi-day, many at the same times, with shared titles; and two at the ends of time. */
function busyFeed(): unknown[] {
  const events: unknown[] = [];
  const pad = (n: number) => String(n).padStart(2, '0');
  for (let i = 0; i < 400; i++) {
    const month = [12, 1, 2][i % 3]!;
    const year = month === 12 ? 2025 : 2026;
    const day = 1 + ((i * 7) % 28);
    const date = `${year}-${pad(month)}-${pad(day)}`;
    const title = ['Peer support', 'Carers coffee', 'Grŵp cymorth', 'peer support'][i % 4];
    if (i % 9 === 0) events.push({id: `a${i}`, title, start: date, ...(i % 18 === 0 ? {end: `${year}-${pad(month)}-${pad(day + 2)}`} : {})});
    else if (i % 13 === 0) events.push({id: `o${i}`, title, start: `${date}T21:00`, end: `${year}-${pad(month)}-${pad(day + 1)}T09:00`});
    else events.push({id: `t${i}`, title, start: `${date}T${pad(9 + (i % 4))}:00`, end: `${date}T${pad(10 + (i % 4))}:30`});
  }
  // At the very ends of the calendar's range (years 1 and 9999).
  events.push(
    {id: 'first', title: 'Year one', start: '0001-01-01T00:00'},
    {id: 'first-day', title: 'Year one, all day', start: '0001-01-01'},
    {id: 'last', title: 'Year 9999', start: '9999-12-31T23:30'},
    {id: 'last-day', title: 'Year 9999, all day', start: '9999-12-31'},
  );
  return events;
}

describe('event calendar: the month grid reuses the occurrences the shell found', () => {
  it('gives the grid exactly the events eventsBetween finds, from the shell\'s occurrences, for a feed of single events', async () => {
    const el = await withEvents(busyFeed(), {width: 900, attrs: {'initial-date': '2026-01-01'}});
    expect(reusesOccurrences(el)).to.equal(true);
    await expectExpandExact(el);
  });

  it('expands as the grid would when min-date or max-date bound the occurrences', async () => {
    const el = await withEvents(busyFeed(), {width: 900, attrs: {'initial-date': '2026-01-01', 'min-date': '2026-01-10', 'max-date': '2026-02-20'}});
    expect(reusesOccurrences(el)).to.equal(false);
    await expectExpandExact(el);
  });

  it('expands as the grid would when merged feeds repeat an event (the list shows it once)', async () => {
    const feeds = '/tests/event-calendar/feeds';
    const el = await calendar(html`<profiad-event-calendar view="month" today=${TODAY} src="${feeds}/north.json ${feeds}/north.json ${feeds}/west.json"></profiad-event-calendar>`, {width: 900});
    await loaded(el);
    expect(reusesOccurrences(el)).to.equal(false);
    await expectExpandExact(el);
  });

  it('expands as the grid would for a feed with recurring series', async () => {
    const el = await calendar(html`<profiad-event-calendar view="month" today=${TODAY} src="/examples/event-calendar/events.ics"></profiad-event-calendar>`, {width: 900});
    await loaded(el);
    const grid = $<Grid>(el, 'profiad-calendar-month')!;
    expect(grid.entries.some((entry) => entry.kind === 'series')).to.equal(true);
    expect(reusesOccurrences(el)).to.equal(false);
    await expectExpandExact(el);
  });

  it('shows the same month as a grid that expands it itself', async () => {
    const el = await withEvents(busyFeed(), {width: 900, attrs: {'initial-date': '2026-01-01'}});
    const grid = $<Grid>(el, 'profiad-calendar-month')!;
    await grid.updateComplete;
    const cells = () => [...grid.shadowRoot!.querySelectorAll('[role=gridcell]')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
    const shared = cells();
    expect(shared.join('|')).to.contain('Peer support');
    grid.expand = undefined;
    await grid.updateComplete;
    expect(cells()).to.deep.equal(shared);
  });
});
