/**
 * profiad: <profiad-story-carousel> from dist/cdn/profiad.js (the production
 * build), given the feed through its `stories` property: validation, the
 * heading, buttons and picker, 20 stories (all in the DOM, those out of view
 * inert), the measuring render that finds 3 stories fit, and the support
 * signposting. With `lib=NAME` in the page's query (run.mjs --ab=NAME), the
 * same from bench/.build/profiad-NAME.js: a variant built by hand for an A/B.
 */
const lib = new URLSearchParams(location.search).get('lib');
await import(lib ? `../.build/profiad-${lib}.js` : '../../dist/cdn/profiad.js');

export const available = () => customElements.get('profiad-story-carousel') !== undefined;

export async function render(stage, feed) {
  const carousel = document.createElement('profiad-story-carousel');
  carousel.lang = 'en';
  carousel.stories = feed;
  stage.append(carousel);
  await carousel.updateComplete;
  return carousel;
}

/** Complete: every story rendered, and the first three (what fits at this width) shown. */
export function isComplete(stage, carousel) {
  const root = carousel.shadowRoot;
  return root?.querySelectorAll('[part~="story"]').length === 20 && root.querySelectorAll('[part~="story-shown"]').length === 3;
}

export function roots(stage, carousel) {
  return [stage, carousel.shadowRoot];
}
