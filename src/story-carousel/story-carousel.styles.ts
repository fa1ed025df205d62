import {css} from 'lit';

/**
 * One story at a time in narrow containers, two from 40rem and three from
 * 64rem of the element's own width (the container query sets --per-view,
 * which the element reads to know which stories are in view). The viewport
 * scrolls sideways with mandatory snapping, so touch and trackpad swipes land
 * on a story. Calm colours: content notes are grey, never red.
 */
export const storyCarouselStyles = css`
  .carousel {
    --story-gap: var(--profiad-space, 1rem);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0 0 0.75rem;
  }
  .picker {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .picker button,
  button.secondary,
  button.step,
  button.pause {
    background: var(--profiad-color-story-background, #ffffff);
    color: var(--profiad-color-primary, #005eb8);
  }
  .picker button {
    padding: 0.25rem 0.5rem;
  }
  .picker button[aria-current='true'] {
    background: var(--profiad-color-primary, #005eb8);
    color: var(--profiad-color-on-primary, #ffffff);
    font-weight: 700;
  }
  .picker button:hover,
  button.secondary:hover,
  button.step:hover,
  button.pause:hover {
    background: var(--profiad-color-surface, #f0f4f5);
    color: var(--profiad-color-primary-hover, #003d78);
  }
  .picker button[aria-current='true']:hover {
    background: var(--profiad-color-primary-hover, #003d78);
    color: var(--profiad-color-on-primary, #ffffff);
  }
  button[aria-disabled='true'] {
    opacity: 0.45;
    cursor: default;
  }
  button[aria-disabled='true']:hover {
    background: var(--profiad-color-story-background, #ffffff);
    color: var(--profiad-color-primary, #005eb8);
  }
  button.step {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }
  .arrow {
    font-size: 1.25em;
    line-height: 1;
  }

  .viewport {
    --per-view: 1;
    position: relative;
    overflow-x: auto;
    overflow-y: hidden;
    overscroll-behavior-x: contain;
    scroll-snap-type: x mandatory;
    scrollbar-width: thin;
  }
  /* The same breakpoints as expectedPerView() in story-carousel.component.ts. */
  @container (min-width: 40rem) {
    .viewport {
      --per-view: 2;
    }
    .track {
      align-items: stretch;
    }
  }
  @container (min-width: 64rem) {
    .viewport {
      --per-view: 3;
    }
  }
  /*
   * The track is as tall as the tallest story, so nothing below it moves when another story is
   * shown. One at a time, each story keeps its own height (no tall empty card); side by side,
   * stories share the row's height.
   */
  .track {
    display: flex;
    gap: var(--story-gap);
    align-items: flex-start;
    /* Room for the focus ring of a story inside the scrolling box. */
    padding: 6px 0 8px;
  }
  .track > .story {
    flex: 0 0 calc((100% - (var(--per-view) - 1) * var(--story-gap)) / var(--per-view));
    min-width: 0;
    scroll-snap-align: start;
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--story-gap, 1rem);
  }
  @container (min-width: 40rem) {
    .list {
      grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr));
    }
  }
  .list-item {
    display: grid;
  }

  .story {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: var(--profiad-space, 1rem);
    border: 1px solid var(--profiad-color-border, #768692);
    border-radius: var(--profiad-radius, 4px);
    background: var(--profiad-color-story-background, #ffffff);
  }
  .story:focus-visible {
    outline-offset: -3px;
  }
  .story > * {
    margin: 0;
  }
  .position,
  .attribution {
    color: var(--profiad-color-text-secondary, #4c6272);
    font-size: 0.9375em;
  }
  .attribution .name {
    color: var(--profiad-color-text, #212b32);
  }
  .title {
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 700;
  }
  .content[hidden] {
    display: none;
  }
  .content > * {
    margin: 0 0 0.75rem;
  }
  .content > :last-child {
    margin-bottom: 0;
  }
  .quote {
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--profiad-color-quote, #005eb8);
    font-size: 1.125em;
  }

  .image-frame {
    aspect-ratio: 3 / 2;
    overflow: hidden;
    border-radius: var(--profiad-radius, 4px);
    background: var(--profiad-color-surface, #f0f4f5);
  }
  .image-frame img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .image-frame[data-broken] {
    display: grid;
    place-items: center;
    padding: 0.5rem;
  }
  .image-alt {
    margin: 0;
    font-style: italic;
    color: var(--profiad-color-text-secondary, #4c6272);
  }
  video {
    display: block;
    width: 100%;
    aspect-ratio: 16 / 9;
    background: #000000;
  }
  details {
    margin-top: 0.5rem;
  }
  summary {
    cursor: pointer;
    color: var(--profiad-color-link, #005eb8);
    text-decoration: underline;
  }

  .content-note {
    padding: 0.75rem;
    border-inline-start: 4px solid var(--profiad-color-border, #768692);
    background: var(--profiad-color-surface, #f0f4f5);
  }
  .content-note p {
    margin: 0;
  }
  .note-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.75rem !important;
  }

  .support {
    margin-top: calc(var(--profiad-space, 1rem) * 1.5);
    padding: var(--profiad-space, 1rem);
    border-inline-start: 4px solid var(--profiad-color-primary, #005eb8);
    background: var(--profiad-color-surface, #f0f4f5);
  }
  .support-heading {
    margin: 0 0 0.5rem;
    font-size: 1.125em;
    font-weight: 700;
  }

  @media (forced-colors: active) {
    .story,
    .content-note,
    .support,
    .image-frame {
      border: 1px solid CanvasText;
    }
    .picker button[aria-current='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
      opacity: 1;
    }
  }

  /* Print: every story, one after another, unfolded or not as the reader left it; no buttons. */
  @media print {
    .controls,
    .note-actions {
      display: none !important;
    }
    .viewport {
      overflow: visible !important;
    }
    .track {
      display: block !important;
    }
    .story {
      break-inside: avoid;
      margin-bottom: 1rem;
    }
    .link a::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
