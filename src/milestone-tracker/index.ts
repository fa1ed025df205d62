/** Defines <profiad-milestone-tracker> (dist/milestone-tracker.js). */
export {ProfiadMilestoneTracker, MAX_MILESTONES} from './milestone-tracker.component.js';
export type {Milestone, MilestoneInput, MilestoneStatus} from './milestone-model.js';
