/**
 * The JSON Schemas in schemas/ and the sample data that follows them:
 *  - every schema compiles with Ajv (so every `$ref` resolves), and its `$id`
 *    is its address on the CDN for this release line (docs/stability.md);
 *  - every JSON file in examples/ is valid against its widget's schema;
 *  - so is every inline `<script type="application/json">` feed in demo/index.html.
 *
 * Ajv runs here only, in development. The widgets keep their own readers in
 * the browser: Ajv compiles schemas to code with `new Function`, which a
 * strict Content Security Policy (no 'unsafe-eval') forbids, and the readers
 * keep the valid items of a feed where a schema would refuse the whole file.
 * Run: node --test scripts/schemas.test.mjs
 */
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {basename, join, relative, resolve} from 'node:path';
import {describe, it} from 'node:test';
import {Ajv} from 'ajv';
import {Ajv2020} from 'ajv/dist/2020.js';

const root = resolve(import.meta.dirname, '..');
const schemasDir = join(root, 'schemas');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** Each widget's schema: examples/<folder>/ and inline JSON inside <tag> follow it. */
const WIDGETS = [
  {folder: 'event-calendar', tag: 'profiad-event-calendar', schema: 'events.schema.json'},
  {folder: 'milestone-tracker', tag: 'profiad-milestone-tracker', schema: 'milestones.schema.json'},
  {folder: 'story-carousel', tag: 'profiad-story-carousel', schema: 'stories.schema.json'},
  {folder: 'contact-form', tag: 'profiad-contact-form', schema: 'topics.schema.json'},
];

/** The CDN address of this release line: profiad@0.1 for 0.1.x (before 1.0 a minor release may break), profiad@1 for 1.x. */
function releaseLine() {
  const [major, minor] = readJson(join(root, 'package.json')).version.split('.');
  return major === '0' ? `0.${minor}` : major;
}

function newAjv(draft) {
  // Strict, as the receiver's Ajv is, with two idioms the feed schemas use allowed:
  // strictRequired would refuse bilingual text's `"anyOf": [{"required": ["en"]},
  // {"required": ["cy"]}]` (its properties are declared one level up), and union
  // types are how an event's id is `["string", "number"]`.
  const options = {allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true};
  const ajv = draft === 'https://json-schema.org/draft/2020-12/schema' ? new Ajv2020(options) : draft === 'http://json-schema.org/draft-07/schema#' ? new Ajv(options) : undefined;
  if (!ajv) throw new Error(`no Ajv for $schema ${draft}`);
  // The widgets resolve links with the browser's URL parser against the feed's
  // address (or the page's), so a link is good when that parser accepts it.
  ajv.addFormat('uri-reference', (value) => URL.canParse(value, 'https://example.org/feeds/'));
  return ajv;
}

const schemaFiles = readdirSync(schemasDir).filter((name) => name.endsWith('.schema.json'));
const validators = new Map();
/** The compiled schema (compiled once, each in an Ajv of its own draft). */
function validatorFor(name) {
  if (!validators.has(name)) {
    const schema = readJson(join(schemasDir, name));
    validators.set(name, newAjv(schema.$schema).compile(schema));
  }
  return validators.get(name);
}

/** Ajv's errors, one per line, with where in the data each one is. */
const explain = (errors) => errors.map((error) => `  ${error.instancePath || '(the whole file)'} ${error.message} ${JSON.stringify(error.params)}`).join('\n');

function assertValid(schemaName, data, where) {
  const validate = validatorFor(schemaName);
  assert.ok(validate(data), `${where} does not match schemas/${schemaName}:\n${explain(validate.errors ?? [])}`);
}

describe('schemas/', () => {
  for (const name of schemaFiles) {
    it(`${name} compiles and every $ref in it resolves`, () => {
      assert.equal(typeof validatorFor(name), 'function');
    });
    it(`${name} has its CDN address as $id`, () => {
      assert.equal(readJson(join(schemasDir, name)).$id, `https://cdn.jsdelivr.net/npm/profiad@${releaseLine()}/schemas/${name}`);
    });
  }

  it('every widget names a schema that exists', () => {
    for (const {schema} of WIDGETS) assert.ok(schemaFiles.includes(schema), schema);
  });
});

describe('examples/', () => {
  // examples/recipes/ holds framework examples (their tsconfig.json files are no feeds), checked by npm run typecheck.
  const jsonFiles = readdirSync(join(root, 'examples'), {recursive: true}).filter((path) => path.endsWith('.json') && !path.startsWith('recipes/'));
  it('has JSON files to check', () => assert.ok(jsonFiles.length >= 4, jsonFiles.join(', ')));

  for (const path of jsonFiles) {
    it(`examples/${path} matches its widget's schema`, () => {
      const widget = WIDGETS.find(({folder}) => path.startsWith(`${folder}/`));
      assert.ok(widget, `examples/${path} is in no widget's folder, so it has no schema: add its folder to WIDGETS in ${basename(import.meta.filename)}`);
      assertValid(widget.schema, readJson(join(root, 'examples', path)), `examples/${path}`);
    });
  }
});

describe('demo/index.html', () => {
  const html = readFileSync(join(root, 'demo', 'index.html'), 'utf8');
  // An element, then (after whitespace only) its inline feed: how the README tells authors to write it.
  const inline = [...html.matchAll(/<(profiad-[a-z-]+)\b[^>]*>\s*<script type="application\/json">([\s\S]*?)<\/script>/g)];
  it('has inline feeds to check', () => assert.ok(inline.length >= 2));

  inline.forEach(([, tag, text], index) => {
    it(`inline JSON #${index + 1}, in <${tag}>, matches its widget's schema`, () => {
      const widget = WIDGETS.find((candidate) => candidate.tag === tag);
      assert.ok(widget, `<${tag}> has no schema in WIDGETS`);
      const where = `${relative(root, join(root, 'demo', 'index.html'))}, the inline JSON in <${tag}> #${index + 1}`;
      let data;
      assert.doesNotThrow(() => (data = JSON.parse(text)), `${where} is not valid JSON`);
      assertValid(widget.schema, data, where);
    });
  });
});
