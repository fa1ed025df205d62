/**
 * What calendars exported by Google and Outlook contain, as a reader meets it:
 * untitled events, series whose first date is not on the rule's days, and a
 * calendar opened on initial-date.
 */
import {expect, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {until, visibleText} from '../helpers/fixtures.js';
import {$, $$, calendar, deepActiveElement, listedTitles, loaded, openEvent, type Lang} from './calendar-data.js';

const FEED = '/test-feeds/raw/ics/google-untitled-and-odd-start.ics';
const UNTITLED = {en: '(No title)', cy: '(Dim teitl)'};

for (const lang of ['en', 'cy'] as Lang[]) {
  describe(`event calendar: real exports (${lang})`, () => {
    it('lists an untitled event as "(No title)" rather than leaving it out, and names it so in the grid and the dialog', async () => {
      const el = await calendar(html`<profiad-event-calendar view="list" today="2026-01-19" src=${FEED}></profiad-event-calendar>`, {lang});
      await loaded(el);
      expect(listedTitles(el)).to.include(UNTITLED[lang]);
      const dialog = await openEvent(el, UNTITLED[lang]);
      expect(visibleText(dialog.querySelector('[part~=dialog-title]'))).to.equal(UNTITLED[lang]);
      dialog.close();

      el.setAttribute('view', 'month');
      el.setAttribute('initial-date', '2026-01-20');
      await el.updateComplete;
      const grid = $(el, 'profiad-calendar-month')!;
      await (grid as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      const chip = grid.shadowRoot!.querySelector('[data-date="2026-01-20"] [part~=event-chip]')!;
      expect(visibleText(chip)).to.contain(UNTITLED[lang]);
      expect(chip.getAttribute('aria-label')).to.contain(UNTITLED[lang]);
    });

    it('shows a weekly Monday and Friday series from its first date, a Thursday', async () => {
      const el = await calendar(html`<profiad-event-calendar view="list" today="2026-01-14" src=${FEED}></profiad-event-calendar>`, {lang});
      await loaded(el);
      const firstDay = $$(el, '[part~=day]')[0]!;
      expect(firstDay.dataset.day).to.equal('2026-01-15');
      expect([...firstDay.querySelectorAll('[part~=event-button]')].map(visibleText)).to.deep.equal(['Drop-in', 'Three sessions']);
    });
  });
}

describe('event calendar: initial-date and the month grid', () => {
  it("puts the grid's tab stop on initial-date, so Tab lands there, not on the 1st", async () => {
    const el = await calendar(html`<profiad-event-calendar view="month" today="2026-03-02" initial-date="2026-01-20" src=${FEED}></profiad-event-calendar>`, {width: 900});
    await loaded(el);
    const grid = $(el, 'profiad-calendar-month')!;
    await (grid as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    const before = $(el, '[part~=view-button][data-view=list]')!;
    before.focus();
    // From the view switch, Tab goes through the month buttons (previous, today, next) to the grid's one tab stop.
    for (let i = 0; i < 8 && !deepActiveElement()?.classList.contains('day-button'); i++) await sendKeys({press: 'Tab'});
    await until(() => deepActiveElement()?.classList.contains('day-button') ?? false, 'a day button to have focus');
    expect(deepActiveElement()!.closest<HTMLElement>('[role=gridcell]')!.dataset.date).to.equal('2026-01-20');
  });
});
