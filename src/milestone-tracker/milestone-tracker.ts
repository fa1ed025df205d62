/** Defines <profiad-milestone-tracker> (dist/milestone-tracker.js). Importing milestone-tracker.component.ts alone defines nothing. */
import {defineElement} from '../core/element/define-element.js';
import {ProfiadMilestoneTracker} from './milestone-tracker.component.js';

defineElement('profiad-milestone-tracker', ProfiadMilestoneTracker);

export {ProfiadMilestoneTracker, MAX_MILESTONES} from './milestone-tracker.component.js';
export type {Milestone, MilestoneInput, MilestonesFeedInput, MilestoneStatus} from './milestone-model.js';
// Brings profiad-load and profiad-error into HTMLElementEventMap.
export type {FeedErrorKind, FeedProblem, ProfiadErrorDetail, ProfiadLoadDetail} from '../core/element/feed-events.js';

declare global {
  interface HTMLElementTagNameMap {
    'profiad-milestone-tracker': ProfiadMilestoneTracker;
  }
}
