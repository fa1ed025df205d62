/**
 * In-page side of the benchmark (runs in Chromium, loaded by page.html).
 *
 * page.html?case=<name>&n=<events>: loads the case's module and the feed
 * BEFORE any timing (library download, parse and compile, JSON parse are not
 * measured), waits until the page is idle and painted, then sets
 * `window.benchReady`. run.mjs then calls `window.benchMeasure()` once: it
 * renders the month and resolves with the timings (ms, from `start`):
 *
 *   dom    the case's render() returned: its DOM is built (script time, incl.
 *          Lit's microtask updates). No style, layout or paint yet.
 *   paint  end of the first frame whose DOM is complete: requestAnimationFrame
 *          (checked there: the grid's day cells are in the DOM) then a
 *          MessageChannel message, which runs right after that frame's
 *          style, layout and paint on the main thread. The headline number.
 *
 * The page already shows a line of text (page.html's heading), painted before
 * the run, as the page around a real calendar would: the run does not pay for
 * the renderer's first text layout and glyph setup, which costs every case the
 * same 10-20 ms and would only blur the comparison.
 */

import {firstCompleteFrame, frame, lateChanges} from './painted.js';

const CASES = {
  floor: () => import('./cases/floor.js'),
  'profiad-month': () => import('./cases/profiad.js'),
  'profiad-interactions': () => import('./cases/profiad.js'),
  'profiad-list': () => import('./cases/profiad.js'),
  'fullcalendar-daygrid': () => import('./.build/fullcalendar.js'),
  'fullcalendar-list': () => import('./.build/fullcalendar.js'),
};

const params = new URLSearchParams(location.search);
const caseName = params.get('case') ?? '';
const n = Number(params.get('n'));

async function prepare() {
  const load = CASES[caseName];
  if (!load) throw new Error(`unknown case "${caseName}"`);
  const feedName = caseName === 'profiad-interactions' ? `events-${n}-3-months` : `events-${n}`;
  const [module, response] = await Promise.all([load(), fetch(`/bench/.build/${feedName}.json`)]);
  const text = await response.text();
  const stage = document.getElementById('stage');
  const available = module.available ? module.available(caseName) : true;
  window.benchMeasure = async ({checkLate = false} = {}) => {
    // A fresh object graph, as a page that fetched its feed would have.
    const feed = JSON.parse(text);
    performance.mark('bench-start');
    const start = performance.now();
    const handle = await module.render(stage, feed, caseName);
    const dom = performance.now() - start;
    const {end, frames} = await firstCompleteFrame(() => module.isComplete(stage, handle, caseName), `${caseName}: the rendering`);
    performance.mark('bench-end');
    const result = {dom, paint: end - start, frames, nodes: module.countNodes(stage, handle, caseName)};
    if (checkLate) result.late = await lateChanges(module.roots ? module.roots(stage, handle, caseName) : [stage]);
    return result;
  };
  if (module.interactions) {
    /**
     * After the first paint: each action in turn (the order matters: the
     * previous month follows the next), timed from the action to the end of the
     * first painted frame that shows its result.
     */
    window.benchInteract = async () => {
      const times = {};
      for (const [name, action] of Object.entries(module.interactions)) {
        const done = action.start(stage);
        const start = performance.now();
        const {end} = await firstCompleteFrame(done, `${caseName}: the result of "${name}"`);
        times[name] = end - start;
      }
      return times;
    };
  }
  window.benchAvailable = available;
  // `warm=intl` (diagnostics, profile.mjs --warm-intl): the page has used Intl
  // before, so ICU's date data (14-40 ms for the first DateTimeFormat of a
  // fresh page, measured) is loaded outside the measurement.
  if (params.get('warm') === 'intl') new Intl.DateTimeFormat('en', {timeZone: 'Europe/London', weekday: 'long'}).formatToParts(0);
  // Idle and painted before the run starts: nothing left over from loading.
  await frame();
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 10));
  window.benchReady = true;
}

prepare().catch((error) => {
  window.benchError = String(error?.stack ?? error);
  window.benchReady = true;
});
