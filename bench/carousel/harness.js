/**
 * In-page side of the carousel benchmark (bench/carousel/page.html?case=…&n=…),
 * the same method as bench/harness.js: the case's module and the feed are
 * loaded BEFORE timing; carousel-run.mjs then calls window.benchMeasure()
 * once, which renders and resolves with
 *   dom    ms until the case's render() returned (its DOM is built),
 *   paint  ms until the end of the first frame whose rendering is complete
 *          (requestAnimationFrame, checked there, then a MessageChannel
 *          message, which runs right after that frame's style, layout and paint).
 */
import {firstCompleteFrame, frame, lateChanges} from '../painted.js';

const CASES = {
  floor: () => import('./floor.js'),
  profiad: () => import('./profiad.js'),
  splide: () => import('../.build/carousel-splide.js'),
  embla: () => import('../.build/carousel-embla.js'),
};

const params = new URLSearchParams(location.search);
const caseName = params.get('case') ?? '';
const n = Number(params.get('n'));

async function prepare() {
  const load = CASES[caseName];
  if (!load) throw new Error(`unknown case "${caseName}"`);
  const [module, response] = await Promise.all([load(), fetch(`/bench/.build/stories-${n}.json`)]);
  const text = await response.text();
  const stage = document.getElementById('stage');
  window.benchMeasure = async ({checkLate = false} = {}) => {
    const feed = JSON.parse(text);
    const start = performance.now();
    const handle = await module.render(stage, feed);
    const dom = performance.now() - start;
    const {end, frames} = await firstCompleteFrame(() => module.isComplete(stage, handle), `${caseName}: the rendering`);
    const result = {dom, paint: end - start, frames, nodes: countNodes(stage)};
    if (checkLate) result.late = await lateChanges(module.roots ? module.roots(stage, handle) : [stage]);
    return result;
  };
  window.benchAvailable = module.available ? module.available() : true;
  await frame();
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 10));
  window.benchReady = true;
}

/** Elements in the light DOM and any shadow roots. */
function countNodes(root) {
  let count = 0;
  for (const element of root.querySelectorAll('*')) {
    count++;
    if (element.shadowRoot) count += countNodes(element.shadowRoot);
  }
  return count;
}

prepare().catch((error) => {
  window.benchError = String(error?.stack ?? error);
  window.benchReady = true;
});
