/**
 * The contract between <profiad-event-calendar> (the shell: feeds, filters,
 * list view, dialog) and its internal month view <profiad-calendar-month>
 * (month-grid/). Change both sides together.
 *
 * The shell sets these properties on <profiad-calendar-month>:
 *   entries: CalendarEntry[]           all loaded entries (single events and unexpanded recurring series)
 *   filter: (e: CalendarEvent) => boolean   which occurrences to show (filters, past events)
 *   year, month: number                the month shown (month 1-12); the grid changes them itself on navigation and fires MONTH_CHANGE
 *   today: CivilDate                   the reader's today in timeZone
 *   timeZone: string                   IANA zone for placing timed events on days and showing times
 *   minDate?, maxDate?: CivilDate      navigation bounds (min-date / max-date attributes)
 *   headingLevel: number               level of the visible month heading
 *   maxEventsPerDay?: number           chips per day before "+N more" (default 3)
 *   expand?: ExpandRange               how to get the occurrences of the weeks shown (default:
 *                                      occurrencesBetween(entries, ...)); the shell passes one that reuses
 *                                      the occurrences it has already found, so a month is not expanded twice
 * and may call:
 *   focusDate(date: CivilDate)         move the grid's tab stop and focus to a date (changing month)
 * The grid follows the page language itself (LocaleController resolves lang across the shadow root).
 */
import type {CalendarEvent} from '../model/event-types.js';

/**
 * The occurrences that overlap [rangeStart, rangeEnd) in `timeZone`, in any
 * order: the same events `occurrencesBetween(entries, rangeStart, rangeEnd,
 * timeZone)` returns for the grid's `entries` (the grid orders each day
 * itself). A new function whenever its answers would change, so the grid
 * knows to ask again.
 */
export type ExpandRange = (rangeStart: number, rangeEnd: number, timeZone: string) => CalendarEvent[];

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

/**
 * Every ::part of <profiad-calendar-month>, for the shell's `exportparts`
 * (e.g. `MONTH_GRID_PARTS.map((p) => `${p}: month-${p}`).join(', ')`).
 */
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
