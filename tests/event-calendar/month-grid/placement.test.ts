import {expect} from '@open-wc/testing';
import type {CalendarEvent, RecurringSeries} from '../../../src/event-calendar/model/event-types.js';
import {visibleText} from '../../helpers/fixtures.js';
import {accessibleName, allDay, cellFor, dayButton, cells, chipsIn, LANGS, monthGrid, moreIn, root, timed} from './month-helpers.js';

const HOUR = 3_600_000;

/**
 * A weekly series at 10:00 London time on Wednesdays from 7 October 2026 for
 * eight weeks: 09:00Z while British Summer Time lasts, 10:00Z after the clocks
 * go back on Sunday 25 October. Records the ranges it was asked for.
 */
function weeklySeries(): RecurringSeries & {asked: [number, number][]} {
  const occurrences: CalendarEvent[] = [];
  for (let week = 0; week < 8; week++) {
    const date = new Date(Date.UTC(2026, 9, 7 + week * 7));
    const summer = date.getTime() < Date.UTC(2026, 9, 25);
    const start = date.getTime() + (summer ? 9 : 10) * HOUR;
    occurrences.push({id: `peer-${week}`, seriesId: 'peer', title: {en: 'Peer support group', cy: 'Grŵp cymorth gan gymheiriaid'}, start, end: start + HOUR, allDay: false, status: 'scheduled'});
  }
  const asked: [number, number][] = [];
  return {
    kind: 'series',
    seriesId: 'peer',
    asked,
    occurrencesBetween(rangeStart, rangeEnd) {
      asked.push([rangeStart, rangeEnd]);
      return occurrences.filter((o) => o.start < rangeEnd && o.end > rangeStart);
    },
  };
}

const chipNames = (cell: HTMLElement) => chipsIn(cell).map((chip) => accessibleName(chip));

