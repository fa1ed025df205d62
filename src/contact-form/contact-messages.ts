import {str} from '@lit/localize';
import type {Locale} from '../core/dom-free/locale.js';
import {pluralCategory} from '../core/dom-free/plural.js';
import {localeOf, translator, type Language} from '../core/dom-free/translate.js';
import {welsh} from '../generated/welsh/contact-form.js';
import type {BuiltInTopic, ContactErrorCode, ContactField, ContactRole} from './contact-model.js';
import {LIMITS} from './contact-model.js';

/** Messages with the contact form's part of the Welsh (src/generated/welsh/contact-form.ts). */
const msgIn = translator(welsh);

/*
 * Every sentence the contact form shows or announces, in the locale it is asked
 * for. No DOM: the receiver's emails (contact-email.ts) use the field labels too.
 * A message (neges) is feminine: wedi'i hanfon.
 */

export function formHeading(language: Language): string {
  return msgIn(language)('Contact the team', {id: 'contact.heading'});
}

export interface FieldText {
  label: string;
  hint?: string;
}

/** The label (or legend) of each field, and its hint. */
export function fieldText(language: Language, field: ContactField): FieldText {
  const msg = msgIn(language);
  switch (field) {
    case 'name':
      return {label: msg('Full name', {id: 'contact.name.label'})};
    case 'email':
      return {
        label: msg('Email address', {id: 'contact.email-address.label'}),
        hint: msg('We will only use this to reply to you.', {id: 'contact.email-address.hint'}),
      };
    case 'phone':
      return {
        label: msg('Phone number (optional)', {id: 'contact.phone.label'}),
        hint: msg('For example, 029 2000 0000 or 07700 900 982. Only if you would like us to call you.', {id: 'contact.phone.hint'}),
      };
    case 'organisation':
      return {label: msg('Organisation (optional)', {id: 'contact.organisation.label', desc: 'Sefydliad (dewisol).'})};
    case 'role':
      return {label: msg('Which of these best describes you? (optional)', {id: 'contact.role.legend'})};
    case 'topic':
      return {label: msg('What is your message about?', {id: 'contact.topic.legend'})};
    case 'message':
      return {
        label: msg('Message', {id: 'contact.message.label'}),
        hint: msg('Do not include personal medical details.', {id: 'contact.message.hint'}),
      };
    case 'replyLanguage':
      return {label: msg('Which language would you like us to reply in?', {id: 'contact.reply-language.legend'})};
    case 'consent':
      return {label: msg('Privacy', {id: 'contact.consent.legend', desc: 'Legend of the fieldset holding the privacy notice checkbox.'})};
  }
}

export function roleLabel(language: Language, role: ContactRole): string {
  const msg = msgIn(language);
  switch (role) {
    case 'health-board-staff':
      return msg('I work for a health board or NHS Wales', {id: 'contact.role.health-board-staff'});
    case 'third-sector':
      return msg('I work for a charity or voluntary organisation', {id: 'contact.role.third-sector'});
    case 'lived-experience':
      return msg('I have lived experience of mental health services', {id: 'contact.role.lived-experience'});
    case 'other':
      return msg('Other', {id: 'contact.role.other', desc: 'A role option: "Arall".'});
  }
}

export function topicLabel(language: Language, topic: BuiltInTopic): string {
  const msg = msgIn(language);
  switch (topic) {
    case 'workforce-plan':
      return msg('The Mental Health Workforce Plan', {id: 'contact.topic.workforce-plan'});
    case 'events':
      return msg('Events and workshops', {id: 'contact.topic.events'});
    case 'lived-experience':
      return msg('Sharing my experience', {id: 'contact.topic.lived-experience'});
    case 'other':
      return msg('Something else', {id: 'contact.topic.other'});
  }
}

/** The name of `named` in `language`: "Welsh" / "Cymraeg". */
export function languageName(language: Language, named: Locale): string {
  const msg = msgIn(language);
  return named === 'cy' ? msg('Welsh', {id: 'contact.language.cy', desc: 'The language: Cymraeg.'}) : msg('English', {id: 'contact.language.en', desc: 'The language: Saesneg.'});
}

export function consentLabel(language: Language): string {
  return msgIn(language)('I agree to the privacy notice', {id: 'contact.consent.label'});
}

export function privacyLinkText(language: Language): string {
  return msgIn(language)('Read the privacy notice (opens in new tab)', {id: 'contact.consent.link', desc: 'Link to the privacy notice, which opens in a new tab.'});
}

export function consentHint(language: Language): string {
  return msgIn(language)('We keep your message only as long as we need it to reply, and never share it outside the team.', {id: 'contact.consent.hint'});
}

