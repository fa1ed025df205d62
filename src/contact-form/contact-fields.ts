import {nothing} from 'lit';
import {html} from 'lit/static-html.js';
import type {Language} from '../core/dom-free/translate.js';
import type {SafeUrl} from '../core/dom-free/safe-url.js';
import {characterLimitHint, charactersRemaining, charactersTooMany, consentHint, consentLabel, errorPrefix, errorText, fieldText, honeypotLabel, privacyLinkText} from './contact-messages.js';
import {characterCount, type ContactField, type ContactValues, type FieldError} from './contact-model.js';

/*
 * Values are bound as properties from the form's state, which every input and
 * change event updates first; so what Lit last set is what the control shows,
 * and the `live` directive (which re-reads the DOM) is not needed.
 */

/** Each text field's input type and autocomplete token (WCAG 1.3.5). */
const TEXT_FIELDS = {
  name: {type: 'text', autocomplete: 'name', spellcheck: 'false'},
  email: {type: 'email', autocomplete: 'email', spellcheck: 'false'},
  phone: {type: 'tel', autocomplete: 'tel', spellcheck: 'false'},
  organisation: {type: 'text', autocomplete: 'organization', spellcheck: 'true'},
} as const;
export type TextField = keyof typeof TEXT_FIELDS;

/** What the field templates need from the form: its language, values and errors, and how to report input. */
export interface FieldsView {
  /** The form's language, with the author's wording. */
  language: Language;
  values: ContactValues;
  messageLimit: number;
  /** The message length last announced to screen readers (see CharacterCountController). */
  announcedLength: number | undefined;
  errorFor(field: ContactField): FieldError | undefined;
  setValue(field: keyof ContactValues, value: string | boolean): void;
  onTextInput(field: TextField | 'message', event: Event): void;
}

