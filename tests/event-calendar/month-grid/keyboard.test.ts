import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {EVENT_OPEN, MONTH_CHANGE, type EventOpenDetail, type MonthChangeDetail} from '../../../src/event-calendar/month-grid/month-grid-api.js';
import type {ProfiadCalendarMonth} from '../../../src/event-calendar/month-grid/calendar-month.component.js';
import {visibleText} from '../../helpers/fixtures.js';
import {
  accessibleName,
  allDay,
  cellFor,
  dayButton,
  chipsIn,
  focused,
  focusedDate,
  headingText,
  LANGS,
  liveText,
  monthGrid,
  panel,
  panelEvents,
  root,
  settle,
  tabStops,
  timed,
} from './month-helpers.js';

const workshop = timed('nw', {en: 'North Wales workshop', cy: 'Gweithdy Gogledd Cymru'}, '2026-01-14T14:00:00Z', '2026-01-14T16:00:00Z');
const dropIn = allDay('carm', {en: 'Carmarthen drop-in', cy: 'Sesiwn galw heibio Caerfyrddin'}, '2026-01-14');
const entries = [workshop, dropIn];

/** Presses a key ("Tab", or "Shift+Tab": Puppeteer presses no combinations itself) and lets the grid re-render. */
async function press(el: ProfiadCalendarMonth, key: string): Promise<void> {
  const [modifier, plain] = key.length > 1 && key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({down: modifier});
  await sendKeys({press: plain!});
  if (modifier) await sendKeys({up: modifier});
  await settle(el);
}

/** Focuses a day cell the way a reader would land on it, then returns the grid. */
async function focusDay(el: ProfiadCalendarMonth, iso: string): Promise<void> {
  dayButton(el, iso).focus();
  await settle(el);
  expect(focusedDate(el)).to.equal(iso);
}

const headings = {
  en: {dec: 'December 2025', jan: 'January 2026', feb: 'February 2026', jan27: 'January 2027'},
  cy: {dec: 'Rhagfyr 2025', jan: 'Ionawr 2026', feb: 'Chwefror 2026', jan27: 'Ionawr 2027'},
};

