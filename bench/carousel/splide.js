/**
 * Splide 4 (bundled by carousel-run.mjs with its core CSS, loaded before the
 * measurement): the same 20 stories as slides, 3 per page with a gap, arrows
 * and pagination, as its documentation sets up a carousel. The timed part
 * builds the markup Splide expects and mounts it.
 */
import Splide from '@splidejs/splide';
import {storyHtml} from './data.mjs';

export function render(stage, feed) {
  const root = document.createElement('section');
  root.className = 'splide';
  root.setAttribute('aria-label', feed.title.en);
  root.innerHTML = `<h2>${feed.title.en}</h2><div class="splide__track"><ul class="splide__list">${feed.stories.map((story) => storyHtml(story, 'li', 'splide__slide')).join('')}</ul></div>`;
  stage.append(root);
  new Splide(root, {perPage: 3, gap: '1rem', rewind: false, pagination: true, arrows: true}).mount();
  return root;
}

export const isComplete = (stage, root) => root.classList.contains('is-initialized') && root.querySelectorAll('.splide__pagination__page').length > 0;
