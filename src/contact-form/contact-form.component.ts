import {LitElement, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {html} from 'lit/static-html.js';
import {textFor} from '../core/dom-free/bilingual-text.js';
import {headingLevel, subheadingLevel} from '../core/dom-free/heading-level.js';
import type {Locale} from '../core/dom-free/locale.js';
import {safeUrl} from '../core/dom-free/safe-url.js';
import {headingTag} from '../core/element/heading-tag.js';
import {LocaleController, stringsProperty} from '../core/element/locale-controller.js';
import {renderText} from '../core/element/render-text.js';
import {renderUrgentServices, urgentHelpStyles} from '../core/element/urgent-help.js';
import {themeStyles} from '../core/element/theme.js';
import type {Language, Wording} from '../core/dom-free/translate.js';
import {welsh} from '../generated/welsh/contact-form.js';
import {welsh as urgentWelsh} from '../generated/welsh/urgent-help.js';
import {CharacterCountController} from './character-count.js';
import {renderConsent, renderHoneypot, renderMessage, renderRadios, renderTextField, type FieldsView, type TextField} from './contact-fields.js';
import {contactFormStyles} from './contact-form.styles.js';
import {fieldText, formHeading, mailtoText, roleLabel, sendingText, sendLabel, topicLabel, urgentHelpHeading, welshWelcome, type SendFailure} from './contact-messages.js';
import {BUILT_IN_TOPICS, characterCount, EMPTY_VALUES, FIELDS, LIMITS, ROLES, toSubmission, validateValues, type ContactField, type ContactValues, type FieldError} from './contact-model.js';
import {renderErrorSummary, renderFailure, renderMailtoNotice, renderSuccess} from './contact-panels.js';
import {parseTopics, type ContactTopic} from './contact-topics.js';
import type {TopicInput, TopicsInput} from '../generated/feeds/topics.js';
import {DraftController} from './draft-controller.js';
import {SendController} from './send-controller.js';

/** Detail of `profiad-submit`. */
export interface ProfiadSubmitDetail {
  reference: string;
  id: string;
  replyLanguage: Locale;
}

/** Detail of `profiad-submit-error`. */
export interface ProfiadSubmitErrorDetail {
  failure: SendFailure;
  status?: number;
}

type Phase = {name: 'editing'} | {name: 'failed'; failure: SendFailure} | {name: 'sent'; reference: string; replyLanguage: Locale} | {name: 'mailto'; href: string};

/** Fields asked as a group (a fieldset): an error link brings their legend into view. */
const GROUPED: readonly ContactField[] = ['role', 'topic', 'replyLanguage', 'consent'];

/** The built-in topics, labelled in the reader's language (with the author's wording). */
const builtInTopics = (language: Language): ContactTopic[] => BUILT_IN_TOPICS.map((value) => ({value, label: topicLabel(language, value)}));

/**
 * A contact form for the team, in Welsh or English, following the GOV.UK
 * Design System's patterns: labels and hints, validation only on submit with
 * an error summary that takes focus, a character count that allows typing
 * past the limit, a confirmation with a reference number. The message is
 * POSTed as JSON to `endpoint` (the receiver in server/); without it the
 * reader's email program opens with the message written out.
 *
 * @summary A bilingual, accessible contact form that never loses what was typed.
 *
 * @fires profiad-submit - The receiver stored the message. `detail: {reference, id, replyLanguage}`. Fires after the confirmation shows.
 * @fires profiad-submit-error - A send failed; what was typed is still in the form. `detail: {failure: 'offline' | 'timeout' | 'rate-limited' | 'too-large' | 'rejected' | 'server', status?}`.
 *
 * @csspart base - The outer `<section>`.
 * @csspart heading - "Contact the team".
 * @csspart urgent - The notice that the form is not for urgent help.
 * @csspart phone - A number to call (a tel: link) in the urgent-help notice.
 * @csspart welsh-notice - The sentence welcoming messages in Welsh.
 * @csspart form - The `<form>`.
 * @csspart error-summary - "There is a problem", with a link to each field.
 * @csspart failure - What went wrong with a send, and the "Try again" button.
 * @csspart retry-button - "Try again".
 * @csspart field - Each question's block.
 * @csspart field-error - Also on a question's block when it has an error.
 * @csspart label - A field's label or legend.
 * @csspart hint - A field's hint.
 * @csspart error-message - A field's inline error.
 * @csspart input - Text inputs and the message box.
 * @csspart count - The visible character count.
 * @csspart count-over - Also on the character count past the limit.
 * @csspart submit-button - "Send message".
 * @csspart status - The polite live region ("Sending your message…").
 * @csspart success - The confirmation panel with the reference number.
 * @csspart reference - The reference number.
 *
 * @cssprop [--profiad-font-family=system-ui, sans-serif] - Font of all text.
 * @cssprop [--profiad-font-size=1rem] - Base font size.
 * @cssprop [--profiad-color-text=#212b32] - Text colour.
 * @cssprop [--profiad-color-background=transparent] - Background of the widget.
 * @cssprop [--profiad-color-text-secondary=#4c6272] - Hints.
 * @cssprop [--profiad-color-border=#768692] - Borders of inputs.
 * @cssprop [--profiad-color-surface=#f0f4f5] - Background of the notices.
 * @cssprop [--profiad-color-primary=#005eb8] - Buttons other than Send ("Try again").
 * @cssprop [--profiad-color-primary-hover=#003d78] - Those buttons on hover.
 * @cssprop [--profiad-color-on-primary=#ffffff] - Text on buttons and on the confirmation panel.
 * @cssprop [--profiad-color-link=#005eb8] - Links (the privacy notice, the error summary's links).
 * @cssprop [--profiad-color-link-visited=#330072] - Visited links.
 * @cssprop [--profiad-color-error=#d5281b] - Errors and the count past the limit.
 * @cssprop [--profiad-color-success=#007f3b] - The confirmation panel.
 * @cssprop [--profiad-color-submit=#007f3b] - The Send button.
 * @cssprop [--profiad-color-submit-hover=#00662f] - The Send button on hover.
 * @cssprop [--profiad-color-input-background=#ffffff] - Text inputs and the message box.
 * @cssprop [--profiad-focus-color=#ffeb3b] - Focus highlight.
 * @cssprop [--profiad-focus-outline=#212b32] - Focus outline.
 * @cssprop [--profiad-radius=4px] - Corner radius.
 * @cssprop [--profiad-space=1rem] - Base spacing.
 *
 * @tagname profiad-contact-form
 */
export class ProfiadContactForm extends LitElement {
  static override styles = [themeStyles, urgentHelpStyles, contactFormStyles];

  /** URL of the receiver to POST to (schemas/contact-submission.schema.json). Without it, the form opens a prefilled email to `email`. */
  @property()
  endpoint?: string;

  /** The team's email address: shown when sending fails for good, and used instead of `endpoint` when there is none. */
  @property()
  email?: string;

  /** Address of the privacy notice the reader agrees to; it opens in a new tab. */
  @property({attribute: 'privacy-url'})
  privacyUrl?: string;

  /** Most characters the message may have (at most 2000, the receiver's limit). Typing past it is allowed and shown; sending is not. */
  @property({type: Number})
  maxlength: number = LIMITS.message;

  /** Level (1 to 6) of the form's heading; any other value means 2. */
  @property({attribute: 'heading-level', type: Number, reflect: true})
  headingLevel = 2;

  /** Keep a draft in sessionStorage (this tab only), so a reload loses nothing; cleared when the message is sent. Off by default: nothing typed is stored. */
  @property({attribute: 'save-draft', type: Boolean})
  saveDraft = false;

  /** Milliseconds to wait for the receiver before saying so and offering "Try again". */
  @property({type: Number})
  timeout = 15000;

  /** The topics offered (schemas/topics.schema.json): `[{value, label}]` (label a string or `{en, cy}`), or `{topics: [...]}`. Wins over an inline `<script type="application/json">{"topics": [...]}`. Checked like a feed: what does not match is reported in the console. */
  @property({attribute: false})
  topics?: readonly TopicInput[] | TopicsInput;

  /**
   * Your own wording in place of profiad's, by message id, in either language
   * or both: `{"contact.send": {"en": "Send to the team", "cy": "Anfon at y tîm"}}`
   * (in a message with values, `{0}`, `{1}` stand for them). As an attribute,
   * JSON. An id the form does not show is reported in the console and ignored.
   */
  @property(stringsProperty)
  strings?: Wording;

  @state() private values: ContactValues = {...EMPTY_VALUES};
  @state() private errors: FieldError[] = [];
  @state() private phase: Phase = {name: 'editing'};

  private readonly locale = new LocaleController(this, [welsh, urgentWelsh]);
  private readonly sender = new SendController(this);
  private readonly count = new CharacterCountController(this);
  private readonly draft = new DraftController(this, {
    enabled: () => this.saveDraft,
    key: () => `profiad-contact-draft:${location.pathname}:${this.id || this.endpoint || ''}`,
  });
  /** When the form appeared, for the receiver's check that a person (not a script) filled it in. */
  private shownAt = 0;
  /** Focus goes here after the next render (the error summary, the failure, the confirmation). */
  private focusAfterRender?: string;

  private get limit(): number {
    return Number.isInteger(this.maxlength) && this.maxlength > 0 ? Math.min(this.maxlength, LIMITS.message) : LIMITS.message;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.shownAt = performance.now();
    const saved = this.draft.load();
    if (saved) this.values = saved;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('saveDraft') && this.saveDraft) {
      const saved = this.draft.load();
      if (saved) this.values = saved;
    }
  }

  override updated(): void {
    const target = this.focusAfterRender;
    if (!target) return;
    this.focusAfterRender = undefined;
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  private get topicList(): ContactTopic[] {
    const report = (problem: string) => console.warn(`<profiad-contact-form>: ${problem}`);
    const builtIn = () => builtInTopics(this.locale.language);
    if (this.topics !== undefined) return parseTopics(this.topics, report) ?? builtIn();
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline?.textContent) {
      try {
        return parseTopics(JSON.parse(inline.textContent), report) ?? builtIn();
      } catch {
        report('the inline <script type="application/json"> is not valid JSON');
      }
    }
    return builtIn();
  }

  /**
   * What the form will send: the reader's choice once made; until then the
   * page's language, now (the one radio group that starts chosen, and it
   * follows the page if its language changes before the reader chooses).
   */
  private get answers(): ContactValues {
    return {...this.values, replyLanguage: this.values.replyLanguage || this.locale.locale};
  }

  private errorFor(field: ContactField): FieldError | undefined {
    return this.errors.find((error) => error.field === field);
  }

  private setValue(field: keyof ContactValues, value: string | boolean): void {
    this.values = {...this.values, [field]: value};
    if (field !== 'website') this.draft.save(this.values);
  }

  private onTextInput(field: TextField | 'message', event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.setValue(field, value);
    if (field === 'message') this.count.typed(characterCount(value));
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    // A second press while sending does nothing (the button is never disabled: a disabled button cannot be found by keyboard users).
    if (this.sender.sending) return;
    const locale = this.locale.locale;
    const errors = validateValues(this.answers, this.limit);
    if (errors.length) {
      this.showErrors(errors);
      return;
    }
    this.errors = [];
    if (!this.endpoint) {
      this.openEmail();
      return;
    }
    const id = this.sender.idFor(toSubmission(this.answers, '', locale, 0));
    const submission = toSubmission(this.answers, id, locale, performance.now() - this.shownAt);
    // A failure notice stays while "Try again" resends, so keyboard focus stays on its button.
    const result = await this.sender.send(this.endpoint, submission, this.timeout);
    if (result.kind === 'sent') {
      this.draft.clear();
      this.phase = {name: 'sent', reference: result.reference, replyLanguage: submission.replyLanguage};
      this.focusAfterRender = '.success';
      await this.updateComplete;
      this.dispatchEvent(
        new CustomEvent<ProfiadSubmitDetail>('profiad-submit', {bubbles: true, composed: true, detail: {reference: result.reference, id: result.id, replyLanguage: submission.replyLanguage}}),
      );
    } else if (result.kind === 'invalid') {
      this.showErrors(result.errors);
    } else {
      this.phase = {name: 'failed', failure: result.failure};
      this.focusAfterRender = '.failure';
      await this.updateComplete;
      this.dispatchEvent(new CustomEvent<ProfiadSubmitErrorDetail>('profiad-submit-error', {bubbles: true, composed: true, detail: {failure: result.failure, status: result.status}}));
    }
  }

  private showErrors(errors: FieldError[]): void {
    // In the order the fields appear, whether the form or the receiver found them.
    const order = (error: FieldError) => (error.field === 'form' ? -1 : FIELDS.indexOf(error.field));
    this.errors = [...errors].sort((a, b) => order(a) - order(b));
    this.phase = {name: 'editing'};
    this.focusAfterRender = '.error-summary';
  }

  /** Without an endpoint: the reader's email program, with the message written out in their language. */
  private openEmail(): void {
    const {locale, language} = this.locale;
    const text = mailtoText(language);
    const v = this.answers;
    const lines = [v.message.trim(), '', `${fieldText(language, 'name').label}: ${v.name.trim()}`];
    if (v.phone.trim()) lines.push(`${fieldText(language, 'phone').label}: ${v.phone.trim()}`);
    if (v.organisation.trim()) lines.push(`${fieldText(language, 'organisation').label}: ${v.organisation.trim()}`);
    if (v.role) lines.push(roleLabel(language, v.role));
    lines.push(`${fieldText(language, 'replyLanguage').label} ${v.replyLanguage === 'cy' ? 'Cymraeg' : 'English'}`);
    const topic = this.topicList.find((t) => t.value === v.topic);
    const subject = `${text.subject}: ${topic ? textFor(topic.label, locale) : v.topic}`;
    const href = `mailto:${encodeURIComponent(this.email ?? '').replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(lines.join('\n'))}`;
    this.phase = {name: 'mailto', href};
    this.focusAfterRender = '.mailto';
    // Inside the submit handler, so the browser treats it as the reader's own action; the notice keeps a link in case nothing opens.
    window.location.href = href;
  }

  /** An error summary link: focus the field; for a group, the first choice, with its legend scrolled into view. */
  private goToField(event: Event, field: ContactField | 'form'): void {
    event.preventDefault();
    if (field === 'form') return;
    const input = this.renderRoot.querySelector<HTMLElement>(GROUPED.includes(field) ? `[name="${field}"]` : `#${field}`);
    if (GROUPED.includes(field)) this.renderRoot.querySelector(`#${field}-legend`)?.scrollIntoView({block: 'start'});
    input?.focus({preventScroll: GROUPED.includes(field)});
  }

  override render() {
    const {locale, language} = this.locale;
    const level = headingLevel(this.headingLevel);
    const heading = headingTag(level);
    return html`
      <section class="base" part="base" lang=${locale} aria-labelledby="heading">
        <${heading} id="heading" class="heading" part="heading">${formHeading(language)}</${heading}>
        <div class="urgent" part="urgent">
          <p><strong>${urgentHelpHeading(language)}</strong></p>
          <ul class="urgent-help-list" role="list">
            ${renderUrgentServices(language).map((service) => html`<li>${service}</li>`)}
          </ul>
        </div>
        <p class="welsh-notice" part="welsh-notice">${welshWelcome(language)}</p>
        ${this.phase.name === 'sent' ? renderSuccess(language, this.phase.reference, this.phase.replyLanguage, subheadingLevel(level)) : this.renderForm(subheadingLevel(level))}
      </section>
    `;
  }

  private renderForm(level: number) {
    const {locale, language} = this.locale;
    const answers = this.answers;
    const view: FieldsView = {
      language,
      values: answers,
      messageLimit: this.limit,
      announcedLength: this.count.announcedLength,
      errorFor: (field) => this.errorFor(field),
      setValue: (field, value) => this.setValue(field, value),
      onTextInput: (field, event) => this.onTextInput(field, event),
    };
    const goToField = (event: Event, field: ContactField) => this.goToField(event, field);
    const privacyUrl = this.privacyUrl ? safeUrl(this.privacyUrl, document.baseURI) : undefined;
    return html`
      ${this.errors.length ? renderErrorSummary(language, this.errors, this.limit, level, goToField) : nothing}
      ${this.phase.name === 'failed' ? renderFailure(language, this.phase.failure, level, this.email, (event) => void this.onSubmit(event)) : nothing}
      ${this.phase.name === 'mailto' ? renderMailtoNotice(language, this.phase.href, this.email) : nothing}
      <form class="form" part="form" novalidate @submit=${this.onSubmit}>
        ${renderTextField(view, 'name')} ${renderTextField(view, 'email')} ${renderTextField(view, 'phone')} ${renderTextField(view, 'organisation')}
        ${renderRadios(
          view,
          'role',
          ROLES.map((role) => ({value: role, label: roleLabel(language, role)})),
          answers.role,
        )}
        ${renderRadios(
          view,
          'topic',
          this.topicList.map((topic) => ({value: topic.value, label: renderText(topic.label, locale)})),
          answers.topic,
        )}
        ${renderMessage(view)}
        ${renderRadios(
          view,
          'replyLanguage',
          [
            // Each language named in itself, marked so a screen reader pronounces it in that language.
            {value: 'cy', label: html`<span lang="cy">Cymraeg</span>`},
            {value: 'en', label: html`<span lang="en">English</span>`},
          ],
          answers.replyLanguage,
        )}
        ${renderConsent(view, privacyUrl)} ${renderHoneypot(view)}
        <div class="actions">
          <button type="submit" class="submit" part="submit-button">${this.endpoint ? sendLabel(language) : mailtoText(language).sendLabel}</button>
          <p class="sending" part="status" role="status">${this.sender.sending ? sendingText(language) : ''}</p>
        </div>
      </form>
    `;
  }
}
