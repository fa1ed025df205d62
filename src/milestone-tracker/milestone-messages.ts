import {str} from '@lit/localize';
import type {FeedStatusText} from '../core/dom-free/feed-messages.js';
import {translator, type Language} from '../core/dom-free/translate.js';
import {welsh} from '../generated/welsh/milestone-tracker.js';
import type {MilestoneStatus} from './milestone-model.js';

/** Messages with the milestone tracker's part of the Welsh (src/generated/welsh/milestone-tracker.ts). */
const msgIn = translator(welsh);

/* Every sentence the tracker shows, in the locale it is asked for. */

/** A milestone's status in words: "Completed" / "Wedi'i chwblhau". */
export function statusLabel(language: Language, status: MilestoneStatus): string {
  const msg = msgIn(language);
  switch (status) {
    case 'done':
      return msg('Completed', {id: 'milestone.status.done', desc: "Status of a milestone (carreg filltir, feminine): wedi'i chwblhau."});
    case 'in-progress':
      return msg('In progress', {id: 'milestone.status.in-progress'});
    case 'upcoming':
      return msg('Not started', {id: 'milestone.status.upcoming'});
    case 'delayed':
      return msg('Delayed', {id: 'milestone.status.delayed', desc: "Status of a milestone (carreg filltir, feminine): wedi'i hoedi."});
  }
}

/**
 * "Milestones completed: 3 of 7". A label, then the figures, so no noun
 * follows a figure: Welsh would mutate it by the number (1 garreg filltir,
 * 2 garreg, 3 carreg, 6 charreg...), and a singular noun after a figure reads
 * well only up to 10, while a plan may have up to 500 milestones.
 */
export function summaryText(language: Language, done: number, total: number): string {
  const msg = msgIn(language);
  if (total === 0) return msg('There are no milestones yet', {id: 'milestone.summary.zero'});
  return msg(str`Milestones completed: ${done} of ${total}`, {id: 'milestone.summary', desc: 'Any total from 1 to 500. A label, then the figures: no noun follows a figure.'});
}

/** The "Today" marker on the timeline; `date` is e.g. "25 Tachwedd 2026". */
export function todayMarkerText(language: Language, date: string): string {
  return msgIn(language)(str`Today: ${date}`, {id: 'milestone.today', desc: 'Marker on the timeline between past and future milestones; the placeholder is a date such as 25 Tachwedd 2026.'});
}

/** The tracker's accessible name when its feed has no title. */
export function trackerLabel(language: Language): string {
  return msgIn(language)('Milestones', {id: 'milestone.label'});
}

export function feedStatusText(language: Language): FeedStatusText {
  const msg = msgIn(language);
  return {
    loading: msg('Loading milestones…', {id: 'milestone.loading'}),
    failed: msg('We could not load the milestones', {id: 'milestone.failed'}),
    empty: msg('There are no milestones to show', {id: 'milestone.empty'}),
    someNotShown: msg('Some milestones could not be shown.', {id: 'milestone.some-not-shown'}),
  };
}