/** Welsh Language Standards: say that Welsh is welcome and brings no delay. */
export function welshWelcome(language: Language): string {
  const msg = msgIn(language);
  return msg('We welcome messages in Welsh. If you write to us in Welsh we will reply in Welsh, and this will not lead to a delay.', {
    id: 'contact.welsh-welcome',
    desc: 'Wording in the spirit of the Welsh Language Standards correspondence statement.',
  });
}

/** Heading of the notice above the form; the services under it are the core's (core/dom-free/urgent-help.ts). */
export function urgentHelpHeading(language: Language): string {
  return msgIn(language)('This form is not for urgent help', {id: 'contact.urgent.heading'});
}

export function sendLabel(language: Language): string {
  return msgIn(language)('Send message', {id: 'contact.send'});
}

export function sendingText(language: Language): string {
  return msgIn(language)('Sending your message…', {id: 'contact.sending'});
}

export function errorSummaryHeading(language: Language): string {
  return msgIn(language)('There is a problem', {id: 'contact.error-summary.heading'});
}

/** The visually hidden word before an inline error, so a screen reader says it is one. */
export function errorPrefix(language: Language): string {
  return msgIn(language)('Error:', {id: 'contact.error.prefix'});
}

/**
 * What to do about an error, as GOV.UK words it: one sentence per field and
 * code, shown in the summary and by the field. Codes come from the form's own
 * check or from the receiver.
 */
export function errorText(language: Language, field: ContactField | 'form', code: ContactErrorCode, messageLimit: number = LIMITS.message): string {
  const msg = msgIn(language);
  switch (field) {
    case 'name':
      return code === 'too-long'
        ? msg(str`Full name must be ${LIMITS.name} characters or fewer`, {id: 'contact.error.name.too-long'})
        : msg('Enter your full name', {id: 'contact.error.name.required'});
    case 'email':
      if (code === 'required') return msg('Enter an email address', {id: 'contact.error.email.required'});
      if (code === 'too-long') return msg(str`Email address must be ${LIMITS.email} characters or fewer`, {id: 'contact.error.email.too-long'});
      return msg('Enter an email address in the correct format, like name@example.com', {id: 'contact.error.email.format'});
    case 'phone':
      return code === 'too-long'
        ? msg(str`Phone number must be ${LIMITS.phone} characters or fewer`, {id: 'contact.error.phone.too-long'})
        : msg('Enter a phone number, like 029 2000 0000 or 07700 900 982', {id: 'contact.error.phone.format'});
    case 'organisation':
      return msg(str`Organisation must be ${LIMITS.organisation} characters or fewer`, {id: 'contact.error.organisation.too-long'});
    case 'role':
      return msg('Select the description that fits you best, or leave it blank', {id: 'contact.error.role.invalid'});
    case 'topic':
      return code === 'too-long'
        ? msg('Select what your message is about from the list', {id: 'contact.error.topic.invalid'})
        : msg('Select what your message is about', {id: 'contact.error.topic.required'});
    case 'message':
      return code === 'too-long'
        ? msg(str`Your message must be ${messageLimit} characters or fewer`, {id: 'contact.error.message.too-long', desc: "Rhaid i'ch neges fod yn … o gymeriadau neu lai."})
        : msg('Enter a message', {id: 'contact.error.message.required'});
    case 'replyLanguage':
      return msg('Select the language you would like us to reply in', {id: 'contact.error.reply-language.required'});
    case 'consent':
      return msg('You must agree to the privacy notice', {id: 'contact.error.consent.required'});
    case 'form':
      return code === 'too-fast'
        ? msg('Your message was sent very quickly after the form appeared, so it was not accepted. Check your answers, then send it again.', {id: 'contact.error.form.too-fast'})
        : msg('Something in the form could not be accepted. Check your answers, then send it again.', {id: 'contact.error.form.invalid'});
  }
}

/** "You can enter up to 2000 characters": the message field's hint. */
export function characterLimitHint(language: Language, limit: number): string {
  return msgIn(language)(str`You can enter up to ${limit} characters`, {id: 'contact.count.limit', desc: 'Gallwch nodi hyd at … o gymeriadau.'});
}

/**
 * "You have 12 characters remaining": one whole sentence per plural category,
 * since Welsh picks the noun's form by the number.
 */
export function charactersRemaining(language: Language, remaining: number): string {
  const msg = msgIn(language);
  const n = remaining;
  switch (pluralCategory(n, localeOf(language))) {
    case 'zero':
      return msg(str`You have ${n} characters remaining`, {id: 'contact.count.remaining.zero', desc: 'The number is 0.'});
    case 'one':
      return msg(str`You have ${n} character remaining`, {id: 'contact.count.remaining.one', desc: 'The number is 1: "1 cymeriad".'});
    case 'two':
      return msg(str`You have ${n} characters remaining`, {id: 'contact.count.remaining.two', desc: 'The number is 2: soft mutation, "2 gymeriad".'});
    case 'few':
      return msg(str`You have ${n} characters remaining`, {id: 'contact.count.remaining.few', desc: 'The number is 3: aspirate mutation, "3 chymeriad".'});
    case 'many':
      return msg(str`You have ${n} characters remaining`, {id: 'contact.count.remaining.many', desc: 'The number is 6: aspirate mutation, "6 chymeriad".'});
    case 'other':
    default:
      return msg(str`You have ${n} characters remaining`, {id: 'contact.count.remaining.other', desc: 'Any other number (4, 5, 7, 2000...): "o gymeriadau".'});
  }
}

