/**
 * The floor: one innerHTML write of the 20 stories as a plain list (title,
 * quote, body, attribution, link), with no buttons, no validation and no
 * accessibility work. A bound, not a competitor.
 */
import {storyHtml} from './data.mjs';

export function render(stage, feed) {
  stage.innerHTML = `<h2>${feed.title.en}</h2><ul class="floor-stories">${feed.stories.map((story) => storyHtml(story)).join('')}</ul>`;
  return stage;
}

export const isComplete = (stage) => stage.querySelectorAll('.floor-stories > li').length === 20;
