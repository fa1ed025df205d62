/**
 * Checked by `npm run typecheck`, never run: types written by hand that must
 * say the same as the ones generated from schemas/ (scripts/feed-types.mjs).
 * A change to a schema that the code does not follow (or the other way round)
 * fails the type check here.
 */
import type {ContactSubmission} from '../../src/contact-form/contact-model.js';
import type {EventFormat, EventLanguage, EventStatus} from '../../src/event-calendar/model/event-types.js';
import type {MilestoneStatus} from '../../src/milestone-tracker/milestone-model.js';
import type {ContactSubmissionInput} from '../../src/generated/feeds/contact-submission.js';
import type {EventInput} from '../../src/generated/feeds/events.js';
import type {MilestoneInput} from '../../src/generated/feeds/milestones.js';

/** `true` only when A and B are assignable both ways. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const contactSubmission: Same<ContactSubmission, ContactSubmissionInput> = true;
export const milestoneStatus: Same<MilestoneStatus, MilestoneInput['status']> = true;
export const eventFormat: Same<EventFormat, NonNullable<EventInput['format']>> = true;
export const eventLanguage: Same<EventLanguage, NonNullable<EventInput['language']>> = true;
export const eventStatus: Same<EventStatus, NonNullable<EventInput['status']>> = true;
