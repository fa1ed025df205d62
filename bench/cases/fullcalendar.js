/**
 * FullCalendar 6 (vanilla JS: @fullcalendar/core + daygrid + list), bundled
 * for the browser by run.mjs with esbuild into bench/.build/fullcalendar.js.
 * Case "fullcalendar-daygrid" is the dayGridMonth view, "fullcalendar-list"
 * listMonth. Set up to show what profiad shows: January 2026, weeks from
 * Monday, the same "today", at most 3 events a day then "+N more"
 * (dayMaxEvents: 3, as profiad's max-events-per-day default). The timed part
 * includes turning the JSON feed into FullCalendar's event objects (English
 * titles; an all-day `end` made exclusive, as FullCalendar wants), as a page
 * using it would have to.
 */
import {Calendar} from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';
import {INITIAL_DATE, TODAY} from '../data.mjs';

const title = (value) => (typeof value === 'string' ? value : (value.en ?? value.cy));
const nextDay = (date) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

export function render(stage, feed, caseName) {
  const events = feed.events.map((event) => ({
    id: event.id,
    title: title(event.title),
    start: event.start,
    end: event.allDay && event.end ? nextDay(event.end) : event.end,
    allDay: event.allDay === true,
  }));
  const host = document.createElement('div');
  stage.append(host);
  const calendar = new Calendar(host, {
    plugins: [dayGridPlugin, listPlugin],
    initialView: caseName === 'fullcalendar-list' ? 'listMonth' : 'dayGridMonth',
    initialDate: INITIAL_DATE,
    now: TODAY,
    firstDay: 1,
    dayMaxEvents: 3,
    events,
  });
  calendar.render();
  return host;
}

export function isComplete(stage, host, caseName) {
  if (caseName === 'fullcalendar-list') return host.querySelectorAll('.fc-list-event').length > 0;
  return host.querySelectorAll('.fc-daygrid-day').length === 42;
}

export const countNodes = (stage) => stage.querySelectorAll('*').length;
