import {expect} from '@open-wc/testing';
import {MONTH_GRID_PARTS} from '../../../src/event-calendar/month-grid/month-grid-api.js';
import {visibleText} from '../../helpers/fixtures.js';
import {accessibleName, allDay, button, cellFor, dayButton, cells, chipsIn, focusedDate, manyOnDay, moreIn, settle, headingText, LANGS, monthGrid, root, tabStops, timed} from './month-helpers.js';

const workshop = timed('nw', {en: 'North Wales workshop', cy: 'Gweithdy Gogledd Cymru'}, '2026-01-14T14:00:00Z', '2026-01-14T16:00:00Z');
const carmarthen = allDay('carm', {en: 'Carmarthen drop-in', cy: 'Sesiwn galw heibio Caerfyrddin'}, '2026-01-14');
const cancelled = timed('cx', {en: 'Swansea forum', cy: 'Fforwm Abertawe'}, '2026-01-20T10:00:00Z', '2026-01-20T11:00:00Z', 'cancelled');
const full = timed('full', {en: 'Cardiff walk', cy: 'Taith gerdded Caerdydd'}, '2026-01-21T18:30:00Z', '2026-01-21T19:30:00Z', 'full');
const entries = [workshop, carmarthen, cancelled, full];

const expected = {
  en: {
    heading: 'January 2026',
    buttons: ['Previous month', 'Today', 'Next month'],
    days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    short: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    day14: 'Wednesday 14 January 2026, 2 events',
    day15: 'Thursday 15 January 2026, no events',
    day20: 'Tuesday 20 January 2026, 1 event',
    workshop: '14:00, North Wales workshop, Wednesday 14 January 2026',
    carmarthen: 'Carmarthen drop-in, all day, Wednesday 14 January 2026',
    cancelled: 'Cancelled: 10:00, Swansea forum, Tuesday 20 January 2026',
    full: 'Fully booked: 18:30, Cardiff walk, Wednesday 21 January 2026',
    cancelledWord: 'Cancelled',
    fullWord: 'Fully booked',
  },
  cy: {
    heading: 'Ionawr 2026',
    buttons: ['Mis blaenorol', 'Heddiw', 'Mis nesaf'],
    days: ['Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn', 'Dydd Sul'],
    short: ['Llun', 'Maw', 'Mer', 'Iau', 'Gwe', 'Sad', 'Sul'],
    day14: 'Dydd Mercher, 14 Ionawr 2026, 2 ddigwyddiad',
    day15: 'Dydd Iau, 15 Ionawr 2026, dim digwyddiadau',
    day20: 'Dydd Mawrth, 20 Ionawr 2026, 1 digwyddiad',
    workshop: '14:00, Gweithdy Gogledd Cymru, Dydd Mercher, 14 Ionawr 2026',
    carmarthen: "Sesiwn galw heibio Caerfyrddin, drwy'r dydd, Dydd Mercher, 14 Ionawr 2026",
    cancelled: "Wedi'i ganslo: 10:00, Fforwm Abertawe, Dydd Mawrth, 20 Ionawr 2026",
    full: 'Llawn: 18:30, Taith gerdded Caerdydd, Dydd Mercher, 21 Ionawr 2026',
    cancelledWord: "Wedi'i ganslo",
    fullWord: 'Llawn',
  },
};

