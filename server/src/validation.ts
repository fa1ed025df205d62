import {Ajv, type ErrorObject} from 'ajv';
import schema from '../../schemas/contact-submission.schema.json' with {type: 'json'};
import {toErrorField, type ContactErrorCode, type ContactSubmission, type FieldError} from '../../src/contact-form/contact-model.js';

/**
 * Checks a body against schemas/contact-submission.schema.json, the schema the
 * form's model follows, and answers as the form expects: one code per field,
 * never a sentence (the form words it in the reader's language).
 */
const ajv = new Ajv({allErrors: true, strict: true});
const validate = ajv.compile<ContactSubmission>(schema);

/** When a field breaks several rules, the one to tell the reader first. */
const PRIORITY: readonly ContactErrorCode[] = ['required', 'too-long', 'format', 'invalid'];

export type ValidationResult = {ok: true; submission: ContactSubmission} | {ok: false; errors: FieldError[]};

export function validateSubmission(body: unknown): ValidationResult {
  if (validate(body)) return {ok: true, submission: body};
  const byField = new Map<FieldError['field'], ContactErrorCode>();
  for (const error of validate.errors ?? []) {
    const {field, code} = toFieldError(error, body);
    const earlier = byField.get(field);
    if (earlier === undefined || PRIORITY.indexOf(code) < PRIORITY.indexOf(earlier)) byField.set(field, code);
  }
  return {ok: false, errors: [...byField].map(([field, code]) => ({field, code}))};
}

function toFieldError(error: ErrorObject, body: unknown): FieldError {
  const name = error.keyword === 'required' ? String(error.params.missingProperty) : (error.instancePath.split('/')[1] ?? '');
  const field = toErrorField(name);
  if (field === 'form') return {field, code: 'invalid'};
  switch (error.keyword) {
    case 'required':
      return {field, code: 'required'};
    case 'maxLength':
      return {field, code: 'too-long'};
    case 'pattern': {
      // name, topic and message have one pattern, "not blank"; email and phone have a shape, and an empty email is missing.
      const value = (body as Record<string, unknown>)[field];
      const blank = typeof value === 'string' && value.trim() === '';
      return {field, code: (field === 'email' || field === 'phone') && !blank ? 'format' : 'required'};
    }
    case 'enum':
    case 'const':
      return {field, code: field === 'role' ? 'invalid' : 'required'};
    default:
      return {field, code: 'invalid'};
  }
}
