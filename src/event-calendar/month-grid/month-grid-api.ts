/**
 * The contract between <profiad-event-calendar> (the shell: feeds, filters,
 * list view, dialog) and its internal month view <profiad-calendar-month>
 * (month-grid/). Change both sides together.
 *
 * The shell sets these properties on <profiad-calendar-month>:
 *   model: CalendarModel               the calendar's one model (calendar-model.ts): the grid reads a month's days from it
 *   filter: EventTest                  which occurrences to show (the reader's filters); a new function when they change
 *   year, month: number                the month shown (month 1-12); the grid changes them itself on navigation and fires MONTH_CHANGE
 *   today: CivilDate                   the reader's today in the model's zone
 *   initialDate?: CivilDate            the day that holds the tab stop when its month is shown (initial-date)
 *   minDate?, maxDate?: CivilDate      navigation bounds (min-date / max-date attributes)
 *   headingLevel: number               level of the visible month heading
 *   maxEventsPerDay?: number           chips per day before "+N more" (default 3)
 *   strings?: Wording                  the calendar's author wording (its own `strings`, checked against its
 *                                      ids, which include the grid's month.*): the grid's messages use it
 * and may call:
 *   focusDate(date: CivilDate)         move the grid's tab stop and focus to a date (changing month)
 * The grid follows the page language itself (LocaleController resolves lang across the shadow root).
 */
import type {CalendarEvent} from '../model/event-types.js';

/** Fired by the grid (bubbles, composed) when the reader activates an event; the shell opens the details dialog and returns focus to `trigger` when it closes. */
export const EVENT_OPEN = 'profiad-calendar-event-open';
export interface EventOpenDetail {
  event: CalendarEvent;
  trigger: HTMLElement;
}

/** Fired by the grid after it moved to another month (buttons, PageUp/PageDown, arrows across a month edge). */
export const MONTH_CHANGE = 'profiad-calendar-month-change';
export interface MonthChangeDetail {
  year: number;
  month: number;
}

/** Every ::part of <profiad-calendar-month>, for the shell's `exportparts` (monthExportParts). */
export const MONTH_GRID_PARTS = [
  'base',
  'month-toolbar',
  'month-heading',
  'nav-button',
  'previous-button',
  'today-button',
  'next-button',
  'grid',
  'column-header',
  'week',
  'day',
  'day-today',
  'day-outside',
  'day-focused',
  'day-number',
  'day-count',
  'event-chip',
  'event-chip-all-day',
  'event-chip-cancelled',
  'event-chip-full',
  'event-status',
  'more-button',
  'day-panel',
  'day-panel-heading',
  'day-panel-event',
  'day-panel-close',
] as const;

/**
 * `exportparts` of the grid: each part with a `month-` prefix unless it has one,
 * so `::part(month-day)` styles its day cells from the page. Here rather than in
 * month-view.ts because this module has no runtime imports: scripts/manifest.test.mjs
 * runs it to learn the calendar's exported part names.
 */
export const monthExportParts = MONTH_GRID_PARTS.map((part) => `${part}: ${part.startsWith('month-') ? part : `month-${part}`}`).join(', ');