for (const lang of LANGS) {
  const want = expected[lang];
  describe(`month grid semantics (${lang})`, () => {
    it('has a toolbar with the month heading at the given level and three named buttons', async () => {
      const el = await monthGrid(lang, {entries, headingLevel: 3});
      const heading = root(el).querySelector('[part~=month-heading]')!;
      expect(heading.tagName).to.equal('H3');
      expect(headingText(el)).to.equal(want.heading);
      const buttons = ['previous-button', 'today-button', 'next-button'].map((p) => button(el, p));
      expect(buttons.map((b) => visibleText(b.querySelector('.label')))).to.deep.equal(want.buttons);
      expect(buttons.map(accessibleName)).to.deep.equal(want.buttons);
      expect(root(el).querySelector('.base')!.getAttribute('lang')).to.equal(lang);
    });

    it('is a grid labelled by the heading, with a header row and six weeks of seven days, Monday first', async () => {
      const el = await monthGrid(lang, {entries});
      const grid = root(el).querySelector('[role=grid]')!;
      const heading = root(el).querySelector('[part~=month-heading]')!;
      expect(grid.getAttribute('aria-labelledby')).to.equal(heading.id);
      const rows = [...grid.querySelectorAll(':scope > [role=row]')];
      expect(rows).to.have.length(7);
      const headers = [...rows[0]!.querySelectorAll('[role=columnheader]')];
      expect(headers.map((h) => visibleText(h.querySelector('.visually-hidden')))).to.deep.equal(want.days);
      expect(headers.map((h) => visibleText(h.querySelector('[aria-hidden=true]')))).to.deep.equal(want.short);
      for (const row of rows.slice(1)) expect(row.querySelectorAll(':scope > [role=gridcell]')).to.have.length(7);
      const dates = cells(el).map((c) => c.dataset.date);
      expect(dates[0]).to.equal('2025-12-29'); // the Monday before Thursday 1 January 2026
      expect(dates[41]).to.equal('2026-02-08');
    });

    it('gives the names a screen reader reads: grid, full day names, full dates with event counts, events with time, title and date', async () => {
      const el = await monthGrid(lang, {entries});
      expect(accessibleName(root(el).querySelector('[role=grid]')!)).to.equal(want.heading);
      expect([...root(el).querySelectorAll('[role=columnheader]')].map(accessibleName)).to.deep.equal(want.days);
      expect(accessibleName(dayButton(el, '2026-01-14'))).to.equal(want.day14);
      expect(accessibleName(dayButton(el, '2026-01-15'))).to.equal(want.day15);
      expect(accessibleName(dayButton(el, '2026-01-20'))).to.equal(want.day20);
      expect(chipsIn(cellFor(el, '2026-01-14')).map(accessibleName)).to.deep.equal([want.carmarthen, want.workshop]);
      expect(accessibleName(chipsIn(cellFor(el, '2026-01-20'))[0]!)).to.equal(want.cancelled);
      expect(accessibleName(chipsIn(cellFor(el, '2026-01-21'))[0]!)).to.equal(want.full);
    });

    it("has exactly one tab stop, on today, and only that day's events in the tab order", async () => {
      const el = await monthGrid(lang, {entries});
      expect(tabStops(el).map((c) => c.dataset.date)).to.deep.equal(['2026-01-14']);
      const today = cellFor(el, '2026-01-14');
      expect(today.querySelector('.day-button')!.getAttribute('aria-current')).to.equal('date');
      expect(today.getAttribute('part')).to.contain('day-today');
      expect(chipsIn(today).map((c) => c.tabIndex)).to.deep.equal([0, 0]);
      expect(chipsIn(cellFor(el, '2026-01-20')).map((c) => c.tabIndex)).to.deep.equal([-1]);
      expect(cells(el).filter((c) => c.querySelector('[aria-current]'))).to.have.length(1);
    });

    it('shows cancelled and fully booked in words, not colour alone', async () => {
      const el = await monthGrid(lang, {entries});
      expect(visibleText(chipsIn(cellFor(el, '2026-01-20'))[0])).to.contain(want.cancelledWord);
      expect(visibleText(chipsIn(cellFor(el, '2026-01-21'))[0])).to.contain(want.fullWord);
      expect(chipsIn(cellFor(el, '2026-01-20'))[0]!.getAttribute('part')).to.contain('event-chip-cancelled');
    });

    it('shows the time and title on a chip (all-day events first), the title in the fallback language marked with lang', async () => {
      const englishOnly = timed('en-only', 'Peer support circle', '2026-01-14T18:00:00Z', '2026-01-14T19:00:00Z');
      const el = await monthGrid(lang, {entries: [...entries, englishOnly]});
      const chips = chipsIn(cellFor(el, '2026-01-14'));
      expect(chips.map((c) => visibleText(c))).to.deep.equal(
        lang === 'en'
          ? ['Carmarthen drop-in', '14:00 North Wales workshop', '18:00 Peer support circle']
          : ['Sesiwn galw heibio Caerfyrddin', '14:00 Gweithdy Gogledd Cymru', '18:00 Peer support circle'],
      );
      const onlyEnglish = {...workshop, id: 'en-title', title: {en: 'Only in English'}, start: Date.parse('2026-01-16T10:00:00Z'), end: Date.parse('2026-01-16T11:00:00Z')};
      const el2 = await monthGrid(lang, {entries: [onlyEnglish]});
      const marked = chipsIn(cellFor(el2, '2026-01-16'))[0]!.querySelector('[lang]');
      if (lang === 'cy') expect(marked?.getAttribute('lang')).to.equal('en');
      else expect(marked).to.equal(null);
    });
  });
}

describe('month grid language', () => {
  it('switches language live when the page language changes', async () => {
    const el = await monthGrid('en', {entries});
    expect(headingText(el)).to.equal('January 2026');
    el.parentElement!.lang = 'cy';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(headingText(el)).to.equal('Ionawr 2026');
    expect(dayButton(el, '2026-01-14').getAttribute('aria-label')).to.equal(expected.cy.day14);
    expect(accessibleName(button(el, 'next-button'))).to.equal('Mis nesaf');
  });
});

describe('month grid parts and API', () => {
  it('names every ::part it renders in MONTH_GRID_PARTS (the list the shell re-exports), and nothing more', async () => {
    const el = await monthGrid('en', {entries: [...entries, ...manyOnDay(8, 5)]});
    moreIn(cellFor(el, '2026-01-08'))!.click();
    await settle(el);
    const rendered = new Set([...root(el).querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/)));
    expect([...rendered].sort()).to.deep.equal([...MONTH_GRID_PARTS].sort());
  });

  it('moves the tab stop and focus to a date with focusDate(), changing month', async () => {
    const el = await monthGrid('en', {entries});
    el.focusDate({year: 2026, month: 3, day: 17});
    await settle(el);
    expect(headingText(el)).to.equal('March 2026');
    expect(focusedDate(el)).to.equal('2026-03-17');
  });
});
