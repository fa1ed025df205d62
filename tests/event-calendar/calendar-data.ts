/**
 * Small event feeds for the calendar shell's tests, with exact values the
 * tests can assert (the named sample in examples/event-calendar/ is for the
 * stories and the demo, and is tested as a whole in calendar-loading.test.ts).
 * The tests set `today="2026-01-10"`, so 2026-01-05 is past and the rest upcoming.
 */
import {fixture} from '@open-wc/testing';
import {html, type TemplateResult} from 'lit';
import '../../src/event-calendar/event-calendar.js';
import type {EventInput, ProfiadEventCalendar} from '../../src/event-calendar/event-calendar.js';
import {nextEvent, until, visibleText} from '../helpers/fixtures.js';

export const TODAY = '2026-01-10';

export const northWales = {en: 'North Wales', cy: 'Gogledd Cymru'};
export const westWales = {en: 'West Wales', cy: 'Gorllewin Cymru'};
export const southWales = {en: 'South Wales', cy: 'De Cymru'};
export const midWales = {en: 'Mid Wales', cy: 'Canolbarth Cymru'};

export const sampleEvents: EventInput[] = [
  {
    id: 'workshop-north',
    title: {en: 'Lived experience workshop', cy: 'Gweithdy profiad bywyd'},
    start: '2026-01-14T10:00',
    end: '2026-01-14T12:30',
    description: {en: 'A workshop for the mental health workforce plan.', cy: 'Gweithdy ar gyfer cynllun y gweithlu iechyd meddwl.'},
    location: {name: 'Venue Cymru', address: {en: 'Promenade, Llandudno', cy: 'Y Promenâd, Llandudno'}, region: northWales},
    format: 'in-person',
    language: 'bilingual',
    audience: [{en: 'People with lived experience', cy: 'Pobl sydd â phrofiad bywyd'}],
    accessibility: {en: 'Step-free access and a hearing loop.', cy: 'Mynediad heb risiau a dolen sain.'},
    bookingUrl: 'https://example.org/book/workshop-north',
  },
  {
    id: 'carmarthen',
    title: {en: 'Engagement event in Carmarthen', cy: 'Digwyddiad ymgysylltu yng Nghaerfyrddin'},
    start: '2026-01-14T14:00',
    end: '2026-01-14T16:00',
    location: {name: {en: 'Carmarthen Library', cy: 'Llyfrgell Caerfyrddin'}, region: westWales},
    format: 'in-person',
    language: 'cy',
    audience: [{en: 'Carers', cy: 'Gofalwyr'}],
  },
  {
    id: 'peer-online',
    title: {en: 'Peer support session', cy: 'Sesiwn cymorth gan gymheiriaid'},
    start: '2026-01-20T18:00',
    end: '2026-01-20T19:00',
    format: 'online',
    language: 'en',
    audience: [{en: 'Peer mentors', cy: 'Mentoriaid cymheiriaid'}],
    bookingUrl: 'https://example.org/book/peer-online',
    status: 'full',
  },
  {
    id: 'cardiff-cancelled',
    title: {en: 'Cardiff drop-in', cy: 'Sesiwn galw heibio Caerdydd'},
    start: '2026-01-22',
    location: {name: 'Cardiff', region: southWales},
    format: 'hybrid',
    language: 'bilingual',
    status: 'cancelled',
  },
  {
    id: 'past-mid',
    title: {en: 'Mid Wales listening session', cy: 'Sesiwn wrando Canolbarth Cymru'},
    start: '2026-01-05T10:00',
    end: '2026-01-05T11:00',
    location: {name: 'Newtown', region: midWales},
    format: 'online',
    language: 'cy',
  },
  {
    id: 'conference',
    title: 'Cynhadledd / Conference',
    start: '2026-02-03',
    end: '2026-02-04',
    location: {name: 'Swansea', region: southWales},
  },
];

export const sampleFeed = {events: sampleEvents};

export type Lang = 'en' | 'cy';

/** The calendar in a container of `width` px, in `lang`, with `today` fixed; waits for the feed to be shown. */
export async function calendar(template: TemplateResult, {lang = 'en', width = 400}: {lang?: Lang; width?: number} = {}): Promise<ProfiadEventCalendar> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: ${width}px">${template}</div>`);
  const el = wrapper.querySelector('profiad-event-calendar')!;
  await el.updateComplete;
  return el;
}

/** The calendar showing `events` through the property. */
export function withEvents(events: unknown, options: {lang?: Lang; width?: number; attrs?: Record<string, string>} = {}) {
  const el = document.createElement('profiad-event-calendar');
  el.setAttribute('today', TODAY);
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  el.events = events as ProfiadEventCalendar['events'];
  return calendar(html`${el}`, options);
}

/** Waits for `profiad-load` (or resolves when the feed already shows). */
export async function loaded(el: ProfiadEventCalendar): Promise<void> {
  const root = el.shadowRoot!;
  if (!root.querySelector('[part=loading]')) return;
  await nextEvent(el, 'profiad-load');
  await el.updateComplete;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** Day headings of the list, as read. */
export const dayHeadings = (el: Element) => $$(el, '[part~=day-heading]').map(visibleText);
/** Event titles of the list, in order. */
export const listedTitles = (el: Element) => $$(el, '[part~=event-button]').map(visibleText);
/** The announced count. */
export const countText = (el: Element) => visibleText($(el, '[part~=result-count]'));

/** Sets a filter's <select> as a reader would, and waits for the calendar to re-render. */
export async function choose(el: ProfiadEventCalendar, filter: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `select[data-filter=${filter}]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', {bubbles: true}));
  await el.updateComplete;
}

/** Opens the details of the event whose list button reads `title`; resolves once the dialog is open. */
export async function openEvent(el: ProfiadEventCalendar, title: string): Promise<HTMLDialogElement> {
  const button = $$(el, '[part~=event-button]').find((b) => visibleText(b) === title);
  if (!button) throw new Error(`no event "${title}" in ${JSON.stringify(listedTitles(el))}`);
  button.click();
  const dialog = $<HTMLDialogElement>(el, 'dialog')!;
  await until(() => dialog.open, 'dialog to open');
  await el.updateComplete;
  return dialog;
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
