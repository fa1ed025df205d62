import {svg, type SVGTemplateResult} from 'lit';
import type {MilestoneStatus} from './milestone-model.js';

/**
 * One shape per status, so status never depends on colour: a tick in a filled
 * circle, a half-filled circle, an empty circle, a warning triangle. They use
 * currentColor, so forced-colours mode draws them in the system colours.
 */
export const statusIcons: Record<MilestoneStatus, SVGTemplateResult> = {
  done: svg`<circle cx="16" cy="16" r="14" fill="currentColor"/><path d="M9 16.5l4.5 4.5L23 11.5" fill="none" stroke="var(--profiad-icon-contrast, #fff)" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/>`,
  'in-progress': svg`<circle cx="16" cy="16" r="12.5" fill="var(--profiad-color-background, #fff)" stroke="currentColor" stroke-width="3"/><path d="M16 3.5a12.5 12.5 0 0 1 0 25z" fill="currentColor"/>`,
  upcoming: svg`<circle cx="16" cy="16" r="12.5" fill="var(--profiad-color-background, #fff)" stroke="currentColor" stroke-width="3"/>`,
  delayed: svg`<path d="M16 3L30 28H2z" fill="currentColor" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/><path d="M16 11v8" stroke="var(--profiad-icon-contrast, #fff)" stroke-width="3.5" stroke-linecap="round"/><circle cx="16" cy="23.5" r="2" fill="var(--profiad-icon-contrast, #fff)"/>`,
};