/** "You have 12 characters too many": shown, not blocked, while typing past the limit. */
export function charactersTooMany(language: Language, over: number): string {
  const msg = msgIn(language);
  const n = over;
  switch (pluralCategory(n, localeOf(language))) {
    case 'zero':
      return msg(str`You have ${n} characters too many`, {id: 'contact.count.over.zero', desc: 'The number is 0 (never shown: kept for completeness).'});
    case 'one':
      return msg(str`You have ${n} character too many`, {id: 'contact.count.over.one', desc: 'The number is 1: "1 cymeriad".'});
    case 'two':
      return msg(str`You have ${n} characters too many`, {id: 'contact.count.over.two', desc: 'The number is 2: soft mutation, "2 gymeriad".'});
    case 'few':
      return msg(str`You have ${n} characters too many`, {id: 'contact.count.over.few', desc: 'The number is 3: aspirate mutation, "3 chymeriad".'});
    case 'many':
      return msg(str`You have ${n} characters too many`, {id: 'contact.count.over.many', desc: 'The number is 6: aspirate mutation, "6 chymeriad".'});
    case 'other':
    default:
      return msg(str`You have ${n} characters too many`, {id: 'contact.count.over.other', desc: 'Any other number (4, 5, 7, 20...): "o gymeriadau".'});
  }
}

export interface SuccessText {
  heading: string;
  reference: (reference: string) => string;
  reply: string;
}

export function successText(language: Language, replyLanguage: Locale): SuccessText {
  const msg = msgIn(language);
  return {
    heading: msg('Your message has been sent', {id: 'contact.success.heading', desc: 'A message (neges) is feminine: wedi cael ei hanfon.'}),
    reference: (reference) => msg(str`Your reference number is ${reference}`, {id: 'contact.success.reference'}),
    reply: replyLanguage === 'cy' ? msg('We will reply by email in Welsh.', {id: 'contact.success.reply.cy'}) : msg('We will reply by email in English.', {id: 'contact.success.reply.en'}),
  };
}

/** Why a send failed, as the form tells the reader. */
export type SendFailure = 'offline' | 'timeout' | 'rate-limited' | 'too-large' | 'rejected' | 'server';

export interface FailureText {
  heading: string;
  advice: string;
}

export function failureText(language: Language, failure: SendFailure): FailureText {
  const msg = msgIn(language);
  const heading = msg('We could not send your message. Your text is still here.', {id: 'contact.failure.heading'});
  switch (failure) {
    case 'offline':
      return {heading, advice: msg('Check your internet connection, then select Try again.', {id: 'contact.failure.offline'})};
    case 'timeout':
      return {heading, advice: msg('The service took too long to answer. Select Try again: your message will not be sent twice.', {id: 'contact.failure.timeout'})};
    case 'rate-limited':
      return {heading, advice: msg('Several messages have been sent from your connection in a short time. Wait a few minutes, then select Try again.', {id: 'contact.failure.rate-limited'})};
    case 'too-large':
      return {heading, advice: msg('Your message is too long to send. Make it shorter, then select Try again.', {id: 'contact.failure.too-large'})};
    case 'rejected':
      return {heading, advice: msg('Sorry, there is a problem with the service. Try again later, or contact the team another way.', {id: 'contact.failure.rejected'})};
    case 'server':
      return {heading, advice: msg('Sorry, there is a problem with the service. Select Try again in a few minutes.', {id: 'contact.failure.server'})};
  }
}

/** Without an endpoint: the form opens the reader's email program with the message written out. */
export function mailtoText(language: Language): {sendLabel: string; opened: string; subject: string} {
  const msg = msgIn(language);
  return {
    sendLabel: msg('Open in my email program', {id: 'contact.mailto.send'}),
    opened: msg('Your email program should now open with your message. Send it from there. If nothing opened, email the team directly.', {id: 'contact.mailto.opened'}),
    subject: msg('Message from the website', {id: 'contact.mailto.subject'}),
  };
}

/** The hidden honeypot field's label (read by nobody but scripts). */
export function honeypotLabel(language: Language): string {
  return msgIn(language)('Leave this empty', {id: 'contact.honeypot.label', desc: 'Label of a field hidden from people, which only spam scripts fill in.'});
}
