import {msg, str} from '@lit/localize';
import {pluralCategory} from '../core/dom-free/plural.js';
import type {FeedStatusText} from '../core/element/feed-status.js';
import type {Locale} from '../core/localization.js';
import type {MilestoneStatus} from './milestone-model.js';

/*
 * Every sentence the tracker shows. They are called while the tracker renders,
 * so msg() translates into the tracker's own language.
 */

export function statusLabel(status: MilestoneStatus): string {
  switch (status) {
    case 'done':
      return msg('Completed', {id: 'milestone.status.done', desc: 'Status of a milestone (carreg filltir, feminine): wedi\'i chwblhau.'});
    case 'in-progress':
      return msg('In progress', {id: 'milestone.status.in-progress'});
    case 'upcoming':
      return msg('Not started', {id: 'milestone.status.upcoming'});
    case 'delayed':
      return msg('Delayed', {id: 'milestone.status.delayed', desc: 'Status of a milestone (carreg filltir, feminine): wedi\'i hoedi.'});
  }
}

/**
 * "3 of 7 milestones completed". Welsh chooses the noun's form by the total
 * (1 garreg filltir, 2 garreg, 3 carreg, 6 charreg...), so there is one whole
 * sentence per plural category.
 */
export function summaryText(done: number, total: number, locale: Locale): string {
  if (total === 0) return msg('There are no milestones yet', {id: 'milestone.summary.zero'});
  switch (pluralCategory(total, locale)) {
    case 'one':
      return msg(str`${done} of ${total} milestone completed`, {id: 'milestone.summary.one', desc: 'Total is 1. Welsh: soft mutation after 1 for a feminine noun (1 garreg filltir).'});
    case 'two':
      return msg(str`${done} of ${total} milestones completed`, {id: 'milestone.summary.two', desc: 'Total is 2. Welsh: soft mutation after 2 (2 garreg filltir).'});
    case 'few':
      return msg(str`${done} of ${total} milestones completed`, {id: 'milestone.summary.few', desc: 'Total is 3. Welsh: no mutation after feminine tair (3 carreg filltir).'});
    case 'many':
      return msg(str`${done} of ${total} milestones completed`, {id: 'milestone.summary.many', desc: 'Total is 6. Welsh: aspirate mutation after 6 (6 charreg filltir).'});
    case 'zero':
    case 'other':
    default:
      return msg(str`${done} of ${total} milestones completed`, {id: 'milestone.summary.other', desc: 'Any other total (4, 5, 7, 8...).'});
  }
}

export function todayLabel(date: string): string {
  return msg(str`Today: ${date}`, {id: 'milestone.today', desc: 'Marker on the timeline between past and future milestones; the placeholder is a date such as 25 Tachwedd 2026.'});
}

export function trackerLabel(): string {
  return msg('Milestones', {id: 'milestone.label'});
}

export function feedText(): FeedStatusText {
  return {
    loading: msg('Loading milestones…', {id: 'milestone.loading'}),
    failed: msg('We could not load the milestones', {id: 'milestone.failed'}),
    empty: msg('There are no milestones to show', {id: 'milestone.empty'}),
    someNotShown: msg('Some milestones could not be shown.', {id: 'milestone.some-not-shown'}),
  };
}
