/**
 * scripts/sri.mjs: the import map lists every chunk an entry of dist/cdn/
 * may load (the lazy iCalendar reader too) with the hash of its bytes, the
 * entry's own <script> carries its hash, and the CSP source is the hash of
 * the import map exactly as printed. tests/builds/cdn-integrity.test.ts shows
 * Chromium refusing a chunk whose bytes do not match.
 * Run: npm run build && node --test scripts/sri.test.mjs
 */
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {it} from 'node:test';
import {closure} from '../bench/size.mjs';
import {DEFAULT_BASE, cdn, moduleGraph, snippet} from './sri.mjs';

const root = resolve(import.meta.dirname, '..');
const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const sha384 = (file) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(join(cdn, file)))
    .digest('base64')}`;
const importMapOf = (html) => JSON.parse(/<script type="importmap">([\s\S]*?)<\/script>/.exec(html)[1]);

it('hashes profiad.js and every chunk it loads, now or later, at an exact version on jsDelivr', () => {
  const {html, chunks} = snippet();
  assert.equal(DEFAULT_BASE, `https://cdn.jsdelivr.net/npm/profiad@${version}/dist/cdn/`);
  assert.ok(html.includes(`<script type="module" src="${DEFAULT_BASE}profiad.js" integrity="${sha384('profiad.js')}"></script>`), html);
  const map = importMapOf(html);
  assert.deepEqual(Object.keys(map), ['integrity']);
  assert.deepEqual(
    Object.keys(map.integrity),
    chunks.map((file) => `${DEFAULT_BASE}${file}`),
  );
  for (const file of chunks) assert.equal(map.integrity[`${DEFAULT_BASE}${file}`], sha384(file), file);
  // profiad.js only re-exports: its code, and the iCalendar reader loaded later, are in chunks.
  assert.ok(
    chunks.some((file) => /^chunks\/profiad-index-/.test(file)),
    chunks.join(', '),
  );
  assert.ok(
    chunks.some((file) => /^chunks\/profiad-ics-feed-/.test(file)),
    chunks.join(', '),
  );
});

it('covers what bench/size.mjs counts as loaded at start, plus the chunks loaded later', () => {
  for (const entry of ['profiad.js', 'milestone-tracker.js', 'event-calendar.js', 'story-carousel.js', 'contact-form.js']) {
    const graph = moduleGraph(entry);
    for (const path of closure(entry)) assert.ok(graph.includes(path.slice(cdn.length + 1)), `${entry}: ${path}`);
  }
  assert.ok(moduleGraph('event-calendar.js').some((file) => /^chunks\/ics-feed-/.test(file)));
  // Every chunk in dist/cdn/ is reachable from some entry: nothing a page may load is left out.
  const reachable = new Set(['profiad.js', 'milestone-tracker.js', 'event-calendar.js', 'story-carousel.js', 'contact-form.js'].flatMap(moduleGraph));
  for (const file of readdirSync(join(cdn, 'chunks')).filter((name) => name.endsWith('.js'))) assert.ok(reachable.has(`chunks/${file}`), file);
});

it('merges the chunks of several per-element entries, each entry with its own <script>', () => {
  const {html, chunks} = snippet({base: '/profiad/0.1.0', entries: ['event-calendar.js', 'milestone-tracker.js']});
  assert.equal(html.match(/<script type="module"/g).length, 2);
  assert.ok(html.includes(`src="/profiad/0.1.0/milestone-tracker.js" integrity="${sha384('milestone-tracker.js')}"`));
  assert.deepEqual(
    Object.keys(importMapOf(html).integrity),
    chunks.map((file) => `/profiad/0.1.0/${file}`),
  );
  assert.deepEqual(chunks, [...new Set([...moduleGraph('event-calendar.js'), ...moduleGraph('milestone-tracker.js')])].filter((file) => file.startsWith('chunks/')).sort());
});

it("gives the CSP hash of the import map's text exactly as printed", () => {
  const {html, importMap, csp} = snippet();
  assert.ok(html.includes(`<script type="importmap">${importMap}</script>`));
  assert.equal(csp, `'sha256-${createHash('sha256').update(importMap).digest('base64')}'`);
});

it('refuses an entry that is not built', () => {
  assert.throws(() => snippet({entries: ['nope.js']}), /dist\/cdn\/nope\.js does not exist/);
});
