/**
 * Where an event falls on the reader's calendar (which days, in the calendar's
 * time zone) and how its date and time read, in either language.
 */
import {fromDayNumber, type CivilDate, MS_PER_DAY} from '../core/dom-free/dates/civil-date.js';
import {formatDay} from '../core/dom-free/dates/format-date.js';
import {formatTime, wallClockAt} from '../core/dom-free/dates/zoned-time.js';
import type {Locale} from '../core/dom-free/locale.js';
import {allDayLabel, timeRange} from './calendar-messages.js';
import type {CalendarEvent} from './model/event-types.js';


/**
 * The day number (see civil-date.ts) of an instant as clocks in `timeZone`
 * read it. wallClockAt caches the zone's offsets, so placing 10,000 events
 * costs a handful of Intl calls, not 20,000.
 */
export function dayNumberAt(instant: number, timeZone: string): number {
  return Math.floor(wallClockAt(instant, timeZone) / MS_PER_DAY);
}

/** The first and last day an event covers, as day numbers. */
export interface EventDays {
  first: number;
  last: number;
}

/**
 * All-day events carry floating dates as UTC midnights with an exclusive end;
 * timed events are instants placed on days in `timeZone`. An event that ends
 * at midnight does not cover the next day.
 */
export function eventDays(event: CalendarEvent, timeZone: string): EventDays {
  if (event.allDay) {
    const first = Math.floor(event.start / MS_PER_DAY);
    return {first, last: Math.max(first, Math.ceil(event.end / MS_PER_DAY) - 1)};
  }
  const first = dayNumberAt(event.start, timeZone);
  return {first, last: Math.max(first, dayNumberAt(Math.max(event.start, event.end - 1), timeZone))};
}

/** How an event's date and time read: one line each, or a start and an end for an event over several days. */
export type EventWhen =
  | {kind: 'one-day'; day: CivilDate; date: string; time: string}
  | {kind: 'several-days'; first: CivilDate; starts: string; ends: string};

export function describeWhen(event: CalendarEvent, timeZone: string, locale: Locale): EventWhen {
  const {first, last} = eventDays(event, timeZone);
  const firstDay = fromDayNumber(first);
  if (first === last) {
    return {kind: 'one-day', day: firstDay, date: formatDay(firstDay, locale), time: timeOfDay(event, timeZone, locale)};
  }
  const lastDay = fromDayNumber(last);
  if (event.allDay) {
    return {kind: 'several-days', first: firstDay, starts: formatDay(firstDay, locale), ends: formatDay(lastDay, locale)};
  }
  return {
    kind: 'several-days',
    first: firstDay,
    starts: `${formatDay(firstDay, locale)}, ${formatTime(event.start, timeZone)}`,
    ends: `${formatDay(lastDay, locale)}, ${formatTime(event.end, timeZone)}`,
  };
}

/** "All day", "10:00" or "10:00 to 12:00", for an event within one day. */
export function timeOfDay(event: CalendarEvent, timeZone: string, locale: Locale): string {
  if (event.allDay) return allDayLabel(locale);
  const start = formatTime(event.start, timeZone);
  if (event.end <= event.start) return start;
  return timeRange(locale, start, formatTime(event.end, timeZone));
}

/** `YYYY-MM-DDTHH:MM:SSZ` (or `YYYY-MM-DD` for all-day events) for `<time datetime>`. */
export function machineTime(instant: number, allDay: boolean): string {
  const iso = new Date(instant).toISOString();
  return allDay ? iso.slice(0, 10) : `${iso.slice(0, 19)}Z`;
}
