/**
 * How every in-page benchmark measures (bench/harness.js, bench/carousel/harness.js):
 * the end of the first frame whose rendering shows a result, and whether the
 * DOM still changes afterwards.
 */

export const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Resolves right after the current frame's rendering (style, layout, paint) on the main thread. */
export const afterThisFrame = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  });

/**
 * Waits frame by frame until `isComplete()` holds when a frame starts, and
 * resolves with the moment that frame finished rendering and how many frames
 * it took. Gives up after 120 frames, naming `what`.
 */
export async function firstCompleteFrame(isComplete, what) {
  for (let frames = 1; ; frames++) {
    await frame();
    const complete = isComplete();
    const end = await afterThisFrame();
    if (complete) return {end, frames};
    if (frames > 120) throw new Error(`${what} was not complete after 120 frames`);
  }
}

/**
 * Does the rendering change after the measured frame (a library that renders
 * once, measures, then renders again)? Counts DOM mutations in `roots` over
 * 500 ms. Only in warm-up runs: a sanity check of the measurement, not timed.
 */
export async function lateChanges(roots) {
  let count = 0;
  const observer = new MutationObserver((records) => (count += records.length));
  for (const root of roots) observer.observe(root, {childList: true, subtree: true, attributes: true, characterData: true});
  await new Promise((resolve) => setTimeout(resolve, 500));
  observer.disconnect();
  return count;
}