for (const lang of LANGS) {
  const h = headings[lang];
  describe(`month grid keyboard (${lang})`, () => {
    it('moves by day with Left/Right and by week with Up/Down, keeping one tab stop on the focused day', async () => {
      const el = await monthGrid(lang, {entries});
      await focusDay(el, '2026-01-14');
      await press(el, 'ArrowRight');
      expect(focusedDate(el)).to.equal('2026-01-15');
      await press(el, 'ArrowDown');
      expect(focusedDate(el)).to.equal('2026-01-22');
      await press(el, 'ArrowLeft');
      expect(focusedDate(el)).to.equal('2026-01-21');
      await press(el, 'ArrowUp');
      expect(focusedDate(el)).to.equal('2026-01-14');
      await press(el, 'ArrowUp');
      expect(focusedDate(el)).to.equal('2026-01-07');
      expect(tabStops(el).map((c) => c.dataset.date)).to.deep.equal(['2026-01-07']);
      expect(headingText(el)).to.equal(h.jan);
    });

    it('changes month when an arrow crosses the month edge, announces the new month and tells the shell', async () => {
      const el = await monthGrid(lang, {entries});
      const changes: MonthChangeDetail[] = [];
      el.addEventListener(MONTH_CHANGE, (e) => changes.push((e as CustomEvent<MonthChangeDetail>).detail));
      await focusDay(el, '2026-01-31');
      expect(liveText(el)).to.equal('');
      await press(el, 'ArrowRight');
      expect(focusedDate(el)).to.equal('2026-02-01');
      expect(headingText(el)).to.equal(h.feb);
      expect(liveText(el)).to.equal(h.feb);
      expect(accessibleName(root(el).querySelector('[role=grid]')!)).to.equal(h.feb);
      expect(tabStops(el).map((c) => c.dataset.date)).to.deep.equal(['2026-02-01']);
      await press(el, 'ArrowLeft');
      expect(focusedDate(el)).to.equal('2026-01-31');
      expect(liveText(el)).to.equal(h.jan);
      await focusDay(el, '2026-01-01');
      await press(el, 'ArrowUp');
      expect(focusedDate(el)).to.equal('2025-12-25');
      expect(headingText(el)).to.equal(h.dec);
      expect(liveText(el)).to.equal(h.dec);
      await press(el, 'ArrowDown');
      expect(focusedDate(el)).to.equal('2026-01-01');
      expect(changes).to.deep.equal([
        {year: 2026, month: 2},
        {year: 2026, month: 1},
        {year: 2025, month: 12},
        {year: 2026, month: 1},
      ]);
      expect(el.year).to.equal(2026);
      expect(el.month).to.equal(1);
    });

    it('goes to the start and end of the week (Monday to Sunday) with Home and End', async () => {
      const el = await monthGrid(lang, {entries});
      await focusDay(el, '2026-01-14');
      await press(el, 'Home');
      expect(focusedDate(el)).to.equal('2026-01-12');
      await press(el, 'End');
      expect(focusedDate(el)).to.equal('2026-01-18');
      await focusDay(el, '2026-01-01');
      await press(el, 'Home');
      expect(focusedDate(el)).to.equal('2025-12-29');
      expect(headingText(el)).to.equal(h.dec);
    });

    it('moves a month with PageUp/PageDown (same day, clamped to the month) and a year with Shift', async () => {
      const el = await monthGrid(lang, {entries});
      await focusDay(el, '2026-01-31');
      await press(el, 'PageDown');
      expect(focusedDate(el)).to.equal('2026-02-28');
      expect(liveText(el)).to.equal(h.feb);
      await press(el, 'PageUp');
      expect(focusedDate(el)).to.equal('2026-01-28');
      await press(el, 'PageUp');
      expect(focusedDate(el)).to.equal('2025-12-28');
      await press(el, 'PageDown');
      await focusDay(el, '2026-01-14');
      await press(el, 'Shift+PageDown');
      expect(focusedDate(el)).to.equal('2027-01-14');
      expect(headingText(el)).to.equal(h.jan27);
    });

    it('opens the day with Enter: a panel of all its events, which takes focus; Escape closes it and returns to the day', async () => {
      const el = await monthGrid(lang, {entries});
      await focusDay(el, '2026-01-14');
      expect(panel(el)).to.equal(null);
      await press(el, 'Enter');
      expect(panel(el)).to.exist;
      expect(visibleText(panel(el)!.querySelector('[part~=day-panel-heading]'))).to.equal(lang === 'en' ? 'Wednesday 14 January 2026' : 'Dydd Mercher, 14 Ionawr 2026');
      expect(accessibleName(panel(el)!)).to.equal(lang === 'en' ? 'Wednesday 14 January 2026' : 'Dydd Mercher, 14 Ionawr 2026');
      const events = panelEvents(el);
      expect(events.map(accessibleName)).to.deep.equal(chipsIn(cellFor(el, '2026-01-14')).map(accessibleName));
      expect(focused(el)).to.equal(events[0]);
      await press(el, 'Tab');
      expect(focused(el)).to.equal(events[1]);
      await press(el, 'Tab');
      expect(focused(el)?.getAttribute('part')).to.equal('day-panel-close');
      await press(el, 'Escape');
      expect(panel(el)).to.equal(null);
      expect(focusedDate(el)).to.equal('2026-01-14');
    });

    it('opens the day with Space too, and an empty day says so and focuses its panel', async () => {
      const el = await monthGrid(lang, {entries});
      await focusDay(el, '2026-01-15');
      await press(el, ' ');
      expect(panel(el)).to.exist;
      expect(panelEvents(el)).to.have.length(0);
      expect(visibleText(panel(el))).to.contain(lang === 'en' ? 'There are no events on this day' : 'Does dim digwyddiadau ar y diwrnod hwn');
      expect(focused(el)).to.equal(panel(el));
      await press(el, 'Escape');
      expect(panel(el)).to.equal(null);
      expect(focusedDate(el)).to.equal('2026-01-15');
    });

    it('closes the panel with its Close button, returning focus to the day', async () => {
      const el = await monthGrid(lang, {entries});
      await focusDay(el, '2026-01-14');
      await press(el, 'Enter');
      root(el).querySelector<HTMLButtonElement>('[part~=day-panel-close]')!.focus();
      await press(el, 'Enter');
      expect(panel(el)).to.equal(null);
      expect(focusedDate(el)).to.equal('2026-01-14');
    });

    it('Tab from the focused day goes through its events in order, then the open panel; Escape on an event goes back to the day', async () => {
      const el = await monthGrid(lang, {entries});
      await focusDay(el, '2026-01-14');
      const chips = chipsIn(cellFor(el, '2026-01-14'));
      await press(el, 'Tab');
      expect(focused(el)).to.equal(chips[0]);
      await press(el, 'Tab');
      expect(focused(el)).to.equal(chips[1]);
      await press(el, 'Escape');
      expect(focusedDate(el)).to.equal('2026-01-14');
      // With the day's panel open, its events come next.
      await press(el, 'Enter');
      await focusDay(el, '2026-01-14');
      await press(el, 'Tab');
      await press(el, 'Tab');
      await press(el, 'Tab');
      expect(focused(el)).to.equal(panelEvents(el)[0]);
      await press(el, 'Shift+Tab');
      await press(el, 'Shift+Tab');
      await press(el, 'Shift+Tab');
      expect(focusedDate(el)).to.equal('2026-01-14');
    });

    it('fires EVENT_OPEN with the event and the chip as trigger when a chip is activated with Enter', async () => {
      const el = await monthGrid(lang, {entries});
      const opened: EventOpenDetail[] = [];
      el.addEventListener(EVENT_OPEN, (e) => opened.push((e as CustomEvent<EventOpenDetail>).detail));
      await focusDay(el, '2026-01-14');
      await press(el, 'Tab');
      await press(el, 'Tab');
      await press(el, 'Enter');
      expect(opened).to.have.length(1);
      expect(opened[0]!.event).to.equal(workshop);
      expect(opened[0]!.trigger).to.equal(chipsIn(cellFor(el, '2026-01-14'))[1]);
      // And from the day panel, with Space.
      await focusDay(el, '2026-01-14');
      await press(el, 'Enter');
      await press(el, ' ');
      expect(opened).to.have.length(2);
      expect(opened[1]!.event).to.equal(dropIn);
      expect(opened[1]!.trigger).to.equal(panelEvents(el)[0]);
    });
  });
}

