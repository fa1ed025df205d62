import type {CalendarModel} from '../../src/event-calendar/calendar-model.js';
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {until, visibleText} from '../helpers/fixtures.js';
import {$, $$, deepActiveElement, sampleEvents, withEvents, type Lang} from './calendar-data.js';

type Grid = HTMLElement & {year?: number; month?: number; updateComplete: Promise<unknown>};
const grid = (el: Element) => $<Grid>(el, 'profiad-calendar-month');
const pressed = (el: Element) => $$(el, '[part~=view-button]').map((b) => `${visibleText(b)}:${b.getAttribute('aria-pressed')}`);

describe('event calendar: views', () => {
  for (const lang of ['en', 'cy'] as Lang[]) {
    it(`${lang}: shows the list in a narrow container and the month grid in a wide one, with a labelled switch`, async () => {
      const narrow = await withEvents(sampleEvents, {lang, width: 360});
      expect(narrow.currentView).to.equal('list');
      expect($(narrow, '[part~=list]')).not.to.equal(null);
      expect(grid(narrow)).to.equal(null);
      const month = lang === 'cy' ? 'Mis' : 'Month';
      const list = lang === 'cy' ? 'Rhestr' : 'List';
      expect(pressed(narrow)).to.deep.equal([`${month}:false`, `${list}:true`]);
      expect($(narrow, '[part~=view-switch]')!.getAttribute('aria-label')).to.equal(lang === 'cy' ? 'Golwg' : 'View');

      const wide = await withEvents(sampleEvents, {lang, width: 900});
      expect(wide.currentView).to.equal('month');
      expect(grid(wide)).not.to.equal(null);
      expect($(wide, '[part~=list]')).to.equal(null);
      expect(pressed(wide)).to.deep.equal([`${month}:true`, `${list}:false`]);
    });
  }

  it('follows its own width as the container changes', async () => {
    const el = await withEvents(sampleEvents, {width: 400});
    expect(el.currentView).to.equal('list');
    el.parentElement!.style.width = '1000px';
    await until(() => el.currentView === 'month', 'month view after widening');
    await el.updateComplete;
    expect(grid(el)).not.to.equal(null);
    el.parentElement!.style.width = '300px';
    await until(() => el.currentView === 'list', 'list view after narrowing');
  });

  it('keeps the view the view attribute fixes, whatever the width', async () => {
    const list = await withEvents(sampleEvents, {width: 1000, attrs: {view: 'list'}});
    expect(list.currentView).to.equal('list');
    const month = await withEvents(sampleEvents, {width: 320, attrs: {view: 'month'}});
    expect(month.currentView).to.equal('month');
    expect(grid(month)).not.to.equal(null);
  });

  it('lets the reader switch views from the keyboard', async () => {
    const el = await withEvents(sampleEvents, {width: 400});
    const [monthButton, listButton] = $$(el, '[part~=view-button]');
    monthButton!.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(el.currentView).to.equal('month');
    expect(monthButton!.getAttribute('aria-pressed')).to.equal('true');
    expect(deepActiveElement()).to.equal(monthButton);
    await sendKeys({press: 'Tab'});
    expect(deepActiveElement()).to.equal(listButton);
    await sendKeys({press: ' '});
    await el.updateComplete;
    expect(el.currentView).to.equal('list');
  });

  it('gives the month grid the calendar’s data, month, bounds and heading level, and follows its navigation', async () => {
    const el = await withEvents(sampleEvents, {width: 900, attrs: {'initial-date': '2026-02-10', 'min-date': '2026-01-01', 'max-date': '2026-03-31', 'heading-level': '3'}});
    const g = grid(el) as Grid & Record<string, unknown>;
    await g.updateComplete;
    expect([g.year, g.month]).to.deep.equal([2026, 2]);
    expect(g.minDate).to.deep.equal({year: 2026, month: 1, day: 1});
    expect(g.maxDate).to.deep.equal({year: 2026, month: 3, day: 31});
    expect(g.today).to.deep.equal({year: 2026, month: 1, day: 10});
    const model = g.model as CalendarModel;
    expect(model.timeZone).to.equal('Europe/London');
    expect(g.initialDate).to.deep.equal({year: 2026, month: 2, day: 10});
    expect(g.headingLevel).to.equal(3);
    expect(model.entries.length).to.equal(sampleEvents.length);
    expect(visibleText(g.shadowRoot!.querySelector('[part~=month-heading]'))).to.equal('February 2026');
    // The grid's parts are styleable from the page through the calendar.
    expect(g.getAttribute('exportparts')).to.contain('day: month-day');

    // Navigate in the grid; the list and the count follow the month shown.
    g.shadowRoot!.querySelector<HTMLElement>('[part~=previous-button]')!.click();
    await g.updateComplete;
    await el.updateComplete;
    expect(visibleText(g.shadowRoot!.querySelector('[part~=month-heading]'))).to.equal('January 2026');
    expect(visibleText($(el, '[part~=result-count]'))).to.equal('5 events');
  });

  it('stops the grid’s internal events at the calendar', async () => {
    const el = await withEvents(sampleEvents, {width: 900});
    const leaked: string[] = [];
    const listener = (e: Event) => leaked.push(e.type);
    document.addEventListener('profiad-calendar-month-change', listener);
    try {
      const g = grid(el)!;
      await g.updateComplete;
      g.shadowRoot!.querySelector<HTMLElement>('[part~=next-button]')!.click();
      await g.updateComplete;
      expect(leaked).to.deep.equal([]);
    } finally {
      document.removeEventListener('profiad-calendar-month-change', listener);
    }
  });

  it('switches language live when lang changes around it', async () => {
    const el = await withEvents(sampleEvents, {lang: 'en'});
    expect($(el, '[part~=day-heading]')!.textContent).to.contain('Wednesday 14 January 2026');
    el.parentElement!.lang = 'cy';
    await until(() => visibleText($(el, '[part~=day-heading]')) === 'Dydd Mercher, 14 Ionawr 2026', 'Welsh day heading');
    expect(visibleText($(el, '[part~=past-toggle]'))).to.equal('Dangos digwyddiadau blaenorol');
    expect($(el, '.base')!.getAttribute('lang')).to.equal('cy');
  });

  it('puts its headings at heading-level, day headings one below a feed title', async () => {
    const el = await withEvents({title: {en: 'Events', cy: 'Digwyddiadau'}, events: sampleEvents}, {attrs: {'heading-level': '3'}});
    expect($(el, '[part=heading]')!.localName).to.equal('h3');
    expect($(el, '[part~=day-heading]')!.localName).to.equal('h4');
    expect($(el, 'section.base')!.getAttribute('aria-labelledby')).to.equal('heading');
    const untitled = await withEvents(sampleEvents, {attrs: {'heading-level': '4'}});
    expect($(untitled, '[part~=day-heading]')!.localName).to.equal('h4');
    expect($(untitled, 'section.base')!.getAttribute('aria-label')).to.equal('Events');
  });

  // The same rule as the milestone tracker (core/dom-free/heading-level.ts): not a whole number from 1 to 6 means 2.
  for (const invalid of ['0', '7', '-1', '2.5', 'h3', '']) {
    it(`treats heading-level="${invalid}" as 2, as the tracker does`, async () => {
      const el = await withEvents({title: {en: 'Events', cy: 'Digwyddiadau'}, events: sampleEvents}, {attrs: {'heading-level': invalid}});
      expect($(el, '[part=heading]')!.localName).to.equal('h2');
      expect($(el, '[part~=day-heading]')!.localName).to.equal('h3');
    });
  }

  it("keeps the month grid's day panel heading at h6 below an h6, not back at h2", async () => {
    const el = await withEvents(sampleEvents, {width: 900, attrs: {'heading-level': '6', view: 'month', 'initial-date': '2026-01-14'}});
    const grid = $(el, 'profiad-calendar-month')!;
    expect(grid.shadowRoot!.querySelector('[part~=month-heading]')!.localName).to.equal('h6');
    const day = grid.shadowRoot!.querySelector<HTMLButtonElement>('[data-date="2026-01-14"] .day-button')!;
    day.focus();
    day.click();
    await until(() => grid.shadowRoot!.querySelector('[part~=day-panel-heading]') !== null, 'day panel');
    expect(grid.shadowRoot!.querySelector('[part~=day-panel-heading]')!.localName).to.equal('h6');
  });
});

describe('event calendar: reflow at 400% zoom', () => {
  // A 1280px-wide window at 400% zoom leaves 320 CSS pixels: nothing may need sideways scrolling.
  for (const lang of ['en', 'cy'] as Lang[]) {
    for (const view of ['list', 'month'] as const) {
      it(`${lang}: the ${view} view with its filters fits 320px without horizontal overflow`, async () => {
        const el = await withEvents(sampleEvents, {lang, width: 320});
        el.setAttribute('view', view);
        await el.updateComplete;
        const base = $(el, '.base')!;
        const overflowing = [base, ...$$(el, '[part~=filters], [part~=filter], [part~=filter-select]')].filter((node) => node.getBoundingClientRect().right > el.getBoundingClientRect().right + 1);
        expect(overflowing.map((node) => node.getAttribute('part') ?? node.className)).to.deep.equal([]);
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      });
    }
  }
});
