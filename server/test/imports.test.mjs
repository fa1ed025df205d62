/**
 * The receiver has no DOM: it bundles the DOM-free core and the contact form's
 * DOM-free files, and nothing from src/core/element or Lit's rendering.
 * (server/tsconfig.json has no DOM library, so such code would not compile;
 * this checks what was actually bundled, from the source map.)
 */
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {it} from 'node:test';

const dist = resolve(import.meta.dirname, '..', 'dist');

it("dist/receiver.mjs bundles the DOM-free core and the form's DOM-free files, and no element code or Lit", () => {
  const {sources} = JSON.parse(readFileSync(resolve(dist, 'receiver.mjs.map'), 'utf8'));
  assert.ok(
    sources.some((source) => source.includes('src/core/dom-free/translate.ts')),
    'the DOM-free core',
  );
  assert.ok(
    sources.some((source) => source.includes('src/contact-form/contact-email.ts')),
    "the form's emails",
  );
  assert.ok(
    sources.some((source) => source.includes('schemas/contact-submission.schema.json')),
    'the same JSON Schema',
  );
  const forbidden = sources.filter((source) =>
    /src\/core\/element\/|node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\/|\.component\.ts$|contact-fields|contact-panels|-controller\.ts$/.test(source),
  );
  assert.deepEqual(forbidden, []);
});
