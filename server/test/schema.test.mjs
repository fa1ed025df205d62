/**
 * The form's model (src/contact-form/contact-model.ts) and the receiver's
 * schema (schemas/contact-submission.schema.json, through Ajv) judge every
 * submission alike; the receiver answers each bad field with its code.
 */
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {readFileSync} from 'node:fs';
import {EMAIL_PATTERN, EMPTY_VALUES, ID_PATTERN, LIMITS, PHONE_PATTERN, ROLES, toSubmission, validateSubmission, validateValues, valuesOf} from '../dist/lib.mjs';
import {FAST, freshStorage, post, startReceiver, submission} from './helpers.mjs';

const long = (n) => 'a'.repeat(n);
/** [description, overrides, the codes both sides must give] */
const CASES = [
  ['a complete message', {}, []],
  ['only the required fields', {phone: undefined, organisation: undefined, role: undefined}, []],
  ['every optional field', {phone: '+44 (0)29 2000 0000', organisation: 'Platfform', role: 'lived-experience'}, []],
  ['a blank name', {name: '   '}, [['name', 'required']]],
  ['an empty name', {name: ''}, [['name', 'required']]],
  ['a name of 201 characters', {name: long(201)}, [['name', 'too-long']]],
  ['a name of 200 Welsh characters', {name: 'ŵ'.repeat(200)}, []],
  ['no email', {email: ''}, [['email', 'required']]],
  ['an email without @', {email: 'sian.example.org'}, [['email', 'format']]],
  ['an email without a domain dot', {email: 'sian@example'}, [['email', 'format']]],
  ['an email with a space', {email: 'siân jones@example.org'}, [['email', 'format']]],
  ['an email with Welsh letters', {email: 'siân@enghraifft.cymru'}, []],
  ['a phone number with letters', {phone: '029 CALL ME'}, [['phone', 'format']]],
  ['a phone number of 41 characters', {phone: '1'.repeat(41)}, [['phone', 'too-long']]],
  ['an organisation of 201 characters', {organisation: long(201)}, [['organisation', 'too-long']]],
  ['an unknown role', {role: 'manager'}, [['role', 'invalid']]],
  ['no topic', {topic: ''}, [['topic', 'required']]],
  ['no message', {message: ' \n '}, [['message', 'required']]],
  ['a message of 2001 characters', {message: long(2001)}, [['message', 'too-long']]],
  ['a message of 2000 emoji', {message: '🙂'.repeat(2000)}, []],
  ['no reply language', {replyLanguage: ''}, [['replyLanguage', 'required']]],
  ['no consent', {consent: false}, [['consent', 'required']]],
  [
    'several problems',
    {name: '', email: 'x', consent: false},
    [
      ['name', 'required'],
      ['email', 'format'],
      ['consent', 'required'],
    ],
  ],
];

const sorted = (errors) => errors.map((e) => `${e.field}:${e.code}`).sort();

describe('the form and the receiver agree on every rule', () => {
  for (const [description, overrides, expected] of CASES) {
    it(description, () => {
      const body = submission(overrides);
      const want = sorted(expected.map(([field, code]) => ({field, code})));
      const receiver = validateSubmission(body);
      assert.deepEqual(receiver.ok ? [] : sorted(receiver.errors), want, 'receiver (Ajv + schema)');
      const values = valuesOf({...body, replyLanguage: body.replyLanguage ?? '', consent: body.consent === true});
      assert.deepEqual(sorted(validateValues(values)), want, 'form (contact-model.ts)');
    });
  }

  it('a shorter maxlength on the form is enforced by the form; the receiver allows up to its own limit', () => {
    const values = valuesOf(submission({message: long(501)}));
    assert.deepEqual(sorted(validateValues(values, 500)), ['message:too-long']);
    assert.equal(LIMITS.message, 2000);
  });

  it('the receiver refuses what the form never sends: unknown fields, a bad id, another locale', () => {
    for (const body of [submission({extra: 'x'}), submission({id: 'not-a-uuid'}), submission({locale: 'fr'}), submission({timeOnPage: -1})]) {
      const result = validateSubmission(body);
      assert.equal(result.ok, false);
      assert.deepEqual(sorted(result.errors), ['form:invalid']);
    }
  });
});

describe('the receiver answers bad fields with codes', () => {
  let receiver;
  let storage;
  before(async () => {
    storage = await freshStorage('sqlite');
    receiver = await startReceiver({...FAST, ...storage.env, SMTP_URL: 'smtp://127.0.0.1:9'});
  });
  after(async () => {
    await receiver.stop();
    await storage.drop();
  });

  it('400 with one {field, code} per field, and nothing stored', async () => {
    const answer = await post(receiver.url, submission({name: '', email: 'nope', message: long(2001), consent: false}));
    assert.equal(answer.status, 400);
    assert.deepEqual(sorted(answer.json.errors), ['consent:required', 'email:format', 'message:too-long', 'name:required']);
    assert.equal((await storage.query('SELECT COUNT(*) AS n FROM submissions'))[0].n, 0);
  });

  it('400 form/invalid for a body that is not JSON', async () => {
    const answer = await post(receiver.url, '{"name": ');
    assert.equal(answer.status, 400);
    assert.deepEqual(answer.json, {errors: [{field: 'form', code: 'invalid'}]});
  });
});

describe('the model is the schema', () => {
  const schema = JSON.parse(readFileSync(new URL('../../schemas/contact-submission.schema.json', import.meta.url), 'utf8'));

  it("a submission from the form has exactly the schema's properties, and the required ones without the optional", () => {
    const full = toSubmission({name: 'a', email: 'a@b.c', phone: '1', organisation: 'o', role: 'other', topic: 't', message: 'm', replyLanguage: 'cy', consent: true, website: 'x'}, 'id', 'cy', 1);
    assert.deepEqual(Object.keys(full).sort(), Object.keys(schema.properties).sort());
    const minimal = toSubmission({...EMPTY_VALUES, name: 'a', email: 'a@b.c', topic: 't', message: 'm', replyLanguage: 'en', consent: true}, 'id', 'en', 1);
    assert.deepEqual(
      Object.keys(minimal)
        .filter((key) => key !== 'timeOnPage')
        .sort(),
      [...schema.required].sort(),
    );
  });

  it('the same limits, patterns and choices', () => {
    for (const [field, limit] of Object.entries(LIMITS)) assert.equal(schema.properties[field].maxLength, limit, field);
    assert.equal(schema.properties.email.pattern, EMAIL_PATTERN.source);
    assert.equal(schema.properties.phone.pattern, PHONE_PATTERN.source);
    assert.equal(schema.properties.id.pattern, ID_PATTERN.source);
    assert.deepEqual(schema.properties.role.enum, [...ROLES]);
  });
});
