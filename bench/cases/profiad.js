/**
 * profiad: <profiad-event-calendar> from dist/profiad.js (the production
 * build, `npm run build`), given the whole JSON feed through its `events`
 * property, so the timed part includes validating the feed, bucketing the
 * month and rendering both shadow roots (the shell and its
 * <profiad-calendar-month>). Case "profiad-month" fixes view="month";
 * "profiad-list" fixes view="list" (the agenda, which pages its events).
 */
import {INITIAL_DATE, TODAY} from '../data.mjs';

// `lib=src` (bench/profile.mjs): bench/.build/profiad-src.js, an unminified
// esbuild bundle of src/, so a CPU profile names the functions (any other
// `lib=x` loads bench/.build/profiad-x.js, for trying a change side by side).
// Otherwise the production dist/profiad.js.
const lib = new URLSearchParams(location.search).get('lib');
await (lib && /^[\w-]+$/.test(lib) ? import(`../.build/profiad-${lib}.js`) : import('../../dist/profiad.js'));

export const available = () => customElements.get('profiad-event-calendar') !== undefined;

export async function render(stage, feed, caseName) {
  const calendar = document.createElement('profiad-event-calendar');
  calendar.setAttribute('view', caseName === 'profiad-list' ? 'list' : 'month');
  calendar.setAttribute('initial-date', INITIAL_DATE);
  calendar.setAttribute('today', TODAY);
  calendar.lang = 'en';
  calendar.events = feed;
  stage.append(calendar);
  // Lit renders in microtasks: the shell first, then the grid it created.
  await calendar.updateComplete;
  const grid = calendar.shadowRoot.querySelector('profiad-calendar-month');
  if (grid) await grid.updateComplete;
  return calendar;
}

const gridOf = (calendar) => calendar.shadowRoot?.querySelector('profiad-calendar-month');

export function isComplete(stage, calendar, caseName) {
  if (caseName === 'profiad-list') return (calendar.shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0) > 0;
  return (gridOf(calendar)?.shadowRoot?.querySelectorAll('[role="gridcell"]').length ?? 0) === 42;
}

/** Elements in the light DOM and both shadow roots. */
export function countNodes(stage, calendar) {
  let count = 0;
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      count++;
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(stage);
  return count;
}

export function roots(stage, calendar) {
  const grid = gridOf(calendar);
  return [stage, calendar.shadowRoot, ...(grid?.shadowRoot ? [grid.shadowRoot] : [])];
}