describe('month grid keyboard within min and max dates', () => {
  it('stops at min-date and max-date instead of leaving them', async () => {
    const el = await monthGrid('en', {entries, minDate: {year: 2026, month: 1, day: 10}, maxDate: {year: 2026, month: 2, day: 3}});
    await focusDay(el, '2026-01-12');
    await press(el, 'ArrowUp');
    expect(focusedDate(el)).to.equal('2026-01-10');
    await press(el, 'ArrowLeft');
    expect(focusedDate(el)).to.equal('2026-01-10');
    await press(el, 'PageUp');
    expect(focusedDate(el)).to.equal('2026-01-10');
    expect(headingText(el)).to.equal('January 2026');
    await press(el, 'PageDown');
    expect(focusedDate(el)).to.equal('2026-02-03');
    await press(el, 'ArrowDown');
    expect(focusedDate(el)).to.equal('2026-02-03');
    expect(headingText(el)).to.equal('February 2026');
  });

  it('never moves focus later on its own after a key that changed nothing', async () => {
    const el = await monthGrid('en', {entries, minDate: {year: 2026, month: 1, day: 10}});
    await focusDay(el, '2026-01-10');
    await press(el, 'ArrowLeft');
    expect(focusedDate(el)).to.equal('2026-01-10');
    const next = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=next-button]')!;
    next.focus();
    el.parentElement!.lang = 'cy';
    await new Promise((resolve) => setTimeout(resolve));
    await settle(el);
    expect(headingText(el)).to.equal('Ionawr 2026');
    expect(focused(el)).to.equal(next);
  });

  it('Enter on a day whose panel is already open moves focus into the panel again', async () => {
    const el = await monthGrid('en', {entries});
    await focusDay(el, '2026-01-14');
    await press(el, 'Enter');
    await focusDay(el, '2026-01-14');
    await press(el, 'Enter');
    expect(focused(el)).to.equal(panelEvents(el)[0]);
  });
});
