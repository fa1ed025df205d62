import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {moreName} from '../../../src/event-calendar/month-grid/month-messages.js';
import {EVENT_OPEN, type EventOpenDetail} from '../../../src/event-calendar/month-grid/month-grid-api.js';
import {visibleText} from '../../helpers/fixtures.js';
import {accessibleName, cellFor, dayButton, chipsIn, focused, focusedDate, LANGS, manyOnDay, monthGrid, moreIn, panel, panelEvents, settle} from './month-helpers.js';

/** Days with 3 + hidden events: hidden counts 1, 2, 3, 6 and 4 give the Welsh categories one, two, few, many and other. */
const HIDDEN = {5: 1, 6: 2, 7: 3, 8: 6, 9: 4} as const;
const entries = Object.entries(HIDDEN).flatMap(([day, hidden]) => manyOnDay(Number(day), 3 + hidden));

const names = {
  en: {1: 'Show 1 more event', 2: 'Show 2 more events', 3: 'Show 3 more events', 6: 'Show 6 more events', 4: 'Show 4 more events'},
  cy: {
    1: 'Dangos 1 digwyddiad arall',
    2: 'Dangos 2 ddigwyddiad arall',
    3: 'Dangos 3 digwyddiad arall',
    6: 'Dangos 6 digwyddiad arall',
    4: 'Dangos 4 o ddigwyddiadau eraill',
  },
};
const visible = {en: (n: number) => `+${n} more`, cy: (n: number) => `+${n} arall`};
const iso = (day: number) => `2026-01-${String(day).padStart(2, '0')}`;

for (const lang of LANGS) {
  describe(`month grid "+N more" (${lang})`, () => {
    it('shows three chips and a visible "+N more" whose name is the whole sentence in the right plural form', async () => {
      const el = await monthGrid(lang, {entries});
      for (const [day, hidden] of Object.entries(HIDDEN)) {
        const cell = cellFor(el, iso(Number(day)));
        expect(chipsIn(cell), `chips on ${day}`).to.have.length(3);
        const more = moreIn(cell)!;
        expect(more, `more on ${day}`).to.exist;
        expect(visibleText(more.querySelector('[aria-hidden=true]'))).to.equal(visible[lang](hidden));
        expect(accessibleName(more)).to.equal(names[lang][hidden]);
      }
      // A day with exactly three events needs no "more".
      const three = await monthGrid(lang, {entries: manyOnDay(20, 3)});
      expect(chipsIn(cellFor(three, '2026-01-20'))).to.have.length(3);
      expect(moreIn(cellFor(three, '2026-01-20'))).to.equal(null);
    });

    it('has a zero form too (for completeness of the six Welsh categories)', () => {
      expect(moreName(lang, 0)).to.equal(lang === 'en' ? 'No more events' : 'Dim digwyddiadau eraill');
    });

    it('opens the day when "+N more" is activated, moving focus to the first hidden event with the rest next in the tab order', async () => {
      const el = await monthGrid(lang, {entries});
      moreIn(cellFor(el, iso(8)))!.click();
      await settle(el);
      expect(focusedDate(el)).to.not.equal(iso(8)); // focus went to the panel ...
      const events = panelEvents(el);
      expect(events).to.have.length(9);
      expect(focused(el)).to.equal(events[3]); // ... on the first event that had no chip
      expect(visibleText(events[3])).to.contain('Event 4');
      expect(accessibleName(events[3]!)).to.equal(lang === 'en' ? '09:30, Event 4, Thursday 8 January 2026' : '09:30, Event 4, Dydd Iau, 8 Ionawr 2026');
      await sendKeys({press: 'Tab'});
      expect(focused(el)).to.equal(events[4]);
      // The day of the "+N more" now holds the grid's tab stop, so Escape returns there.
      await sendKeys({press: 'Escape'});
      await settle(el);
      expect(panel(el)).to.equal(null);
      expect(focusedDate(el)).to.equal(iso(8));
    });

    it('reaches "+N more" by keyboard after the day\'s chips, and Enter on it does the same', async () => {
      const el = await monthGrid(lang, {entries});
      dayButton(el, iso(9)).focus();
      await settle(el);
      for (let i = 0; i < 4; i++) await sendKeys({press: 'Tab'});
      expect(focused(el)).to.equal(moreIn(cellFor(el, iso(9))));
      await sendKeys({press: 'Enter'});
      await settle(el);
      expect(focused(el)).to.equal(panelEvents(el)[3]);
      expect(panelEvents(el)).to.have.length(7);
    });

    it("orders a day's chips and its panel by time, all-day first, whatever order the feed lists them in", async () => {
      // Nine timed events listed latest first, with an all-day event in the middle of them.
      const day = Date.UTC(2026, 0, 21);
      const shuffled = [...manyOnDay(21, 9)].reverse();
      shuffled.splice(4, 0, {id: 'whole-day', title: 'All-day event', start: day, end: day + 86_400_000, allDay: true, status: 'scheduled'});
      const el = await monthGrid(lang, {entries: shuffled});
      const opened: string[] = [];
      el.addEventListener(EVENT_OPEN, (e) => opened.push((e as CustomEvent<EventOpenDetail>).detail.event.id));
      const cell = cellFor(el, iso(21));
      const chips = chipsIn(cell);
      expect(chips.map((chip) => visibleText(chip.querySelector('.title')))).to.deep.equal(['All-day event', 'Event 1', 'Event 2']);
      chips[2]!.click();
      expect(opened).to.deep.equal(['e21-2']);
      moreIn(cell)!.click();
      await settle(el);
      const titles = panelEvents(el).map((event) => visibleText(event.querySelector('.title')));
      expect(titles).to.deep.equal(['All-day event', ...Array.from({length: 9}, (_, i) => `Event ${i + 1}`)]);
      expect(focused(el)).to.equal(panelEvents(el)[3]);
      panelEvents(el)[9]!.click();
      expect(opened).to.deep.equal(['e21-2', 'e21-9']);
    });

    it('fires EVENT_OPEN for a hidden event opened from the panel', async () => {
      const el = await monthGrid(lang, {entries});
      const opened: EventOpenDetail[] = [];
      el.addEventListener(EVENT_OPEN, (e) => opened.push((e as CustomEvent<EventOpenDetail>).detail));
      moreIn(cellFor(el, iso(5)))!.click();
      await settle(el);
      await sendKeys({press: 'Enter'});
      expect(opened).to.have.length(1);
      expect(opened[0]!.event.id).to.equal('e5-4');
      expect(opened[0]!.trigger).to.equal(panelEvents(el)[3]);
    });
  });
}
