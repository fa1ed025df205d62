/**
 * An author's own wording (`strings`): shown in both languages in the
 * calendar and in its internal month grid, checked against the calendar's
 * ids (which include the grid's), live.
 */
import {expect} from '@open-wc/testing';
import type {ProfiadEventCalendar} from '../../src/event-calendar/event-calendar.js';
import {welsh as coreWelsh} from '../../src/generated/welsh/core.js';
import {welsh as calendarWelsh} from '../../src/generated/welsh/event-calendar.js';
import {until, visibleText} from '../helpers/fixtures.js';
import {defaultPieces, idsOf, leftOver, markEvery, shownText, warningsDuring} from '../helpers/wording.js';
import {$, $$, choose, openEvent, withEvents, type Lang} from './calendar-data.js';

type Grid = HTMLElement & {updateComplete: Promise<unknown>};
const grid = (el: Element) => $<Grid>(el, 'profiad-calendar-month')!;
const inGrid = (el: Element, selector: string) => grid(el).shadowRoot!.querySelector<HTMLElement>(selector);

const north = {en: 'North', cy: 'Gogledd'};
const west = {en: 'West', cy: 'Gorllewin'};
const events = [
  {
    id: 'alpha',
    title: 'Alpha',
    start: '2026-01-14T10:00',
    end: '2026-01-14T12:00',
    description: 'A short description.',
    location: {name: 'Town hall', region: north},
    format: 'in-person',
    language: 'cy',
    audience: ['Carers', 'Staff'],
    accessibility: 'Step-free.',
    bookingUrl: 'https://example.org/book/alpha',
  },
  {
    id: 'bravo',
    title: 'Bravo',
    start: '2026-01-14T14:00',
    end: '2026-01-14T15:00',
    location: {name: 'Hub', region: west},
    format: 'online',
    language: 'en',
    audience: ['Staff'],
    status: 'full',
    bookingUrl: 'https://example.org/book/bravo',
  },
  {id: 'charlie', title: 'Charlie', start: '2026-01-14', format: 'hybrid', language: 'bilingual', status: 'cancelled'},
  {id: 'delta', title: 'Delta', start: '2026-01-14T16:00', end: '2026-01-14T17:00'},
  {id: 'echo', title: 'Echo', start: '2026-01-20T18:00', end: '2026-01-21T10:00', format: 'online'},
];

const wording = {
  'month.today': {en: 'This month', cy: 'Y mis hwn'},
  'calendar.view.month': {en: 'Grid', cy: 'Grid'},
  'month.more.visible': {en: 'and {0} others', cy: 'a {0} arall'},
};

async function monthCalendar(lang: Lang, attrs: Record<string, string> = {}): Promise<ProfiadEventCalendar> {
  const el = await withEvents(events, {lang, width: 900, attrs: {view: 'month', 'initial-date': '2026-01-14', ...attrs}});
  await grid(el).updateComplete;
  return el;
}

async function settle(el: ProfiadEventCalendar): Promise<void> {
  await el.updateComplete;
  await grid(el)?.updateComplete;
}

