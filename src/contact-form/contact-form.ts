/** Defines <profiad-contact-form> (dist/contact-form.js). Importing contact-form.component.ts alone defines nothing. */
import {defineElement} from '../core/element/define-element.js';
import {ProfiadContactForm, type ProfiadSubmitDetail, type ProfiadSubmitErrorDetail} from './contact-form.component.js';

defineElement('profiad-contact-form', ProfiadContactForm);

export {ProfiadContactForm} from './contact-form.component.js';
export type {ProfiadSubmitDetail, ProfiadSubmitErrorDetail} from './contact-form.component.js';
export type {ContactSubmission, ContactErrorCode, ContactField, ContactRole, FieldError} from './contact-model.js';
export type {ContactTopic} from './contact-topics.js';
export type {SendFailure} from './contact-messages.js';

declare global {
  interface HTMLElementTagNameMap {
    'profiad-contact-form': ProfiadContactForm;
  }
  interface HTMLElementEventMap {
    'profiad-submit': CustomEvent<ProfiadSubmitDetail>;
    'profiad-submit-error': CustomEvent<ProfiadSubmitErrorDetail>;
  }
}
