/** Every profiad element (dist/profiad.js). */
export * from './milestone-tracker/index.js';
export * from './event-calendar/index.js';
export type {BilingualText} from './core/dom-free/bilingual-text.js';
export type {FeedProblem, ProfiadLoadDetail, ProfiadErrorDetail, FeedErrorKind} from './core/dom-free/feed-types.js';
