/** Defines <profiad-story-carousel> (dist/story-carousel.js). Importing story-carousel.component.ts alone defines nothing. */
import {defineElement} from '../core/element/define-element.js';
import {ProfiadStoryCarousel, type StoryChangeDetail} from './story-carousel.component.js';

defineElement('profiad-story-carousel', ProfiadStoryCarousel);

export {ProfiadStoryCarousel, MAX_STORIES, MAX_PICKER_BUTTONS} from './story-carousel.component.js';
export type {StoryChangeDetail} from './story-carousel.component.js';
export type {Story, StoryInput, StoriesFeedInput, SupportInput, SupportServiceInput} from './story-model.js';
// Brings profiad-load and profiad-error into HTMLElementEventMap.
export type {FeedErrorKind, FeedProblem, ProfiadErrorDetail, ProfiadLoadDetail} from '../core/element/feed-events.js';

declare global {
  interface HTMLElementTagNameMap {
    'profiad-story-carousel': ProfiadStoryCarousel;
  }
  interface HTMLElementEventMap {
    'profiad-story-change': CustomEvent<StoryChangeDetail>;
  }
}
