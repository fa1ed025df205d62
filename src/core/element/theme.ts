import {css} from 'lit';

/**
 * Design tokens every element reads, with NHS Wales-like defaults. Host pages
 * theme profiad by setting `--profiad-*` custom properties on the element or any
 * ancestor; nothing else from the page reaches inside the shadow root.
 *
 * `.base` resets every inherited property a hostile or careless page could set
 * on an ancestor (`text-transform`, `letter-spacing`, `white-space`...), so the
 * widget reads the same on any site.
 */
export const themeStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    font-family: var(--profiad-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--profiad-font-size, 1rem);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    text-shadow: none;
    white-space: normal;
    visibility: visible;
    cursor: auto;
    /* Also inherited, and each can make text unreadable or shouting when a page sets it on <body>. */
    font-variant: normal;
    font-stretch: normal;
    font-feature-settings: normal;
    font-kerning: auto;
    word-break: normal;
    writing-mode: horizontal-tb;
    text-orientation: mixed;
    text-align-last: auto;
    text-emphasis: none;
    -webkit-text-fill-color: currentcolor;
    -webkit-text-stroke-width: 0;
    color: var(--profiad-color-text, #212b32);
    background: var(--profiad-color-background, transparent);
    overflow-wrap: break-word;
    hyphens: auto;
    box-sizing: border-box;
  }
  .base *,
  .base *::before,
  .base *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--profiad-color-link, #005eb8);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:visited {
    color: var(--profiad-color-link-visited, #330072);
  }
  a:hover {
    text-decoration-thickness: 3px;
  }
  :focus-visible {
    outline: 3px solid var(--profiad-focus-outline, #212b32);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--profiad-focus-color, #ffeb3b);
    border-radius: 2px;
  }
  button {
    font: inherit;
    letter-spacing: inherit;
    text-transform: none;
    cursor: pointer;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5rem 1rem;
    border-radius: var(--profiad-radius, 4px);
    border: 2px solid var(--profiad-color-primary, #005eb8);
    background: var(--profiad-color-primary, #005eb8);
    color: var(--profiad-color-on-primary, #ffffff);
  }
  button:hover {
    background: var(--profiad-color-primary-hover, #003d78);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    button {
      border-color: ButtonText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** Styles for the loading / error / empty / notice blocks rendered by feed-status.ts. */
export const feedStatusStyles = css`
  .feed-message {
    margin: 0 0 var(--profiad-space, 1rem);
    padding: var(--profiad-space, 1rem);
    border-inline-start: 5px solid var(--profiad-color-border, #768692);
    background: var(--profiad-color-surface, #f0f4f5);
  }
  .feed-message[data-kind='error'] {
    border-color: var(--profiad-color-error, #d5281b);
  }
  .feed-message p {
    margin: 0 0 0.5rem;
  }
  .feed-message p:last-child {
    margin-bottom: 0;
  }
  .feed-message strong {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .feed-message {
      border: 1px solid CanvasText;
      border-inline-start-width: 5px;
    }
  }
`;

/**
 * The outer section of a widget (focused, unseen, after "Try again" so keyboard
 * users stay inside it) and the feed title's heading.
 */
export const sectionStyles = css`
  .base:focus {
    outline: none;
  }
  .heading {
    margin: 0 0 0.5rem;
    font-size: 1.5em;
    line-height: 1.25;
    font-weight: 700;
  }
`;
