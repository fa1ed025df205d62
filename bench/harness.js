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

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
/** Resolves right after the current frame's rendering (style, layout, paint) on the main thread. */
const afterThisFrame = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  });

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
    let paint;
    let frames = 0;
    for (;;) {
      await frame();
      frames++;
      const complete = module.isComplete(stage, handle, caseName);
      const end = await afterThisFrame();
      if (complete) {
        performance.mark('bench-end');
        paint = end - start;
        break;
      }
      if (frames > 120) throw new Error(`${caseName}: the rendering was not complete after 120 frames`);
    }
    const result = {dom, paint, frames, nodes: module.countNodes(stage, handle, caseName)};
    if (checkLate) result.late = await lateChanges(module, stage, handle, caseName);
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
        for (let frames = 0; ; frames++) {
          await frame();
          const complete = done();
          const end = await afterThisFrame();
          if (complete) {
            times[name] = end - start;
            break;
          }
          if (frames > 120) throw new Error(`${caseName}: "${name}" showed no result after 120 frames`);
        }
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

/**
 * Does the rendering change after the measured frame (a library that renders
 * once, measures, then renders again)? Counts DOM mutations over 500 ms.
 * Only in warm-up runs: it is a sanity check of the measurement, not timed.
 */
async function lateChanges(module, stage, handle, name) {
  let count = 0;
  const observer = new MutationObserver((records) => (count += records.length));
  for (const root of module.roots ? module.roots(stage, handle, name) : [stage]) {
    observer.observe(root, {childList: true, subtree: true, attributes: true, characterData: true});
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  observer.disconnect();
  return count;
}

prepare().catch((error) => {
  window.benchError = String(error?.stack ?? error);
  window.benchReady = true;
});
