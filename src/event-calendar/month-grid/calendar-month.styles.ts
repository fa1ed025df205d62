import {css} from 'lit';

/**
 * Seven equal columns that shrink with their container (never wider than
 * it, so no horizontal scrolling at 400% zoom). Wide: event chips in each
 * day. Narrow (under 36rem of container): each day shows a count badge
 * instead of chips, and a tap or Enter opens the day's panel.
 * Meaning never rests on colour: today has a ring, cancelled events say so.
 */
export const calendarMonthStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin-block-end: calc(var(--profiad-space, 1rem) * 0.75);
  }
  .heading {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.25;
    font-weight: 700;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .nav-button {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    background: var(--profiad-color-background, #ffffff);
    color: var(--profiad-color-primary, #005eb8);
  }
  .nav-button:hover {
    background: var(--profiad-color-surface, #f0f4f5);
  }
  .nav-button[aria-disabled='true'] {
    cursor: not-allowed;
    border-color: var(--profiad-color-border, #768692);
    color: var(--profiad-color-text-secondary, #4c6272);
    background: var(--profiad-color-surface, #f0f4f5);
  }
  .arrow {
    font-size: 1.5em;
    line-height: 1;
  }

  .grid {
    border: 1px solid var(--profiad-color-border, #768692);
    border-radius: var(--profiad-radius, 4px);
    overflow: hidden;
  }
  .row {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
  }
  .column-header {
    padding: 0.25rem;
    text-align: center;
    font-weight: 700;
    font-size: 0.875em;
    background: var(--profiad-color-surface, #f0f4f5);
    border-block-end: 1px solid var(--profiad-color-border, #768692);
  }
  .day {
    position: relative;
    display: flex;
    flex-direction: column;
    min-width: 0;
    min-height: 7.25rem;
    /* Room at the top for the day number, which sits on the day's button. */
    padding: 2.25rem 0.25rem 0.25rem;
    border-inline-end: 1px solid var(--profiad-color-border, #768692);
    border-block-end: 1px solid var(--profiad-color-border, #768692);
  }
  .day:nth-child(7) {
    border-inline-end: 0;
  }
  .week:last-child .day {
    border-block-end: 0;
  }
  .day.outside {
    background: var(--profiad-color-surface, #f0f4f5);
  }
  /* The day's button covers the whole cell, so a click anywhere on the day opens it and its focus ring outlines the day. */
  .day-button {
    position: absolute;
    inset: 0;
    /* Buttons centre their content vertically; the day number belongs top left. */
    display: flex;
    align-items: flex-start;
    justify-content: flex-start;
    width: 100%;
    height: 100%;
    min-width: 0;
    min-height: 0;
    margin: 0;
    padding: 0.25rem;
    border: 0;
    border-radius: 0;
    background: transparent;
    color: inherit;
    text-align: start;
  }
  .day-button:hover {
    background: var(--profiad-color-surface, #f0f4f5);
  }
  .day-button:focus-visible {
    /* Inside the cell: a neighbour would paint over an outline outside it. */
    outline-offset: -4px;
    box-shadow: inset 0 0 0 7px var(--profiad-focus-color, #ffeb3b);
    border-radius: 0;
  }
  .day.outside .day-number {
    color: var(--profiad-color-text-secondary, #4c6272);
  }
  .day-number {
    display: inline-grid;
    place-items: center;
    min-width: 1.75rem;
    height: 1.75rem;
    padding: 0 0.25rem;
    border: 2px solid transparent;
    border-radius: 999px;
    font-weight: 700;
    line-height: 1;
  }
  .today .day-number {
    border-color: var(--profiad-color-primary, #005eb8);
    background: var(--profiad-color-primary, #005eb8);
    color: var(--profiad-color-on-primary, #ffffff);
  }
  .count {
    display: none;
  }
  .chips {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-width: 0;
    /* Chips take their own clicks; the gaps between them reach the day's button. */
    pointer-events: none;
  }
  .chips > * {
    pointer-events: auto;
  }
  .chip,
  .more {
    display: block;
    width: 100%;
    min-width: 0;
    min-height: 24px;
    margin: 0;
    padding: 0 0.25rem;
    border: 1px solid var(--profiad-color-border, #768692);
    border-radius: var(--profiad-radius, 4px);
    background: var(--profiad-color-surface, #f0f4f5);
    color: var(--profiad-color-text, #212b32);
    font-size: 0.8125em;
    line-height: 1.6;
    text-align: start;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .chip:hover,
  .more:hover {
    background: var(--profiad-color-background, #ffffff);
    text-decoration: underline;
  }
  .chip.all-day {
    background: var(--profiad-color-primary, #005eb8);
    border-color: var(--profiad-color-primary, #005eb8);
    color: var(--profiad-color-on-primary, #ffffff);
  }
  .time {
    font-weight: 700;
    margin-inline-end: 0.25rem;
  }
  .status {
    font-weight: 700;
    margin-inline-end: 0.25rem;
  }
  .cancelled .title {
    text-decoration: line-through;
  }
  .chip.cancelled {
    border-inline-start: 4px solid var(--profiad-color-error, #d5281b);
  }
  .more {
    border-style: dashed;
    background: transparent;
    font-weight: 700;
    color: var(--profiad-color-link, #005eb8);
  }

  .panel {
    margin-block-start: var(--profiad-space, 1rem);
    padding: var(--profiad-space, 1rem);
    border: 1px solid var(--profiad-color-border, #768692);
    border-inline-start: 5px solid var(--profiad-color-primary, #005eb8);
    border-radius: var(--profiad-radius, 4px);
    background: var(--profiad-color-surface, #f0f4f5);
  }
  .panel:focus {
    outline: none;
  }
  .panel:focus-visible {
    outline: 3px solid var(--profiad-focus-outline, #212b32);
  }
  .panel-heading {
    margin: 0 0 0.5rem;
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 700;
  }
  .panel-list {
    list-style: none;
    margin: 0 0 0.75rem;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .panel-event {
    display: block;
    width: 100%;
    text-align: start;
    background: var(--profiad-color-background, #ffffff);
    color: var(--profiad-color-text, #212b32);
    border-color: var(--profiad-color-border, #768692);
  }
  .panel-event:hover {
    background: var(--profiad-color-background, #ffffff);
    text-decoration: underline;
  }
  .panel-event .title {
    font-weight: 700;
  }
  /* All day reads after the title, as in its accessible name ("Carmarthen drop-in, all day, ..."). */
  .panel-event .all-day-label {
    display: block;
    font-size: 0.875em;
    color: var(--profiad-color-text-secondary, #4c6272);
  }
  .panel-empty {
    margin: 0 0 0.75rem;
  }

  /* Narrow containers (phones, sidebars, 400% zoom): a count per day instead of chips. */
  @container (max-width: 36rem) {
    .toolbar {
      flex-direction: column;
      align-items: stretch;
    }
    .nav-button {
      flex: 1 1 auto;
      justify-content: center;
      padding-inline: 0.5rem;
    }
    .column-header {
      padding-inline: 0;
      font-size: 0.8125em;
    }
    .day {
      min-height: 4rem;
      align-items: center;
      justify-content: flex-end;
      padding: 2rem 0.125rem 0.25rem;
    }
    .day-button {
      justify-content: center;
      padding: 0.125rem;
    }
    .chips {
      display: none;
    }
    .count {
      position: relative;
      pointer-events: none;
      display: inline-grid;
      place-items: center;
      min-width: 1.5rem;
      height: 1.5rem;
      padding: 0 0.25rem;
      border-radius: 999px;
      border: 1px solid var(--profiad-color-primary, #005eb8);
      color: var(--profiad-color-primary, #005eb8);
      font-size: 0.8125em;
      font-weight: 700;
      line-height: 1;
    }
  }

  @media (forced-colors: active) {
    .grid,
    .column-header,
    .day,
    .panel {
      border-color: CanvasText;
    }
    /* Keep the ring on today only (forced colours would paint every transparent border). */
    .day-number {
      forced-color-adjust: none;
      border-color: transparent;
      color: ButtonText;
    }
    .today .day-number {
      border-color: ButtonText;
      background: Highlight;
      color: HighlightText;
    }
    .day.outside .day-number {
      color: GrayText;
    }
    .day-button:focus-visible {
      outline: 4px solid Highlight;
      outline-offset: -4px;
    }
    .chip,
    .more,
    .count {
      border-color: ButtonText;
    }
    .nav-button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
