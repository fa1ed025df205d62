/**
 * Download sizes, brotli-compressed, from the built dist/cdn/ (npm test builds
 * before it runs this; bench/size.mjs measures and explains): every widget
 * together under 52 KB, and the story carousel's and the contact form's own
 * code within issue 11's and issue 12's budgets, and no translator's notes
 * (msg() `desc`) in the bundles.
 * Run: npm run build && node --test scripts/size-budget.test.mjs
 */
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {it} from 'node:test';
import {CEILINGS, root, sizes} from '../bench/size.mjs';

const result = sizes();

it('every widget together (dist/cdn/profiad.js with all it loads) stays under 52 KB', () => {
  const all = result.entries['profiad.js'].brotli;
  assert.ok(all <= result.budgets.allWidgets, `dist/cdn/profiad.js with all it loads is ${all} bytes brotli, over ${result.budgets.allWidgets}`);
  // It holds all four widgets: each per-element file is smaller than the whole.
  for (const entry of ['milestone-tracker.js', 'event-calendar.js', 'story-carousel.js', 'contact-form.js']) assert.ok(result.entries[entry].brotli < all, entry);
});

it("the story carousel's own code stays within its ceiling", () => {
  const own = result.own['story-carousel.js'];
  assert.ok(
    own.brotli <= CEILINGS.carouselOwn,
    `the carousel's own code is ${own.brotli} bytes brotli, over its ceiling of ${CEILINGS.carouselOwn} (issue 11's budget: ${result.budgets.carouselOwn})`,
  );
  // The measurement itself: its own file is in it, and the shared files it loads are not.
  assert.ok(own.files.includes('story-carousel.js'), own.files.join(', '));
  assert.ok(own.brotli > 1000 && result.entries['story-carousel.js'].brotli > own.brotli + 5000);
});

it("the contact form's own code stays within its ceiling", () => {
  const own = result.own['contact-form.js'];
  assert.ok(
    own.brotli <= CEILINGS.contactFormOwn,
    `the contact form's own code is ${own.brotli} bytes brotli, over its ceiling of ${CEILINGS.contactFormOwn} (issue 12's budget: ${result.budgets.contactFormOwn})`,
  );
  assert.ok(own.files.includes('contact-form.js'), own.files.join(', '));
});

it("ships no translator's notes: the minifier drops every msg() `desc`, as no message function reads one (src/core/dom-free/translate.ts)", () => {
  const dist = join(root, 'dist');
  const files = readdirSync(dist, {recursive: true}).filter((file) => String(file).endsWith('.js'));
  const withNotes = files.filter((file) => /\bid:"[a-z-]+(\.[a-z0-9-]+)+",desc:"/.test(readFileSync(join(dist, String(file)), 'utf8')));
  assert.deepEqual(withNotes, [], "these files carry the translators' notes (about 1.6 KB brotli in all)");
});
