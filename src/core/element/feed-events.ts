/**
 * `profiad-load` and `profiad-error`, which every element with a feed fires
 * (FeedController), in the DOM's event map: `el.addEventListener('profiad-load',
 * (e) => e.detail.count)` is typed in an author's code. Each registering module
 * (src/<widget>/<widget>.ts) re-exports these types, so its declaration file
 * brings this augmentation with it.
 */
import type {ProfiadErrorDetail, ProfiadLoadDetail} from '../dom-free/feed-types.js';

export type {FeedErrorKind, FeedProblem, ProfiadErrorDetail, ProfiadLoadDetail} from '../dom-free/feed-types.js';

/** The events FeedController fires, by name. */
export type FeedEventName = 'profiad-load' | 'profiad-error';

declare global {
  interface HTMLElementEventMap {
    'profiad-load': CustomEvent<ProfiadLoadDetail>;
    'profiad-error': CustomEvent<ProfiadErrorDetail>;
  }
}
