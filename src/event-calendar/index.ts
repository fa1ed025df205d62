/** Defines <profiad-event-calendar> (dist/event-calendar.js). */
export {ProfiadEventCalendar, MAX_EVENTS, LIST_PAGE_SIZE, MONTH_VIEW_MIN_WIDTH} from './event-calendar.component.js';
export type {CalendarView, EventFeedInput, EventSelectDetail} from './event-calendar.component.js';
export type {CalendarEvent, EventFormat, EventLanguage, EventLocation, EventStatus} from './model/event-types.js';
