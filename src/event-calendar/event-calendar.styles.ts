import {css} from 'lit';

/**
 * The calendar shell: toolbar, filters, list view and details dialog. One
 * column in narrow containers (sidebars, phones, 400% zoom); the list puts
 * times beside titles and the filters side by side once the element's own
 * container is wide enough. Status is always in words; colour only adds to it.
 */
export const eventCalendarStyles = css`
  button.secondary,
  .view-button {
    background: var(--profiad-color-background, #ffffff);
    color: var(--profiad-color-primary, #005eb8);
  }
  button.secondary:hover,
  .view-button:hover {
    background: var(--profiad-color-surface, #f0f4f5);
  }
  .view-button[aria-pressed='true'] {
    background: var(--profiad-color-primary, #005eb8);
    color: var(--profiad-color-on-primary, #ffffff);
  }

  /* Toolbar: view switch and past toggle */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1.5rem;
    margin: 0 0 var(--profiad-space, 1rem);
  }
  .view-switch {
    display: inline-flex;
  }
  .view-switch .view-button:first-child {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .view-switch .view-button:last-child {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    margin-inline-start: -2px;
  }
  .past-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
    cursor: pointer;
  }
  input[type='checkbox'] {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--profiad-color-primary, #005eb8);
  }

  /* Filters */
  .filters {
    /* A fieldset is never narrower than its content by default: let it shrink with the container. */
    min-inline-size: 0;
    margin: 0 0 var(--profiad-space, 1rem);
    padding: 0.75rem var(--profiad-space, 1rem) var(--profiad-space, 1rem);
    border: 1px solid var(--profiad-color-border, #768692);
    border-radius: var(--profiad-radius, 4px);
    background: var(--profiad-color-surface, #f0f4f5);
  }
  .filters legend {
    padding: 0 0.25rem;
    font-weight: 700;
  }
  .filter-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
    gap: 0.75rem;
  }
  .filter {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    gap: 0.25rem;
  }
  .filter label {
    font-weight: 700;
  }
  select {
    font: inherit;
    min-height: 44px;
    max-width: 100%;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--profiad-color-text, #212b32);
    border-radius: var(--profiad-radius, 4px);
    background: var(--profiad-color-background, #ffffff);
    color: var(--profiad-color-text, #212b32);
  }
  .filters .clear {
    margin-top: 0.75rem;
  }
  .result-count {
    margin: 0 0 var(--profiad-space, 1rem);
    font-weight: 700;
  }

  /* List view */
  .days,
  .events {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .day {
    margin: 0 0 var(--profiad-space, 1rem);
  }
  .day-heading {
    margin: 0 0 0.5rem;
    padding: 0.5rem 0.75rem;
    font-size: 1.125em;
    line-height: 1.3;
    font-weight: 700;
    background: var(--profiad-color-surface, #f0f4f5);
    border-inline-start: 5px solid var(--profiad-color-primary, #005eb8);
  }
  .event {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.125rem 1rem;
    padding: 0.5rem 0.75rem 0.75rem;
    border-bottom: 1px solid var(--profiad-color-border, #768692);
  }
  .event:last-child {
    border-bottom: none;
  }
  .event p {
    margin: 0;
  }
  .event-time,
  .event-location,
  .event-facts {
    color: var(--profiad-color-text-secondary, #4c6272);
  }
  .event-time {
    font-variant-numeric: tabular-nums;
  }
  .event-ends {
    display: block;
  }
  .event-facts span + span::before {
    content: '·' / '';
    margin-inline: 0.4em;
  }
  /* The title is a button that reads as a link: it opens the details. */
  .event-button,
  .link-button {
    min-height: 44px;
    min-width: 0;
    padding: 0.25rem 0;
    border: none;
    background: none;
    color: var(--profiad-color-link, #005eb8);
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .event-button:hover,
  .link-button:hover {
    background: none;
    text-decoration-thickness: 3px;
  }
  .link-button {
    min-height: 0;
    padding: 0.5rem 0;
    font-weight: 400;
  }
  .tag {
    display: inline-block;
    margin-inline-start: 0.5rem;
    padding: 0 0.5rem;
    border: 2px solid currentColor;
    border-radius: var(--profiad-radius, 4px);
    font-size: 0.875em;
    font-weight: 700;
    white-space: nowrap;
  }
  .tag[data-status='cancelled'] {
    color: var(--profiad-color-cancelled, var(--profiad-color-error, #d5281b));
  }
  .tag[data-status='full'] {
    color: var(--profiad-color-full, #7c2855);
  }
  .event[data-status='cancelled'] .event-button {
    color: var(--profiad-color-text-secondary, #4c6272);
  }
  .more {
    margin: var(--profiad-space, 1rem) 0 0;
  }

  @container (min-width: 36rem) {
    .event {
      grid-template-columns: 9rem minmax(0, 1fr);
    }
  }

  /* Details dialog */
  dialog {
    /* The facts inside lay out by the dialog's width, not the calendar's. */
    container-type: inline-size;
    width: min(40rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    padding: var(--profiad-space, 1rem) calc(var(--profiad-space, 1rem) * 1.5);
    border: 2px solid var(--profiad-color-border, #768692);
    border-radius: var(--profiad-radius, 4px);
    background: var(--profiad-color-dialog-background, #ffffff);
    color: var(--profiad-color-text, #212b32);
    font-family: var(--profiad-font-family, system-ui, sans-serif);
    font-size: var(--profiad-font-size, 1rem);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  dialog::backdrop {
    background: var(--profiad-color-backdrop, rgb(33 43 50 / 0.6));
  }
  .dialog-header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 1rem;
  }
  .dialog-title {
    margin: 0.25rem 0 0.75rem;
    font-size: 1.5em;
    line-height: 1.25;
  }
  .dialog-title:focus {
    outline: none;
  }
  .dialog-title:focus-visible {
    outline: 3px solid var(--profiad-focus-outline, #212b32);
  }
  .close {
    flex: none;
  }
  .status-banner {
    margin: 0 0 var(--profiad-space, 1rem);
    padding: 0.5rem 0.75rem;
    border-inline-start: 5px solid var(--profiad-color-cancelled, var(--profiad-color-error, #d5281b));
    background: var(--profiad-color-surface, #f0f4f5);
  }
  .status-banner[data-status='full'] {
    border-color: var(--profiad-color-full, #7c2855);
  }
  .facts {
    margin: 0 0 var(--profiad-space, 1rem);
  }
  .fact {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    padding: 0.375rem 0;
    border-bottom: 1px solid var(--profiad-color-border, #768692);
  }
  .fact dt {
    font-weight: 700;
  }
  .fact dd {
    margin: 0;
  }
  .audience {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .description {
    margin: 0 0 var(--profiad-space, 1rem);
    white-space: pre-line;
  }
  .button-link {
    display: inline-block;
    padding: 0.5rem 1rem;
    border-radius: var(--profiad-radius, 4px);
    background: var(--profiad-color-primary, #005eb8);
    color: var(--profiad-color-on-primary, #ffffff);
    font-weight: 700;
    text-decoration: none;
  }
  .button-link:visited {
    color: var(--profiad-color-on-primary, #ffffff);
  }
  .button-link:hover {
    background: var(--profiad-color-primary-hover, #003d78);
    text-decoration: underline;
  }
  .add-heading {
    margin: 0 0 0.25rem;
    font-size: 1.125em;
  }
  .add-links {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .add-links a {
    display: inline-block;
    padding: 0.5rem 0;
  }
  @container (min-width: 30rem) {
    .fact {
      grid-template-columns: 12rem minmax(0, 1fr);
      gap: 1rem;
    }
  }

  @media (forced-colors: active) {
    .view-button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .tag,
    .day-heading,
    .status-banner {
      border-color: CanvasText;
    }
    .event-button,
    .link-button {
      color: LinkText;
    }
  }
`;
