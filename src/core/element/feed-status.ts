import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {FeedController} from './feed-controller.js';
import type {FeedErrorKind} from '../dom-free/feed-types.js';

/** The sentences that name what a widget shows ("milestones", "events"...), in the reader's language. */
export interface FeedStatusText {
  loading: string;
  failed: string;
  empty: string;
  someNotShown: string;
}

/** What the reader can do about each kind of failure. Called during render, so it is in the element's language. */
function advice(kind: FeedErrorKind): string {
  switch (kind) {
    case 'network':
      return msg('Check your internet connection, then try again.', {id: 'feed.error.network'});
    case 'timeout':
      return msg('The service took too long to answer. Try again in a moment.', {id: 'feed.error.timeout'});
    case 'http':
      return msg('Sorry, there is a problem with the service. Try again later.', {id: 'feed.error.http'});
    case 'format':
      return msg('The information is not in a form we can show. If this continues, contact the owner of this website.', {id: 'feed.error.format'});
  }
}

/**
 * The loading line (a polite live region that is always present, so it is
 * announced), the error block with a retry button, the empty sentence, and a
 * notice when some items were left out. Returns what to show above the content.
 */
export function renderFeedStatus<T>(feed: FeedController<T>, text: FeedStatusText, onRetry: () => void): TemplateResult {
  return html`
    <div part="status" class="visually-hidden" role="status" aria-live="polite">${feed.state === 'loading' ? text.loading : nothing}</div>
    ${feed.state === 'loading' ? html`<p part="loading" class="feed-message" data-kind="loading" aria-hidden="true">${text.loading}</p>` : nothing}
    ${feed.state === 'error' && feed.error
      ? html`<div part="error" class="feed-message" data-kind="error" role="alert">
          <p><strong>${text.failed}</strong></p>
          <p>${advice(feed.error.kind)}</p>
          <p><button part="retry-button" type="button" @click=${onRetry}>${msg('Try again', {id: 'feed.retry'})}</button></p>
        </div>`
      : nothing}
    ${feed.state === 'empty' ? html`<p part="empty" class="feed-message" data-kind="empty">${text.empty}</p>` : nothing}
    ${(feed.state === 'ready' || feed.state === 'empty') && feed.problems.some((problem) => !problem.intended)
      ? html`<p part="notice" class="feed-message" data-kind="notice">${text.someNotShown}</p>`
      : nothing}
  `;
}
