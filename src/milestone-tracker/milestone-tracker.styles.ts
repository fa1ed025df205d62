import {css} from 'lit';

/**
 * A vertical timeline by default (phones, sidebars, 400% zoom); a horizontal
 * one when the element's own container is wide enough. Status colours only
 * tint the icons: the shape and the words carry the meaning.
 */
export const milestoneTrackerStyles = css`
  .summary {
    margin: 0 0 var(--profiad-space, 1rem);
    font-weight: 700;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .milestone {
    position: relative;
    display: grid;
    grid-template-columns: 2.5rem minmax(0, 1fr);
    column-gap: 0.75rem;
    padding-block-end: 1.5rem;
  }
  /* The line joining one milestone to the next. */
  .milestone::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(1.25rem - 1px);
    inset-block: 2.5rem 0;
    border-inline-start: 2px solid var(--profiad-color-border, #768692);
  }
  .milestone:last-child::before {
    display: none;
  }
  .marker {
    display: grid;
    place-items: center;
    width: 2.5rem;
    height: 2.5rem;
  }
  .marker svg {
    width: 2rem;
    height: 2rem;
  }
  [data-status='done'] .marker {
    color: var(--profiad-color-done, #007f3b);
  }
  [data-status='in-progress'] .marker {
    color: var(--profiad-color-in-progress, #005eb8);
  }
  [data-status='upcoming'] .marker {
    color: var(--profiad-color-upcoming, #4c6272);
  }
  [data-status='delayed'] .marker {
    color: var(--profiad-color-delayed, #b3261e);
  }
  .content {
    padding-block-start: 0.25rem;
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.35;
    font-weight: 700;
  }
  .date,
  .status-label,
  .description {
    margin: 0.25rem 0 0;
  }
  .date {
    color: var(--profiad-color-text-secondary, #4c6272);
  }
  .status-label {
    display: inline-block;
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: var(--profiad-radius, 4px);
    font-size: 0.875em;
    font-weight: 700;
  }
  .today {
    margin: 0 0 1.25rem;
    padding: 0.25rem 0 0 3.25rem;
    border-block-start: 3px dashed var(--profiad-color-today, #330072);
    color: var(--profiad-color-today, #330072);
    font-weight: 700;
  }

  /*
   * Wide containers: milestones side by side, reading left to right, wrapping
   * onto a new row when they no longer fit at a readable width.
   */
  @container (min-width: 48rem) {
    .list {
      display: flex;
      flex-wrap: wrap;
      align-items: stretch;
      row-gap: 1.5rem;
    }
    .milestone {
      flex: 1 1 12rem;
      min-width: 0;
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: auto 1fr;
      row-gap: 0.5rem;
      padding-block-end: 0;
      padding-inline-end: 1rem;
    }
    .milestone::before {
      inset-inline: 2.75rem 0.25rem;
      inset-block: calc(1.25rem - 1px) auto;
      border-inline-start: 0;
      border-block-start: 2px solid var(--profiad-color-border, #768692);
    }
    .today {
      flex: 0 0 auto;
      max-width: 9rem;
      margin: 0 1rem 0 0;
      padding: 2.75rem 0 0 0.5rem;
      border-block-start: 0;
      border-inline-start: 3px dashed var(--profiad-color-today, #330072);
    }
  }

  @media (forced-colors: active) {
    .marker {
      color: CanvasText !important;
      --profiad-icon-contrast: Canvas;
      --profiad-color-background: Canvas;
    }
    .milestone::before,
    .today {
      border-color: CanvasText;
    }
    .today {
      color: CanvasText;
    }
  }

  @media print {
    .list {
      display: block !important;
    }
    .milestone {
      break-inside: avoid;
    }
    .title a::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
      overflow-wrap: anywhere;
    }
  }
`;