/** Hint, then inline error, as GOV.UK wires them to the control. */
function describedBy(view: FieldsView, field: ContactField, extra: string[] = []): string | typeof nothing {
  const ids = [fieldText(view.language, field).hint ? `${field}-hint` : '', ...extra, view.errorFor(field) ? `${field}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

function renderHint(view: FieldsView, field: ContactField) {
  const hint = fieldText(view.language, field).hint;
  return hint ? html`<p id="${field}-hint" class="hint" part="hint">${hint}</p>` : nothing;
}

/** The inline error, with a visually hidden "Error:" so a screen reader says what it is. */
function renderError(view: FieldsView, field: ContactField) {
  const error = view.errorFor(field);
  if (!error) return nothing;
  return html`<p id="${field}-error" class="error-message" part="error-message"><span class="visually-hidden">${errorPrefix(view.language)}</span> ${errorText(view.language, field, error.code, view.messageLimit)}</p>`;
}

function fieldClass(error: FieldError | undefined): 'field' | 'field field-error' {
  return error ? 'field field-error' : 'field';
}

export function renderTextField(view: FieldsView, field: TextField) {
  const {type, autocomplete, spellcheck} = TEXT_FIELDS[field];
  const error = view.errorFor(field);
  return html`
    <div class=${fieldClass(error)} part=${fieldClass(error)}>
      <label for=${field} class="label" part="label">${fieldText(view.language, field).label}</label>
      ${renderHint(view, field)} ${renderError(view, field)}
      <input
        id=${field}
        name=${field}
        class="input input-${field}"
        part="input"
        type=${type}
        autocomplete=${autocomplete}
        spellcheck=${spellcheck}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${describedBy(view, field)}
        .value=${view.values[field]}
        @input=${(event: Event) => view.onTextInput(field, event)}
      />
    </div>
  `;
}

/**
 * The message box and GOV.UK's character count: the visible count (hidden from
 * screen readers) follows every key; the polite live region gets the count
 * only once typing pauses; the limit itself is in the box's description.
 */
export function renderMessage(view: FieldsView) {
  const {language, messageLimit: limit} = view;
  const error = view.errorFor('message');
  const length = characterCount(view.values.message);
  const over = length > limit;
  const countText = (n: number) => (n > limit ? charactersTooMany(language, n - limit) : charactersRemaining(language, limit - n));
  const visible = length === 0 ? characterLimitHint(language, limit) : countText(length);
  return html`
    <div class=${fieldClass(error)} part=${fieldClass(error)}>
      <label for="message" class="label" part="label">${fieldText(language, 'message').label}</label>
      ${renderHint(view, 'message')} ${renderError(view, 'message')}
      <textarea
        id="message"
        name="message"
        class="input textarea ${over ? 'input-over' : ''}"
        part="input"
        rows="8"
        spellcheck="true"
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${describedBy(view, 'message', ['message-limit'])}
        .value=${view.values.message}
        @input=${(event: Event) => view.onTextInput('message', event)}
      ></textarea>
      <p id="message-limit" class="visually-hidden">${characterLimitHint(language, limit)}</p>
      <p class="count ${over ? 'count-over' : ''}" part="count ${over ? 'count-over' : ''}" aria-hidden="true">${visible}</p>
      <p class="visually-hidden count-status" aria-live="polite">${view.announcedLength === undefined ? '' : countText(view.announcedLength)}</p>
    </div>
  `;
}

/** A question answered by one choice: a fieldset whose legend is the question. */
export function renderRadios(view: FieldsView, field: 'role' | 'topic' | 'replyLanguage', options: {value: string; label: unknown}[], selected: string) {
  const error = view.errorFor(field);
  return html`
    <div class=${fieldClass(error)} part=${fieldClass(error)}>
      <fieldset class="fieldset" aria-describedby=${describedBy(view, field)}>
        <legend id="${field}-legend" class="label" part="label">${fieldText(view.language, field).label}</legend>
        ${renderHint(view, field)} ${renderError(view, field)}
        <div class="radios">
          ${options.map(
            (option, index) => html`
              <div class="choice">
                <input
                  id="${field}-${index}"
                  type="radio"
                  name=${field}
                  .value=${option.value}
                  .checked=${selected === option.value}
                  @change=${() => view.setValue(field, option.value)}
                />
                <label for="${field}-${index}">${option.label}</label>
              </div>
            `,
          )}
        </div>
      </fieldset>
    </div>
  `;
}

/** Consent to the privacy notice, with a link to it when the author gave one. */
export function renderConsent(view: FieldsView, privacyUrl: SafeUrl | undefined) {
  const {language} = view;
  const error = view.errorFor('consent');
  return html`
    <div class=${fieldClass(error)} part=${fieldClass(error)}>
      <fieldset class="fieldset" aria-describedby=${describedBy(view, 'consent', ['consent-hint'])}>
        <legend id="consent-legend" class="label" part="label">${fieldText(language, 'consent').label}</legend>
        <p id="consent-hint" class="hint" part="hint">
          ${consentHint(language)} ${privacyUrl ? html`<a href=${privacyUrl} target="_blank" rel="noopener">${privacyLinkText(language)}</a>` : nothing}
        </p>
        ${renderError(view, 'consent')}
        <div class="choice">
          <input id="consent" name="consent" type="checkbox" .checked=${view.values.consent} @change=${(event: Event) => view.setValue('consent', (event.target as HTMLInputElement).checked)} />
          <label for="consent">${consentLabel(language)}</label>
        </div>
      </fieldset>
    </div>
  `;
}

/** A field people never see or reach (hidden from screen readers, out of the tab order): only scripts fill it. */
export function renderHoneypot(view: FieldsView) {
  return html`
    <div class="honeypot" aria-hidden="true">
      <label for="website">${honeypotLabel(view.language)}</label>
      <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${view.values.website} @input=${(event: Event) => view.setValue('website', (event.target as HTMLInputElement).value)} />
    </div>
  `;
}
