/** Every profiad element (dist/profiad.js). */
export * from './milestone-tracker/milestone-tracker.js';
export * from './event-calendar/event-calendar.js';
export * from './story-carousel/story-carousel.js';
export * from './contact-form/contact-form.js';
export type {BilingualText} from './core/dom-free/bilingual-text.js';
export type {Wording} from './core/dom-free/translate.js';
export type {FeedProblem, ProfiadLoadDetail, ProfiadErrorDetail, FeedErrorKind} from './core/dom-free/feed-types.js';
