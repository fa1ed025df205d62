/** Defines <profiad-event-calendar> (dist/event-calendar.js). Importing event-calendar.component.ts alone defines nothing. */
import {defineElement} from '../core/element/define-element.js';
import {ProfiadEventCalendar} from './event-calendar.component.js';
import type {EventSelectDetail} from './details-dialog-controller.js';
// The calendar renders its month grid, an element of its own.
import './month-grid/calendar-month.js';

defineElement('profiad-event-calendar', ProfiadEventCalendar);

export {ProfiadEventCalendar, MAX_EVENTS, LIST_PAGE_SIZE} from './event-calendar.component.js';
export type {EventFeedInput} from './event-calendar.component.js';
export type {EventInput, EventsFeedInput} from '../generated/feeds/events.js';
export {MONTH_VIEW_MIN_WIDTH, type CalendarView} from './view-width-controller.js';
export type {EventSelectDetail} from './details-dialog-controller.js';
// Brings profiad-load and profiad-error into HTMLElementEventMap.
export type {FeedErrorKind, FeedProblem, ProfiadErrorDetail, ProfiadLoadDetail} from '../core/element/feed-events.js';
export type {CalendarEvent, EventFormat, EventLanguage, EventLocation, EventStatus} from './model/event-types.js';

declare global {
  interface HTMLElementTagNameMap {
    'profiad-event-calendar': ProfiadEventCalendar;
  }
  interface HTMLElementEventMap {
    'profiad-event-select': CustomEvent<EventSelectDetail>;
  }
}
