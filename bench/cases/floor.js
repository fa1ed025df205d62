/**
 * The floor: the least a page can do to show the same month. One pass over
 * the feed puts each event on the days it covers (dates read from the ISO
 * strings by hand, no Intl), each day is sorted by start, and ONE innerHTML
 * write builds a 7x6 <table> showing, like the calendars measured, at most
 * 3 titles a day (escaped text, with their start time) and "+N more".
 * No components, no framework, no accessibility work: a baseline, not a widget.
 */
import {BENCH_MONTH, BENCH_YEAR} from '../data.mjs';

const MAX_PER_DAY = 3;
const DAY_MS = 86_400_000;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const ESCAPES = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};
const escape = (text) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
const title = (value) => (typeof value === 'string' ? value : (value.en ?? value.cy));

/** Day number (days since 1970-01-01) of an ISO date or date-time's date part. */
const dayOf = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
/** Minutes after midnight of a date-time ("…T14:30"), -1 for a date. */
const minutesOf = (iso) => (iso.length > 10 ? +iso.slice(11, 13) * 60 + +iso.slice(14, 16) : -1);

export function render(stage, feed) {
  const first = Date.UTC(BENCH_YEAR, BENCH_MONTH - 1, 1) / DAY_MS;
  const last = Date.UTC(BENCH_YEAR, BENCH_MONTH, 0) / DAY_MS;
  // 1970-01-01 was a Thursday: Monday-based weekday of the 1st.
  const gridStart = first - ((first + 3) % 7);
  const days = Array.from({length: 42}, () => []);
  for (const event of feed.events) {
    const from = dayOf(event.start);
    // A date-time end at midnight does not spill into the next day.
    let to = event.end ? dayOf(event.end) : from;
    if (event.end && event.end.length > 10 && minutesOf(event.end) === 0 && to > from) to--;
    const minutes = event.allDay ? -1 : minutesOf(event.start);
    for (let day = Math.max(from, gridStart); day <= Math.min(to, gridStart + 41); day++) {
      days[day - gridStart].push({minutes: day === from ? minutes : -1, event});
    }
  }
  let html = `<table class="floor"><caption>${MONTHS[BENCH_MONTH - 1]} ${BENCH_YEAR}</caption><thead><tr>`;
  for (const name of WEEKDAYS) html += `<th scope="col">${name}</th>`;
  html += '</tr></thead><tbody>';
  for (let week = 0; week < 6; week++) {
    html += '<tr>';
    for (let d = 0; d < 7; d++) {
      const day = gridStart + week * 7 + d;
      const list = days[week * 7 + d].sort((a, b) => a.minutes - b.minutes);
      const date = new Date(day * DAY_MS).getUTCDate();
      html += `<td${day < first || day > last ? ' class="out"' : ''}><div>${date}</div>`;
      if (list.length) {
        html += '<ul>';
        for (let i = 0; i < Math.min(list.length, MAX_PER_DAY); i++) {
          const {minutes, event} = list[i];
          const time = minutes >= 0 ? `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')} ` : '';
          html += `<li>${time}${escape(title(event.title))}</li>`;
        }
        if (list.length > MAX_PER_DAY) html += `<li>+${list.length - MAX_PER_DAY} more</li>`;
        html += '</ul>';
      }
      html += '</td>';
    }
    html += '</tr>';
  }
  stage.innerHTML = `${html}</tbody></table>`;
}

export const isComplete = (stage) => stage.querySelectorAll('td').length === 42;
export const countNodes = (stage) => stage.querySelectorAll('*').length;
