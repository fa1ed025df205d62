import {nothing} from 'lit';
import {html} from 'lit/static-html.js';
import {retryLabel} from '../core/dom-free/feed-messages.js';
import type {Locale} from '../core/dom-free/locale.js';
import type {Language} from '../core/dom-free/translate.js';
import {headingTag} from '../core/element/heading-tag.js';
import {errorSummaryHeading, errorText, failureText, mailtoText, successText, type SendFailure} from './contact-messages.js';
import type {ContactField, FieldError} from './contact-model.js';

/*
 * The blocks that appear after the reader presses Send: each takes focus
 * (tabindex="-1"), so a screen reader reads it and keyboard users start from it.
 */

/** The confirmation, with the reference number. */
export function renderSuccess(language: Language, reference: string, replyLanguage: Locale, level: number) {
  const text = successText(language, replyLanguage);
  const tag = headingTag(level);
  return html`
    <div class="success" part="success" tabindex="-1">
      <${tag} class="success-heading">${text.heading}</${tag}>
      <p class="reference" part="reference">${text.reference(reference)}</p>
      <p>${text.reply}</p>
    </div>
  `;
}

/** "There is a problem", with a link to each field in error (a problem with the whole message is a line without a link). */
export function renderErrorSummary(language: Language, errors: readonly FieldError[], messageLimit: number, level: number, goToField: (event: Event, field: ContactField) => void) {
  const tag = headingTag(level);
  return html`
    <div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-heading">
      <${tag} id="error-summary-heading" class="error-summary-heading">${errorSummaryHeading(language)}</${tag}>
      <ul class="error-list">
        ${errors.map(({field, code}) => {
          const text = errorText(language, field, code, messageLimit);
          return html`<li>${field === 'form' ? text : html`<a href="#${field}" @click=${(event: Event) => goToField(event, field)}>${text}</a>`}</li>`;
        })}
      </ul>
    </div>
  `;
}

/** What went wrong with a send and what to do, with "Try again". */
export function renderFailure(language: Language, failure: SendFailure, level: number, teamEmail: string | undefined, retry: (event: Event) => void) {
  const text = failureText(language, failure);
  const tag = headingTag(level);
  return html`
    <div class="failure" part="failure" tabindex="-1" aria-labelledby="failure-heading">
      <${tag} id="failure-heading" class="failure-heading">${text.heading}</${tag}>
      <p>${text.advice}</p>
      ${failure === 'rejected' && teamEmail ? html`<p><a href="mailto:${teamEmail}">${teamEmail}</a></p>` : nothing}
      <button type="button" class="retry" part="retry-button" @click=${retry}>${retryLabel(language)}</button>
    </div>
  `;
}

/** Without an endpoint: the email program should have opened; a link in case it did not. */
export function renderMailtoNotice(language: Language, href: string, teamEmail: string | undefined) {
  const text = mailtoText(language);
  return html`<div class="mailto" part="failure" tabindex="-1"><p>${text.opened}</p><p><a href=${href}>${teamEmail}</a></p></div>`;
}
