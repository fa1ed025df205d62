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
const CASES = {
  floor: () => import('./floor.js'),
  profiad: () => import('./profiad.js'),
  splide: () => import('../.build/carousel-splide.js'),
  embla: () => import('../.build/carousel-embla.js'),
};

const params = new URLSearchParams(location.search);
const caseName = params.get('case') ?? '';
const n = Number(params.get('n'));

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const afterThisFrame = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  });

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
    let frames = 0;
    for (;;) {
      await frame();
      frames++;
      const complete = module.isComplete(stage, handle);
      const end = await afterThisFrame();
      if (complete) {
        const result = {dom, paint: end - start, frames, nodes: countNodes(stage)};
        if (checkLate) result.late = await lateChanges(module, stage, handle);
        return result;
      }
      if (frames > 120) throw new Error(`${caseName}: the rendering was not complete after 120 frames`);
    }
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

/** Mutations within 500 ms after the measured frame (warm-up only): a case that renders again later. */
async function lateChanges(module, stage, handle) {
  let count = 0;
  const observer = new MutationObserver((records) => (count += records.length));
  for (const root of module.roots ? module.roots(stage, handle) : [stage]) observer.observe(root, {childList: true, subtree: true, attributes: true, characterData: true});
  await new Promise((resolve) => setTimeout(resolve, 500));
  observer.disconnect();
  return count;
}

prepare().catch((error) => {
  window.benchError = String(error?.stack ?? error);
  window.benchReady = true;
});
