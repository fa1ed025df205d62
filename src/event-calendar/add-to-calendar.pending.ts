// TEMPORARY stand-in until model/add-to-calendar.ts lands; not to be committed.
import type {Locale} from '../core/localization.js';
import type {CalendarEvent} from './model/event-types.js';
import {textFor} from '../core/bilingual-text.js';
const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15) + 'Z';
export const eventToIcs = (e: CalendarEvent) =>
  `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/London\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:${e.id}\r\nDTSTART:${stamp(e.start)}\r\nSUMMARY:${textFor(e.title, 'en')}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
export const icsFileName = (e: CalendarEvent, locale: Locale) => `${textFor(e.title, locale).replace(/\W+/g, '-')}.ics`;
export const googleCalendarUrl = (e: CalendarEvent, locale: Locale) =>
  `https://calendar.google.com/calendar/render?action=TEMPLATE&text=${encodeURIComponent(textFor(e.title, locale))}&dates=${stamp(e.start)}/${stamp(e.end)}`;
export const outlookCalendarUrl = (e: CalendarEvent, locale: Locale) =>
  `https://outlook.live.com/calendar/0/deeplink/compose?subject=${encodeURIComponent(textFor(e.title, locale))}&startdt=${new Date(e.start).toISOString()}`;
