/**
 * What a contact form sends and the rules it must meet, with no DOM: the form
 * checks them before sending, and the receiver (server/) imports this file
 * for its words while Ajv checks the same rules from
 * schemas/contact-submission.schema.json. server/test/schema.test.mjs runs one
 * set of good and bad submissions through both and fails if they disagree.
 *
 * Errors are codes, not sentences: each side words them in its reader's
 * language (contact-messages.ts).
 */
import type {Locale} from '../core/dom-free/locale.js';

export const ROLES = ['health-board-staff', 'third-sector', 'lived-experience', 'other'] as const;
export type ContactRole = (typeof ROLES)[number];

/** The topics a form offers when its author gives none; their words are in contact-messages.ts (topicLabel). */
export const BUILT_IN_TOPICS = ['workforce-plan', 'events', 'lived-experience', 'other'] as const;
export type BuiltInTopic = (typeof BUILT_IN_TOPICS)[number];

/** Longest accepted values, in Unicode characters (what JSON Schema's maxLength counts). */
export const LIMITS = {
  name: 200,
  email: 254,
  phone: 40,
  organisation: 200,
  topic: 200,
  message: 2000,
  website: 500,
} as const;

/** The body POSTed to the receiver (schemas/contact-submission.schema.json). */
export interface ContactSubmission {
  /** Made in the browser, once per message; a retry with the same id is the same message. */
  id: string;
  name: string;
  email: string;
  phone?: string;
  organisation?: string;
  role?: ContactRole;
  topic: string;
  message: string;
  replyLanguage: Locale;
  consent: true;
  /** The language of the page the form was in. */
  locale: Locale;
  /** The honeypot: hidden from people, so anything in it was typed by a script. */
  website?: string;
  /** Milliseconds from the form appearing to this send. */
  timeOnPage?: number;
}

/** What the reader has typed and chosen, before it becomes a submission. */
export interface ContactValues {
  name: string;
  email: string;
  phone: string;
  organisation: string;
  role: ContactRole | '';
  topic: string;
  message: string;
  replyLanguage: Locale | '';
  consent: boolean;
  website: string;
}

export const EMPTY_VALUES: ContactValues = {
  name: '',
  email: '',
  phone: '',
  organisation: '',
  role: '',
  topic: '',
  message: '',
  replyLanguage: '',
  consent: false,
  website: '',
};

/** Fields a reader can correct, in the order the form shows them (and the error summary lists them). */
export const FIELDS = ['name', 'email', 'phone', 'organisation', 'role', 'topic', 'message', 'replyLanguage', 'consent'] as const;
export type ContactField = (typeof FIELDS)[number];

/**
 * Why a value was refused:
 * - `required`: missing or blank;
 * - `format`: not the shape asked for (an email address, a phone number);
 * - `too-long`: over its limit (LIMITS);
 * - `invalid`: not one of the choices offered.
 * Problems with the submission as a whole (a malformed id, a send too soon
 * after the form appeared) use the field `form`, with `invalid` or `too-fast`.
 */
export type ContactErrorCode = 'required' | 'format' | 'too-long' | 'invalid' | 'too-fast';

export interface FieldError {
  field: ContactField | 'form';
  code: ContactErrorCode;
}

/** The schema's `pattern`s, character for character (Ajv runs them with the `u` flag; server/test/schema.test.mjs compares them). */
// eslint-disable-next-line no-useless-escape -- `\[` as in the schema's pattern, whose text this must equal
export const EMAIL_PATTERN = /^[^\s@<>()\[\],;:"]+@[^\s@<>()\[\],;:"]+\.[^\s@<>()\[\],;:".]+$/u;
export const PHONE_PATTERN = /^[0-9+()#. -]*$/u;
const NOT_BLANK = /\S/u;
export const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u;

/** Length as JSON Schema counts it: Unicode code points, so "ŵ" and an emoji are one character each. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function isRole(value: string): value is ContactRole {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * Checks what a reader entered, field by field, in the form's order. The
 * message limit may be lower than the receiver's (a form's `maxlength`), never higher.
 */
export function validateValues(values: ContactValues, messageLimit: number = LIMITS.message): FieldError[] {
  const errors: FieldError[] = [];
  const limit = Math.min(messageLimit, LIMITS.message);
  const text = (field: 'name' | 'topic' | 'message', value: string, max: number) => {
    if (!NOT_BLANK.test(value)) errors.push({field, code: 'required'});
    else if (characterCount(value.trim()) > max) errors.push({field, code: 'too-long'});
  };
  text('name', values.name, LIMITS.name);
  const email = values.email.trim();
  if (!email) errors.push({field: 'email', code: 'required'});
  else if (characterCount(email) > LIMITS.email) errors.push({field: 'email', code: 'too-long'});
  else if (!EMAIL_PATTERN.test(email)) errors.push({field: 'email', code: 'format'});
  const phone = values.phone.trim();
  if (characterCount(phone) > LIMITS.phone) errors.push({field: 'phone', code: 'too-long'});
  else if (!PHONE_PATTERN.test(phone)) errors.push({field: 'phone', code: 'format'});
  if (characterCount(values.organisation.trim()) > LIMITS.organisation) errors.push({field: 'organisation', code: 'too-long'});
  if (values.role && !isRole(values.role)) errors.push({field: 'role', code: 'invalid'});
  text('topic', values.topic, LIMITS.topic);
  text('message', values.message, limit);
  if (values.replyLanguage !== 'cy' && values.replyLanguage !== 'en') errors.push({field: 'replyLanguage', code: 'required'});
  if (values.consent !== true) errors.push({field: 'consent', code: 'required'});
  return errors;
}

/** The body to send for values that passed validateValues: trimmed, with empty optional fields left out. */
export function toSubmission(values: ContactValues, id: string, locale: Locale, timeOnPage: number): ContactSubmission {
  const submission: ContactSubmission = {
    id,
    name: values.name.trim(),
    email: values.email.trim(),
    topic: values.topic.trim(),
    // The message keeps its own line breaks and indentation; only the ends are trimmed.
    message: values.message.trim(),
    replyLanguage: values.replyLanguage === 'cy' ? 'cy' : 'en',
    consent: true,
    locale,
    timeOnPage: Math.max(0, Math.round(timeOnPage)),
  };
  if (values.phone.trim()) submission.phone = values.phone.trim();
  if (values.organisation.trim()) submission.organisation = values.organisation.trim();
  if (values.role) submission.role = values.role;
  // Sent even when empty would be pointless; sent when filled so the receiver can drop the message quietly.
  if (values.website) submission.website = values.website;
  return submission;
}

/** The values a submission was made from (the receiver uses it to check a body with the same rules as the form). */
export function valuesOf(submission: ContactSubmission): ContactValues {
  return {
    name: submission.name,
    email: submission.email,
    phone: submission.phone ?? '',
    organisation: submission.organisation ?? '',
    role: submission.role ?? '',
    topic: submission.topic,
    message: submission.message,
    replyLanguage: submission.replyLanguage,
    consent: submission.consent,
    website: submission.website ?? '',
  };
}

/** A field name from a receiver's answer, or `form` for anything the reader cannot correct in one field. */
export function toErrorField(field: unknown): ContactField | 'form' {
  return typeof field === 'string' && (FIELDS as readonly string[]).includes(field) ? (field as ContactField) : 'form';
}

const CODES: readonly ContactErrorCode[] = ['required', 'format', 'too-long', 'invalid', 'too-fast'];
export function toErrorCode(code: unknown): ContactErrorCode {
  return typeof code === 'string' && (CODES as readonly string[]).includes(code) ? (code as ContactErrorCode) : 'invalid';
}
