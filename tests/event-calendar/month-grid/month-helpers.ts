/**
 * Helpers for the month grid tests: CalendarEvent objects built directly (the
 * contract in model/event-types.ts, so these tests need no parser), the grid
 * rendered in a language, and what a reader sees, hears and focuses.
 */
import {fixture, html} from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../../../src/event-calendar/month-grid/calendar-month.js';
import type {ProfiadCalendarMonth} from '../../../src/event-calendar/month-grid/calendar-month.component.js';
import type {CalendarEntry, CalendarEvent, EventStatus} from '../../../src/event-calendar/model/event-types.js';
import {toDayNumber, type CivilDate} from '../../../src/core/dom-free/dates/civil-date.js';
import {CalendarModel} from '../../../src/event-calendar/calendar-model.js';
import {visibleText} from '../../helpers/fixtures.js';

// axe-core's browser build sets window.axe; its internals (utils, commons) are untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- axe.utils/axe.commons have no published types
declare const axe: typeof import('axe-core') & {utils: any; commons: any; teardown(): void};

export type Lang = 'en' | 'cy';
export const LANGS: readonly Lang[] = ['en', 'cy'];

/** A timed event; start and end are ISO instants with their offset (Z in winter, +01:00 in British Summer Time). */
export function timed(id: string, title: CalendarEvent['title'], start: string, end: string, status: EventStatus = 'scheduled'): CalendarEvent {
  return {id, title, start: Date.parse(start), end: Date.parse(end), allDay: false, status};
}

/** An all-day event from `first` to `last` inclusive (YYYY-MM-DD), encoded as the contract says: UTC midnights, end exclusive. */
export function allDay(id: string, title: CalendarEvent['title'], first: string, last = first, status: EventStatus = 'scheduled'): CalendarEvent {
  const start = Date.parse(`${first}T00:00:00Z`);
  const end = Date.parse(`${last}T00:00:00Z`) + 86_400_000;
  return {id, title, start, end, allDay: true, status};
}

/** `count` one-hour events on one January 2026 day, at 09:00, 09:10, ... (titles "Event 1", "Event 2"...). */
export function manyOnDay(day: number, count: number, prefix = 'e'): CalendarEvent[] {
  return Array.from({length: count}, (_, i) => {
    const start = Date.UTC(2026, 0, day, 9, 0) + i * 10 * 60_000;
    return {id: `${prefix}${day}-${i + 1}`, title: `Event ${i + 1}`, start, end: start + 3_600_000, allDay: false, status: 'scheduled' as const};
  });
}

export interface GridOptions {
  entries?: readonly CalendarEntry[];
  year?: number;
  month?: number;
  today?: CivilDate;
  minDate?: CivilDate;
  maxDate?: CivilDate;
  filter?: (event: CalendarEvent) => boolean;
  headingLevel?: number;
  timeZone?: string;
  width?: string;
}

/** The grid inside a `<div lang>` (it follows the page language, as inside the calendar), settled. Today is Wednesday 14 January 2026. */
export async function monthGrid(lang: Lang, options: GridOptions = {}): Promise<ProfiadCalendarMonth> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style=${`width: ${options.width ?? '60rem'}`}>
    <profiad-calendar-month
      .model=${new CalendarModel(options.entries ?? [], {
        timeZone: options.timeZone ?? 'Europe/London',
        minDay: options.minDate && toDayNumber(options.minDate),
        maxDay: options.maxDate && toDayNumber(options.maxDate),
        startDay: toDayNumber(options.today ?? {year: 2026, month: 1, day: 14}),
      })}
      .year=${options.year ?? 2026}
      .month=${options.month ?? 1}
      .today=${options.today ?? {year: 2026, month: 1, day: 14}}
      .minDate=${options.minDate}
      .maxDate=${options.maxDate}
      .filter=${options.filter}
      .headingLevel=${options.headingLevel ?? 2}
    ></profiad-calendar-month>
  </div>`);
  // The internal tag is not in HTMLElementTagNameMap (only public elements are), so the type is named here.
  const el = wrapper.querySelector<ProfiadCalendarMonth>('profiad-calendar-month')!;
  await el.updateComplete;
  return el;
}

export const root = (el: ProfiadCalendarMonth): ShadowRoot => el.shadowRoot!;
export const cells = (el: ProfiadCalendarMonth): HTMLElement[] => [...root(el).querySelectorAll<HTMLElement>('[role=gridcell]')];
export const cellFor = (el: ProfiadCalendarMonth, iso: string): HTMLElement => {
  const cell = root(el).querySelector<HTMLElement>(`[role=gridcell][data-date="${iso}"]`);
  if (!cell) throw new Error(`no cell for ${iso}`);
  return cell;
};
/** The button that is a day's tab stop and carries its name (full date, number of events). */
export const dayButton = (el: ProfiadCalendarMonth, iso: string): HTMLButtonElement => cellFor(el, iso).querySelector<HTMLButtonElement>('.day-button')!;
/** The day cells whose button is in the tab order. */
export const tabStops = (el: ProfiadCalendarMonth): HTMLElement[] => cells(el).filter((cell) => cell.querySelector<HTMLElement>('.day-button')!.tabIndex === 0);
export const headingText = (el: ProfiadCalendarMonth): string => visibleText(root(el).querySelector('[part~=month-heading]'));
export const liveText = (el: ProfiadCalendarMonth): string => visibleText(root(el).querySelector('[role=status]'));
export const button = (el: ProfiadCalendarMonth, part: string): HTMLButtonElement => root(el).querySelector<HTMLButtonElement>(`[part~=${part}]`)!;
export const chipsIn = (cell: Element): HTMLButtonElement[] => [...cell.querySelectorAll<HTMLButtonElement>('[part~=event-chip]')];
export const moreIn = (cell: Element): HTMLButtonElement | null => cell.querySelector<HTMLButtonElement>('[part~=more-button]');
export const panel = (el: ProfiadCalendarMonth): HTMLElement | null => root(el).querySelector<HTMLElement>('[part~=day-panel]');
export const panelEvents = (el: ProfiadCalendarMonth): HTMLButtonElement[] => [...root(el).querySelectorAll<HTMLButtonElement>('[part~=day-panel-event]')];

/** The element that has keyboard focus, looking inside the grid's shadow root. */
export const focused = (el: ProfiadCalendarMonth): Element | null => root(el).activeElement;
/** The date of the focused day cell, or a description of what else has focus. */
export function focusedDate(el: ProfiadCalendarMonth): string {
  const active = focused(el) as HTMLElement | null;
  if (active?.classList.contains('day-button')) return active.closest<HTMLElement>('[role=gridcell]')!.dataset.date!;
  return `(not a day: ${active?.tagName ?? 'nothing'} ${active?.getAttribute('aria-label') ?? active?.textContent ?? ''})`;
}

/** Lets the grid re-render after a key or click. */
export async function settle(el: ProfiadCalendarMonth): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

/**
 * The accessible name of `element` as axe-core computes it (the accessible
 * name algorithm, across shadow roots): what a screen reader is given.
 */
export function accessibleName(element: Element): string {
  axe.setup(document);
  try {
    const node = axe.utils.getNodeFromTree(element);
    return (axe.commons.text.accessibleTextVirtual(node) as string).replace(/\s+/g, ' ').trim();
  } finally {
    axe.teardown();
  }
}
