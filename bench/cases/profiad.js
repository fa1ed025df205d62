/**
 * profiad: <profiad-event-calendar> from dist/cdn/profiad.js (the production
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
// Otherwise the production dist/cdn/profiad.js.
const lib = new URLSearchParams(location.search).get('lib');
await (lib && /^[\w-]+$/.test(lib) ? import(`../.build/profiad-${lib}.js`) : import('../../dist/cdn/profiad.js'));

export const available = () => customElements.get('profiad-event-calendar') !== undefined;

export async function render(stage, feed, caseName) {
  const calendar = document.createElement('profiad-event-calendar');
  calendar.setAttribute('view', caseName === 'profiad-list' ? 'list' : 'month');
  calendar.setAttribute('initial-date', INITIAL_DATE);
  calendar.setAttribute('today', TODAY);
  // The interaction case switches <html lang> (page.html's is "en"): the calendar must follow it.
  if (caseName !== 'profiad-interactions') calendar.lang = 'en';
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
export function countNodes(stage) {
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

/**
 * The interaction case (5,000 events over January to March): what a reader
 * does after the first paint. Each `start` acts as a click or a language
 * switch would, and returns a test for "the result is on screen".
 */
const shadow = (stage) => stage.querySelector('profiad-event-calendar').shadowRoot;
const grid = (stage) => shadow(stage).querySelector('profiad-calendar-month').shadowRoot;
const text = (node) => node?.textContent.replace(/\s+/g, ' ').trim() ?? '';
/** An action that clicks `selector` in the grid and is done when the month heading reads otherwise. */
const changeMonth = (selector) => ({
  start(stage) {
    const before = text(grid(stage).querySelector('[part~="month-heading"]'));
    grid(stage).querySelector(selector).click();
    return () => text(grid(stage).querySelector('[part~="month-heading"]')) !== before;
  },
});

export const interactions = {
  'next month': changeMonth('[part~="next-button"]'),
  'previous month': changeMonth('[part~="previous-button"]'),
  'region filter': {
    start(stage) {
      const count = () => text(shadow(stage).querySelector('[part~="result-count"]'));
      const before = count();
      const select = shadow(stage).querySelector('select[data-filter="region"]');
      select.value = select.options[1].value;
      select.dispatchEvent(new Event('change', {bubbles: true}));
      return () => count() !== before && grid(stage).querySelectorAll('[part~="event-chip"]').length > 0;
    },
  },
  '"+N more"': {
    start(stage) {
      grid(stage).querySelector('[part~="more-button"]').click();
      return () => grid(stage).querySelector('[part~="day-panel-event"]') !== null;
    },
  },
  'language to Welsh': {
    start(stage) {
      document.documentElement.lang = 'cy';
      return () => grid(stage).querySelector('.base')?.getAttribute('lang') === 'cy' && shadow(stage).querySelector('.base')?.getAttribute('lang') === 'cy';
    },
  },
  'language to English': {
    start(stage) {
      document.documentElement.lang = 'en';
      return () => grid(stage).querySelector('.base')?.getAttribute('lang') === 'en' && shadow(stage).querySelector('.base')?.getAttribute('lang') === 'en';
    },
  },
};
