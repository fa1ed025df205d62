/**
 * The month view: the internal <profiad-calendar-month> element (month-grid/),
 * given the properties of the contract in month-grid/month-grid-api.ts. Its
 * events (EVENT_OPEN, MONTH_CHANGE) bubble to the calendar's host, which
 * listens for them there.
 */
import {html, type TemplateResult} from 'lit';
import type {CivilDate} from '../core/dom-free/dates/civil-date.js';
import type {Wording} from '../core/dom-free/translate.js';
import type {CalendarModel, EventTest} from './calendar-model.js';
import {monthExportParts} from './month-grid/month-grid-api.js';

export interface MonthViewOptions {
  model: CalendarModel;
  filter: EventTest;
  year: number;
  month: number;
  today: CivilDate;
  initialDate?: CivilDate;
  minDate?: CivilDate;
  maxDate?: CivilDate;
  headingLevel: number;
  /** The calendar's author wording, checked: the grid's messages use it too. */
  wording: Wording;
}

export function renderMonthView(options: MonthViewOptions): TemplateResult {
  return html`<profiad-calendar-month
    part="month"
    exportparts=${monthExportParts}
    .model=${options.model}
    .filter=${options.filter}
    .year=${options.year}
    .month=${options.month}
    .today=${options.today}
    .initialDate=${options.initialDate}
    .minDate=${options.minDate}
    .maxDate=${options.maxDate}
    .headingLevel=${options.headingLevel}
    .strings=${options.wording}
  ></profiad-calendar-month>`;
}
