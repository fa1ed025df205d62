#!/usr/bin/env node
/**
 * Generates TypeScript types from the JSON Schemas in schemas/ into
 * src/generated/feeds/ (json-schema-to-typescript), so the elements' data
 * properties (`.events`, `.milestones`, `.stories`) are typed by the same
 * schemas the feeds are documented by. The runtime readers stay as they are:
 * they still check every item, since a page can hand them anything.
 *
 * Offline by design: every $ref in schemas/ is local (#/$defs/…), and external
 * resolution is switched off, so a schema's $id is never fetched.
 *
 * Every schemas/<name>.schema.json becomes src/generated/feeds/<name>.ts. Names:
 * a feed's root is in ROOT_NAMES, any other root is <Name>Input
 * (`contact-submission` -> `ContactSubmissionInput`); each of its $defs is its key
 * in PascalCase with `Input` after it (`event` -> `EventInput`), so none shadows a
 * DOM global such as `Event` or `Location`.
 *
 * Usage: node scripts/feed-types.mjs (npm run generate runs it)
 */
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {compile} from 'json-schema-to-typescript';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'src', 'generated', 'feeds');

/** The root types of the element feeds, named as the elements' properties take them. */
const ROOT_NAMES = {events: 'EventsFeedInput', milestones: 'MilestonesFeedInput', stories: 'StoriesFeedInput'};

const pascal = (key) => key.replace(/(^|[-_\s]+)([a-z])/g, (_, __, c) => c.toUpperCase());

/** Each schema file, its generated module and the name of its root type. */
export function feeds() {
  return readdirSync(join(root, 'schemas'))
    .filter((file) => file.endsWith('.schema.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.schema\.json$/, '');
      return {schema: file, module: `${name}.ts`, rootName: ROOT_NAMES[name] ?? `${pascal(name)}Input`};
    });
}

/**
 * json-schema-to-typescript turns "an object with `en` or `cy`, at least one"
 * (`anyOf: [{required: ['en']}, {required: ['cy']}]` beside `properties`) into
 * `{[k: string]: unknown} & {en?, cy?}`, which accepts any object. Rewritten as
 * one full object schema per branch it becomes `{en: string; cy?: string} |
 * {en?: string; cy: string}`, which says what the schema says.
 */
function spreadRequiredBranches(node) {
  if (Array.isArray(node)) return node.map(spreadRequiredBranches);
  if (!node || typeof node !== 'object') return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, spreadRequiredBranches(value)]));
  if (typeof copy.$ref === 'string' && Object.keys(copy).length > 1) {
    const {$ref, ...siblings} = copy;
    return {...siblings, allOf: [{$ref}]};
  }
  const onlyRequired = Array.isArray(copy.anyOf) && copy.anyOf.every((branch) => Object.keys(branch).every((key) => key === 'required'));
  if (copy.type === 'object' && copy.properties && onlyRequired) {
    const {anyOf, description, ...object} = copy;
    return {
      ...(description === undefined ? {} : {description}),
      anyOf: anyOf.map((branch) => ({...object, required: [...(object.required ?? []), ...branch.required]})),
    };
  }
  return copy;
}

/**
 * The name of a generated type. json-schema-to-typescript hands over copies of
 * the schema's nodes, the root still with its URL `$id`, and each $defs entry with
 * its key as `$id` (or as `keyNameFromDefinition`); anything else is named by it.
 */
function typeName(node, keyNameFromDefinition, schema, rootName) {
  if (node.$id === schema.$id) return rootName;
  const key = keyNameFromDefinition ?? (typeof node.$id === 'string' && !node.$id.includes('/') ? node.$id : undefined);
  return key === undefined ? undefined : `${pascal(key)}Input`;
}

export async function generateFeedTypes() {
  rmSync(outDir, {recursive: true, force: true});
  mkdirSync(outDir, {recursive: true});
  for (const {schema: file, module, rootName} of feeds()) {
    const schema = spreadRequiredBranches(JSON.parse(readFileSync(join(root, 'schemas', file), 'utf8')));
    const source = await compile(schema, rootName, {
      bannerComment: `/* Generated from schemas/${file} by scripts/feed-types.mjs: do not edit. */`,
      // Objects without `additionalProperties` get no index signature: a feed may carry
      // fields profiad ignores, but in code a misspelt field name should be an error.
      additionalProperties: false,
      customName: (node, keyNameFromDefinition) => typeName(node, keyNameFromDefinition, schema, rootName),
      $refOptions: {resolve: {external: false}},
      format: true,
    });
    writeFileSync(join(outDir, module), source);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await generateFeedTypes();
