/**
 * The emails the receiver sends for a message, in the reply language the
 * sender chose (Welsh Language Standards: correspond in the language asked
 * for). No DOM: server/ imports this file; its words are extracted into
 * xliff/cy.xlf with the form's, so `npm run check:welsh` covers them too.
 *
 * Plain text only: what a person typed is never turned into HTML.
 */
import {str} from '@lit/localize';
import {civilDateAt} from '../core/dom-free/dates/zoned-time.js';
import {formatDay} from '../core/dom-free/dates/format-date.js';
import {formatTime} from '../core/dom-free/dates/zoned-time.js';
import type {Locale} from '../core/dom-free/locale.js';
import {translator} from '../core/dom-free/translate.js';
import {urgentServiceSentences} from '../core/dom-free/urgent-help.js';
import {welsh} from '../generated/welsh/contact-email.js';
import {BUILT_IN_TOPICS, type BuiltInTopic, type ContactSubmission} from './contact-model.js';
import {fieldText, languageName, roleLabel, successText, topicLabel, urgentHelpHeading} from './contact-messages.js';

/** Messages with the emails' part of the Welsh (src/generated/welsh/contact-email.ts): the receiver sends them, the page never needs them. */
const msgIn = translator(welsh);

export interface EmailText {
  subject: string;
  text: string;
}

/**
 * A typed value for one labelled line or the subject: line breaks and other
 * control characters become spaces, so a name cannot add a line that looks
 * like another field, nor a header that looks like another recipient.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/gu, ' ').trim();
}

/** A built-in topic in words; an author's own topic as it was sent (on one line). */
export function topicInWords(locale: Locale, topic: string): string {
  return (BUILT_IN_TOPICS as readonly string[]).includes(topic) ? topicLabel(locale, topic as BuiltInTopic) : oneLine(topic);
}

/** "Full name: …" without the "(optional)" a label may carry on the form. */
function label(locale: Locale, field: Parameters<typeof fieldText>[1]): string {
  return fieldText(locale, field).label.replace(/\s*\((optional|dewisol)\)$/u, '');
}

/** "Wednesday 14 January 2026, 14:05" in the team's time zone. */
export function formatReceived(locale: Locale, receivedAt: number, timeZone: string): string {
  return `${formatDay(civilDateAt(receivedAt, timeZone), locale)}, ${formatTime(receivedAt, timeZone)}`;
}

/** The email to the team's mailbox, in the sender's reply language. */
export function teamEmail(submission: ContactSubmission, reference: string, receivedAt: number, timeZone: string): EmailText {
  const locale = submission.replyLanguage;
  const msg = msgIn(locale);
  const topic = topicInWords(locale, submission.topic);
  const lines = [
    msg('A new message from the contact form on the website.', {id: 'contact.email.team.intro'}),
    replyInstruction(locale),
    '',
    `${msg('Reference', {id: 'contact.email.reference'})}: ${reference}`,
    `${msg('Received', {id: 'contact.email.received', desc: 'Label before the date and time the message arrived: "Derbyniwyd".'})}: ${formatReceived(locale, receivedAt, timeZone)}`,
    `${label(locale, 'name')}: ${oneLine(submission.name)}`,
    `${label(locale, 'email')}: ${oneLine(submission.email)}`,
  ];
  if (submission.phone) lines.push(`${label(locale, 'phone')}: ${oneLine(submission.phone)}`);
  if (submission.organisation) lines.push(`${label(locale, 'organisation')}: ${oneLine(submission.organisation)}`);
  if (submission.role) lines.push(`${msg('Describes themselves as', {id: 'contact.email.role'})}: ${roleLabel(locale, submission.role)}`);
  lines.push(`${msg('Topic', {id: 'contact.email.topic'})}: ${topic}`);
  lines.push(
    `${msg('Reply in', {id: 'contact.email.reply-language', desc: 'Label before the language the sender asked for a reply in: "Ateb yn".'})}: ${languageName(locale, submission.replyLanguage)}`,
  );
  lines.push(`${msg('Page language', {id: 'contact.email.page-language'})}: ${languageName(locale, submission.locale)}`);
  lines.push('', `${label(locale, 'message')}:`, '', submission.message, '');
  return {
    subject: msg(str`Contact form: ${topic} (reference ${reference})`, {id: 'contact.email.team.subject'}),
    text: lines.join('\n'),
  };
}

function replyInstruction(locale: Locale): string {
  return locale === 'cy'
    ? msgIn(locale)('The sender asked for a reply in Welsh. Reply to this email to answer them.', {id: 'contact.email.team.reply.cy'})
    : msgIn(locale)('The sender asked for a reply in English. Reply to this email to answer them.', {id: 'contact.email.team.reply.en'});
}

/**
 * The acknowledgement to the sender, when the receiver is set to send one.
 * It never repeats what they wrote: anyone can type someone else's address
 * into a form, and a receiver that echoed the text would send spam for them.
 */
export function acknowledgementEmail(submission: ContactSubmission, reference: string): EmailText {
  const locale = submission.replyLanguage;
  const msg = msgIn(locale);
  const sent = successText(locale, locale);
  const lines = [
    msg('Thank you for contacting us. We have received your message.', {id: 'contact.email.ack.intro'}),
    '',
    sent.reference(reference),
    '',
    sent.reply,
    '',
    `${urgentHelpHeading(locale)}:`,
    ...urgentServiceSentences(locale).map((sentence) => `- ${sentence}`),
    '',
    msg('If you did not send a message, you can ignore this email.', {id: 'contact.email.ack.not-you'}),
  ];
  return {
    subject: msg(str`We have received your message (reference ${reference})`, {id: 'contact.email.ack.subject'}),
    text: lines.join('\n'),
  };
}
