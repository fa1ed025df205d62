/** How an event's date and time read, in either language (where it falls: model/event-days.ts). */
import {fromDayNumber, type CivilDate} from '../core/dom-free/dates/civil-date.js';
import {formatDay} from '../core/dom-free/dates/format-date.js';
import {formatTime} from '../core/dom-free/dates/zoned-time.js';
import {eventDays} from './model/event-days.js';
import {localeOf, type Language} from '../core/dom-free/translate.js';
import {allDayLabel, timeRange} from './calendar-messages.js';
import type {CalendarEvent} from './model/event-types.js';

/** How an event's date and time read: one line each, or a start and an end for an event over several days. */
export type EventWhen = {kind: 'one-day'; day: CivilDate; date: string; time: string} | {kind: 'several-days'; first: CivilDate; starts: string; ends: string};

export function describeWhen(event: CalendarEvent, timeZone: string, language: Language): EventWhen {
  const locale = localeOf(language);
  const {first, last} = eventDays(event, timeZone);
  const firstDay = fromDayNumber(first);
  if (first === last) {
    return {kind: 'one-day', day: firstDay, date: formatDay(firstDay, locale), time: timeOfDay(event, timeZone, language)};
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
export function timeOfDay(event: CalendarEvent, timeZone: string, language: Language): string {
  if (event.allDay) return allDayLabel(language);
  const start = formatTime(event.start, timeZone);
  if (event.end <= event.start) return start;
  return timeRange(language, start, formatTime(event.end, timeZone));
}

/** `YYYY-MM-DDTHH:MM:SSZ` (or `YYYY-MM-DD` for all-day events) for `<time datetime>`. */
export function machineTime(instant: number, allDay: boolean): string {
  const iso = new Date(instant).toISOString();
  return allDay ? iso.slice(0, 10) : `${iso.slice(0, 19)}Z`;
}
