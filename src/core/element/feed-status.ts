import {html, nothing, type TemplateResult} from 'lit';
import type {FeedController} from './feed-controller.js';
import {feedErrorAdvice, retryLabel, type FeedStatusText} from '../dom-free/feed-messages.js';
import type {Language} from '../dom-free/translate.js';

/**
 * The loading line (a polite live region that is always present, so it is
 * announced), the error block with a retry button, the empty sentence, and a
 * notice when some items were left out. Returns what to show above the content.
 */
export function renderFeedStatus<T>(feed: FeedController<T>, language: Language, text: FeedStatusText, onRetry: () => void): TemplateResult {
  return html`
    <div part="status" class="visually-hidden" role="status" aria-live="polite">${feed.state === 'loading' ? text.loading : nothing}</div>
    ${feed.state === 'loading' ? html`<p part="loading" class="feed-message" data-kind="loading" aria-hidden="true">${text.loading}</p>` : nothing}
    ${
      feed.state === 'error' && feed.error
        ? html`<div part="error" class="feed-message" data-kind="error" role="alert">
          <p><strong>${text.failed}</strong></p>
          <p>${feedErrorAdvice(language, feed.error.kind)}</p>
          <p><button part="retry-button" type="button" @click=${onRetry}>${retryLabel(language)}</button></p>
        </div>`
        : nothing
    }
    ${feed.state === 'empty' ? html`<p part="empty" class="feed-message" data-kind="empty">${text.empty}</p>` : nothing}
    ${
      (feed.state === 'ready' || feed.state === 'empty') && feed.problems.some((problem) => !problem.intended && !problem.stillShown)
        ? html`<p part="notice" class="feed-message" data-kind="notice">${text.someNotShown}</p>`
        : nothing
    }
  `;
}
