/** Defines <profiad-event-calendar> (dist/event-calendar.js). Importing event-calendar.component.ts alone defines nothing. */
import {defineElement} from '../core/element/define-element.js';
import {ProfiadEventCalendar, type EventSelectDetail} from './event-calendar.component.js';
// The calendar renders its month grid, an element of its own.
import './month-grid/calendar-month.js';

defineElement('profiad-event-calendar', ProfiadEventCalendar);

export {ProfiadEventCalendar, MAX_EVENTS, LIST_PAGE_SIZE, MONTH_VIEW_MIN_WIDTH} from './event-calendar.component.js';
export type {CalendarView, EventFeedInput, EventSelectDetail} from './event-calendar.component.js';
export type {CalendarEvent, EventFormat, EventLanguage, EventLocation, EventStatus} from './model/event-types.js';

declare global {
  interface HTMLElementTagNameMap {
    'profiad-event-calendar': ProfiadEventCalendar;
  }
  interface HTMLElementEventMap {
    'profiad-event-select': CustomEvent<EventSelectDetail>;
  }
}