for (const lang of LANGS) {
  describe(`month grid placement (${lang})`, () => {
    it('shows a weekly series at 10:00 on the right Wednesdays either side of the October clock change, expanding only the visible weeks', async () => {
      const series = weeklySeries();
      const el = await monthGrid(lang, {entries: [series], year: 2026, month: 10, today: {year: 2026, month: 10, day: 1}});
      const withEvents = cells(el)
        .filter((c) => chipsIn(c).length)
        .map((c) => c.dataset.date);
      // The grid runs from Monday 28 September to Sunday 8 November.
      expect(withEvents).to.deep.equal(['2026-10-07', '2026-10-14', '2026-10-21', '2026-10-28', '2026-11-04']);
      for (const date of withEvents) expect(visibleText(chipsIn(cellFor(el, date!))[0])).to.match(/^10:00 /);
      expect(chipNames(cellFor(el, '2026-10-28'))).to.deep.equal([
        lang === 'en' ? '10:00, Peer support group, Wednesday 28 October 2026' : '10:00, Grŵp cymorth gan gymheiriaid, Dydd Mercher, 28 Hydref 2026',
      ]);
      // Asked for exactly the six weeks on screen: midnight BST on 28 September to midnight GMT on 9 November.
      expect(series.asked.at(-1)).to.deep.equal([Date.UTC(2026, 8, 27, 23), Date.UTC(2026, 10, 9)]);
    });

    it('places timed events by their local day in the time zone, around midnight and the clock change', async () => {
      const entries = [
        timed('late-bst', 'Late BST', '2026-10-24T23:30:00+01:00', '2026-10-24T23:45:00+01:00'), // 22:30Z on the 24th
        timed('early-bst', 'Early BST', '2026-10-25T00:30:00+01:00', '2026-10-25T00:45:00+01:00'), // 23:30Z on the 24th
        timed('late-gmt', 'Late GMT', '2026-10-25T23:30:00Z', '2026-10-25T23:45:00Z'),
      ];
      const el = await monthGrid(lang, {entries, year: 2026, month: 10, today: {year: 2026, month: 10, day: 1}});
      expect(chipsIn(cellFor(el, '2026-10-24')).map((c) => visibleText(c))).to.deep.equal(['23:30 Late BST']);
      expect(chipsIn(cellFor(el, '2026-10-25')).map((c) => visibleText(c))).to.deep.equal(['00:30 Early BST', '23:30 Late GMT']);
      const newYork = await monthGrid(lang, {entries: [timed('ny', 'Call', '2026-01-14T02:00:00Z', '2026-01-14T03:00:00Z')], timeZone: 'America/New_York'});
      expect(chipsIn(cellFor(newYork, '2026-01-13')).map((c) => visibleText(c))).to.deep.equal(['21:00 Call']);
      expect(chipsIn(cellFor(newYork, '2026-01-14'))).to.have.length(0);
    });

    it('shows multi-day events on every day they cover, across the month edge, and not on the day an event ends at midnight', async () => {
      const entries = [
        allDay('conf', {en: 'Conference', cy: 'Cynhadledd'}, '2026-01-19', '2026-01-21'),
        timed('retreat', {en: 'Retreat', cy: 'Encil'}, '2026-01-22T18:00:00Z', '2026-01-24T12:00:00Z'),
        timed('midnight', {en: 'Evening', cy: 'Noswaith'}, '2026-01-26T22:00:00Z', '2026-01-27T00:00:00Z'),
        allDay('edge', {en: 'Festival', cy: 'Gŵyl'}, '2026-01-30', '2026-02-02'),
      ];
      const el = await monthGrid(lang, {entries});
      const daysOf = (title: string) =>
        cells(el)
          .filter((c) => chipsIn(c).some((chip) => visibleText(chip).includes(title)))
          .map((c) => c.dataset.date);
      const t = (en: string, cy: string) => (lang === 'en' ? en : cy);
      expect(daysOf(t('Conference', 'Cynhadledd'))).to.deep.equal(['2026-01-19', '2026-01-20', '2026-01-21']);
      expect(daysOf(t('Retreat', 'Encil'))).to.deep.equal(['2026-01-22', '2026-01-23', '2026-01-24']);
      expect(daysOf(t('Evening', 'Noswaith'))).to.deep.equal(['2026-01-26']);
      expect(daysOf(t('Festival', 'Gŵyl'))).to.deep.equal(['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02']);
      expect(chipNames(cellFor(el, '2026-01-20'))).to.deep.equal([t('Conference, all day, Tuesday 20 January 2026', "Cynhadledd, drwy'r dydd, Dydd Mawrth, 20 Ionawr 2026")]);
      expect(chipNames(cellFor(el, '2026-01-22'))).to.deep.equal([t('18:00, Retreat, Thursday 22 January 2026', '18:00, Encil, Dydd Iau, 22 Ionawr 2026')]);
      expect(chipNames(cellFor(el, '2026-01-23'))).to.deep.equal([t('Continues, Retreat, Friday 23 January 2026', 'Yn parhau, Encil, Dydd Gwener, 23 Ionawr 2026')]);
      expect(dayButton(el, '2026-01-31').getAttribute('aria-label')).to.equal(t('Saturday 31 January 2026, 1 event', 'Dydd Sadwrn, 31 Ionawr 2026, 1 digwyddiad'));
      expect(cellFor(el, '2026-02-01').getAttribute('part')).to.contain('day-outside');
    });

    it('shows only the occurrences the filter accepts, and counts only those', async () => {
      const entries = [timed('a', 'Kept', '2026-01-14T10:00:00Z', '2026-01-14T11:00:00Z'), timed('b', 'Dropped', '2026-01-14T12:00:00Z', '2026-01-14T13:00:00Z', 'cancelled')];
      const el = await monthGrid(lang, {entries, filter: (e) => e.status !== 'cancelled'});
      expect(chipsIn(cellFor(el, '2026-01-14')).map((c) => visibleText(c))).to.deep.equal(['10:00 Kept']);
      expect(dayButton(el, '2026-01-14').getAttribute('aria-label')).to.equal(lang === 'en' ? 'Wednesday 14 January 2026, 1 event' : 'Dydd Mercher, 14 Ionawr 2026, 1 digwyddiad');
      el.filter = () => true;
      await el.updateComplete;
      expect(chipsIn(cellFor(el, '2026-01-14'))).to.have.length(2);
    });
  });
}

describe('month grid DOM size', () => {
  /** `count` events spread over January 2026 (some all-day and multi-day), as a busy feed might hold. */
  function busyMonth(count: number): CalendarEvent[] {
    return Array.from({length: count}, (_, i) => {
      const day = 1 + (i % 31);
      if (i % 50 === 0) return allDay(`ad${i}`, `All-day ${i}`, `2026-01-${String(day).padStart(2, '0')}`, `2026-01-${String(Math.min(day + 2, 31)).padStart(2, '0')}`);
      const start = Date.UTC(2026, 0, day, 8 + (i % 12), (i * 7) % 60);
      return {id: `ev${i}`, title: {en: `Event ${i}`, cy: `Digwyddiad ${i}`}, start, end: start + HOUR, allDay: false, status: i % 13 === 0 ? 'cancelled' : 'scheduled'};
    });
  }
  const size = (root: ShadowRoot) => root.querySelectorAll('*').length;

  it('renders the same small DOM for 5,000 events in a month as for 200: six weeks, at most three chips a day', async () => {
    const small = await monthGrid('en', {entries: busyMonth(200)});
    const smallSize = size(root(small));
    const big = await monthGrid('cy', {entries: busyMonth(5000)});
    const bigSize = size(root(big));
    expect(cells(big)).to.have.length(42);
    expect(root(big).querySelectorAll('[part~=event-chip]').length).to.be.at.most(42 * 3);
    expect(bigSize).to.be.below(1000);
    expect(bigSize).to.be.at.most(smallSize + 20);
    // Every January day shows "+N more" with the rest of its ~160 events.
    const more = moreIn(cellFor(big, '2026-01-15'))!;
    expect(Number(/\d+/.exec(visibleText(more))![0])).to.be.above(150);
  });
});
