import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {MONTH_CHANGE, type MonthChangeDetail} from '../../../src/event-calendar/month-grid/month-grid-api.js';
import {button, focused, headingText, LANGS, liveText, monthGrid, settle, tabStops, timed} from './month-helpers.js';

const entries = [timed('nw', 'North Wales workshop', '2026-01-14T14:00:00Z', '2026-01-14T16:00:00Z')];
const months = {
  en: {dec: 'December 2025', jan: 'January 2026', feb: 'February 2026', mar: 'March 2026'},
  cy: {dec: 'Rhagfyr 2025', jan: 'Ionawr 2026', feb: 'Chwefror 2026', mar: 'Mawrth 2026'},
};

for (const lang of LANGS) {
  const m = months[lang];
  describe(`month grid toolbar (${lang})`, () => {
    it('moves a month with Previous and Next, announcing the new month politely and keeping focus on the button', async () => {
      const el = await monthGrid(lang, {entries});
      const changes: MonthChangeDetail[] = [];
      el.addEventListener(MONTH_CHANGE, (e) => changes.push((e as CustomEvent<MonthChangeDetail>).detail));
      const status = el.shadowRoot!.querySelector('[role=status]')!;
      expect(status.textContent!.trim()).to.equal(''); // nothing read out on first render
      const next = button(el, 'next-button');
      next.focus();
      await sendKeys({press: 'Enter'});
      await settle(el);
      expect(headingText(el)).to.equal(m.feb);
      expect(liveText(el)).to.equal(m.feb);
      expect(focused(el)).to.equal(next);
      await sendKeys({press: 'Enter'});
      await settle(el);
      expect(liveText(el)).to.equal(m.mar);
      button(el, 'previous-button').click();
      button(el, 'previous-button').click();
      button(el, 'previous-button').click();
      await settle(el);
      expect(headingText(el)).to.equal(m.dec);
      expect(liveText(el)).to.equal(m.dec);
      expect(changes.map((c) => `${c.year}-${c.month}`)).to.deep.equal(['2026-2', '2026-3', '2026-2', '2026-1', '2025-12']);
      // The tab stop follows to the same day of the shown month.
      expect(tabStops(el).map((c) => c.dataset.date)).to.deep.equal(['2025-12-14']);
    });

    it("goes back to today's month and day with Today", async () => {
      const el = await monthGrid(lang, {entries, year: 2026, month: 3});
      expect(tabStops(el).map((c) => c.dataset.date)).to.deep.equal(['2026-03-01']);
      button(el, 'today-button').click();
      await settle(el);
      expect(headingText(el)).to.equal(m.jan);
      expect(liveText(el)).to.equal(m.jan);
      expect(tabStops(el).map((c) => c.dataset.date)).to.deep.equal(['2026-01-14']);
    });

    it('disables Previous, Next and Today beyond min and max dates (aria-disabled, so focus stays) and ignores them there', async () => {
      const el = await monthGrid(lang, {entries, minDate: {year: 2026, month: 1, day: 5}, maxDate: {year: 2026, month: 2, day: 20}});
      const [previous, today, next] = ['previous-button', 'today-button', 'next-button'].map((p) => button(el, p));
      expect(previous!.getAttribute('aria-disabled')).to.equal('true');
      expect(next!.getAttribute('aria-disabled')).to.equal('false');
      expect(today!.getAttribute('aria-disabled')).to.equal('false');
      previous!.click();
      await settle(el);
      expect(headingText(el)).to.equal(m.jan);
      next!.focus();
      await sendKeys({press: 'Enter'});
      await settle(el);
      expect(headingText(el)).to.equal(m.feb);
      expect(next!.getAttribute('aria-disabled')).to.equal('true');
      expect(previous!.getAttribute('aria-disabled')).to.equal('false');
      expect(focused(el)).to.equal(next);
      await sendKeys({press: 'Enter'});
      await settle(el);
      expect(headingText(el)).to.equal(m.feb);

      const later = await monthGrid(lang, {entries, year: 2026, month: 3, minDate: {year: 2026, month: 2, day: 1}});
      expect(button(later, 'today-button').getAttribute('aria-disabled')).to.equal('true');
      button(later, 'today-button').click();
      await settle(later);
      expect(headingText(later)).to.equal(m.mar);
    });

    it('starts the tab stop inside min-date when the month begins before it', async () => {
      const el = await monthGrid(lang, {entries, year: 2026, month: 2, minDate: {year: 2026, month: 2, day: 10}});
      expect(tabStops(el).map((c) => c.dataset.date)).to.deep.equal(['2026-02-10']);
    });
  });
}
