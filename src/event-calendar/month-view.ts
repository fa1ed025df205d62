/**
 * The month view: the internal <profiad-calendar-month> element (month-grid/),
 * given the properties of the contract in month-grid/month-grid-api.ts. Its
 * events (EVENT_OPEN, MONTH_CHANGE) bubble to the calendar's host, which
 * listens for them there.
 */
import {html, type TemplateResult} from 'lit';
import type {CivilDate} from '../core/dates/civil-date.js';
import type {CalendarEntry, CalendarEvent} from './model/event-types.js';
import './month-grid/calendar-month.component.js';

/** The grid's parts (see calendar-month.component.ts); each is exported with a `month-` prefix unless it has one. */
const MONTH_PARTS = [
  'base', 'month-toolbar', 'month-heading', 'nav-button', 'previous-button', 'today-button', 'next-button',
  'grid', 'column-header', 'week', 'day', 'day-today', 'day-outside', 'day-focused', 'day-number', 'day-count',
  'event-chip', 'event-chip-all-day', 'event-chip-cancelled', 'event-chip-full', 'event-status', 'more-button',
  'day-panel', 'day-panel-heading', 'day-panel-event', 'day-panel-close',
];

/** `exportparts` of the grid: `::part(month-day)` styles its day cells from the page. */
export const monthExportParts = MONTH_PARTS.map((part) => `${part}: ${part.startsWith('month-') ? part : `month-${part}`}`).join(', ');

export interface MonthViewOptions {
  entries: readonly CalendarEntry[];
  filter: (event: CalendarEvent) => boolean;
  year: number;
  month: number;
  today: CivilDate;
  timeZone: string;
  minDate?: CivilDate;
  maxDate?: CivilDate;
  headingLevel: number;
}

export function renderMonthView(options: MonthViewOptions): TemplateResult {
  return html`<profiad-calendar-month
    part="month"
    exportparts=${monthExportParts}
    .entries=${options.entries}
    .filter=${options.filter}
    .year=${options.year}
    .month=${options.month}
    .today=${options.today}
    .timeZone=${options.timeZone}
    .minDate=${options.minDate}
    .maxDate=${options.maxDate}
    .headingLevel=${options.headingLevel}
  ></profiad-calendar-month>`;
}