describe("event calendar: the author's own wording", () => {
  for (const lang of ['en', 'cy'] as Lang[]) {
    it(`shows it (${lang}) in the calendar and in its month grid, with the values put in for {0}`, async () => {
      const el = await monthCalendar(lang);
      el.strings = wording;
      await settle(el);
      expect(visibleText(inGrid(el, '[part~=today-button]'))).to.equal(lang === 'en' ? 'This month' : 'Y mis hwn');
      expect(visibleText($(el, '[part~=view-button][data-view=month]'))).to.equal('Grid');
      expect(visibleText(inGrid(el, '[part~=more-button] [aria-hidden]'))).to.equal(lang === 'en' ? 'and 1 others' : 'a 1 arall');
      // What the author did not reword stays profiad's.
      expect(visibleText(inGrid(el, '[part~=next-button] .label'))).to.equal(lang === 'en' ? 'Next month' : 'Mis nesaf');
    });
  }

  it('takes JSON in the `strings` attribute, and follows a change of `strings` at once, in the grid too', async () => {
    const el = await monthCalendar('en', {strings: JSON.stringify(wording)});
    expect(visibleText(inGrid(el, '[part~=today-button]'))).to.equal('This month');
    el.strings = {'month.today': {en: 'Back to today'}};
    await settle(el);
    expect(visibleText(inGrid(el, '[part~=today-button]'))).to.equal('Back to today');
    expect(visibleText($(el, '[part~=view-button][data-view=month]'))).to.equal('Month');
    el.removeAttribute('strings');
    await settle(el);
    expect(visibleText(inGrid(el, '[part~=today-button]'))).to.equal('Today');
  });

  it('warns once, naming the element and the id, about an id it does not know, and about text that is not `{en, cy}`', async () => {
    let el!: ProfiadEventCalendar;
    const warnings = await warningsDuring(async () => {
      el = await monthCalendar('en');
      el.strings = {
        'month.todya': {en: 'Typo'},
        'story.heading': {en: 'Not mine'},
        'month.next': 'Onwards' as never,
        'month.previous': {en: 'Back', fr: 'Arrière'} as never,
        'calendar.close': {en: 'Done'},
      };
      await settle(el);
      (grid(el).shadowRoot!.querySelector('[part~=next-button]') as HTMLElement).click();
      await settle(el);
    });
    expect(warnings).to.have.length(4);
    expect(warnings[0]).to.contain('<profiad-event-calendar>').and.contain('"month.todya" is not a message id of this element').and.contain('Did you mean "month.today"?');
    expect(warnings[1]).to.contain('"story.heading" is not a message id of this element');
    expect(warnings[2]).to.contain('"month.next" must be {"en": "…", "cy": "…"}');
    expect(warnings[3]).to.contain('"month.previous" must be');
    expect(visibleText(inGrid(el, '[part~=next-button] .label'))).to.equal('Next month');
  });

  it('warns about JSON it cannot read in the attribute, and still shows the events', async () => {
    let el!: ProfiadEventCalendar;
    const warnings = await warningsDuring(async () => {
      el = await monthCalendar('cy', {strings: '{"month.today": {"cy": "Heddiw"}'});
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<profiad-event-calendar>').and.contain('strings is not valid JSON');
    expect(visibleText(inGrid(el, '[part~=today-button]'))).to.equal('Heddiw');
    expect(grid(el).shadowRoot!.querySelectorAll('[part~=event-chip]').length).to.be.greaterThan(3);
  });

  for (const lang of ['en', 'cy'] as Lang[]) {
    it(`replaces every message it shows (${lang}), in the grid, the list and the dialog: no default text is left with every id reworded`, async () => {
      const ids = idsOf([calendarWelsh, coreWelsh]);
      const el = await monthCalendar(lang);
      el.strings = markEvery(ids);
      await settle(el);
      let text = shownText(el);
      // A day's panel in the grid.
      (inGrid(el, '[data-date="2026-01-14"] .day-button') as HTMLElement).click();
      await settle(el);
      text += shownText(el);
      // A filter chosen: the count of matches and "Clear filters".
      await choose(el, 'format', 'online');
      await settle(el);
      text += shownText(el);
      await choose(el, 'format', '');
      // The list, and the details of an event (then of a fully booked one).
      $$(el, '[part~=view-button]')[1]!.click();
      await settle(el);
      text += shownText(el);
      await openEvent(el, 'Alpha');
      text += shownText(el);
      el.closeDetails();
      await until(() => !$<HTMLDialogElement>(el, 'dialog')!.open, 'dialog to close');
      await openEvent(el, 'Bravo');
      text += shownText(el);
      expect(leftOver(text, await defaultPieces(ids))).to.deep.equal([]);
      const expected = [
        ...['calendar.label', 'calendar.view.label', 'calendar.view.month', 'calendar.view.list', 'calendar.filter.legend', 'calendar.filter.region', 'calendar.filter.region.all'],
        ...['calendar.filter.format.all', 'calendar.filter.audience.all', 'calendar.filter.language.all', 'calendar.total.other', 'calendar.filter.clear', 'calendar.past.toggle'],
        lang === 'cy' ? 'calendar.count.few' : 'calendar.count.other',
        ...['month.previous', 'month.today', 'month.next', 'month.day.zero', 'month.day.one', 'month.day.other', 'month.more.visible', 'month.more.one', 'month.continues'],
        ...['month.event.name', 'month.event.name.full', 'month.event.name.all-day.cancelled', 'calendar.time.all-day', 'calendar.close', 'calendar.time.range'],
        ...['calendar.event.status.cancelled', 'calendar.event.status.full', 'calendar.event.format.online', 'calendar.event.language.cy', 'calendar.details.ends'],
        ...['calendar.details.date', 'calendar.details.time', 'calendar.details.location', 'calendar.details.accessibility', 'calendar.details.book', 'calendar.details.booking-page'],
        ...['calendar.details.full', 'calendar.add.heading', 'calendar.add.download', 'calendar.add.google', 'calendar.details.new-tab'],
      ];
      for (const id of expected) expect(text.includes(`«${id}»`), `«${id}» shown`).to.equal(true);
    });
  }
});
