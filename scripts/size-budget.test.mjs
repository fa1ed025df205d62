/**
 * Download sizes, brotli-compressed, from the built dist/ (npm test builds
 * before it runs this; bench/size.mjs measures): every widget together under
 * 52 KB, and the story carousel's and the contact form's own code never over
 * their ceilings (today's sizes plus a little), on the way to issue 11's
 * budget of 6 KB and issue 12's of 8 KB.
 * Run: npm run build && node --test scripts/size-budget.test.mjs
 */
import assert from 'node:assert/strict';
import {it} from 'node:test';
import {sizes} from '../bench/size.mjs';

it("the carousel's own code stays within its ceiling", () => {
  const result = sizes();
  const total = result.entries['story-carousel.js'].brotli;
  const own = result.carouselOwn.brotli;
  assert.ok(own <= result.ceilings.carouselOwn, `the carousel's own code is ${own} bytes brotli, over its ceiling of ${result.ceilings.carouselOwn} (issue 11's budget: ${result.budgets.carouselOwn})`);
  // The measurement itself: the carousel loads the shared chunk and its own file, and its own code is not empty.
  assert.ok(result.carouselOwn.files.includes('story-carousel.js'), result.carouselOwn.files.join(', '));
  assert.ok(own > 1000 && total > own);
});

it('every widget together (dist/profiad.js with all it loads) stays under 52 KB', () => {
  const result = sizes();
  const all = result.entries['profiad.js'].brotli;
  assert.ok(all <= result.budgets.allWidgets, `dist/profiad.js with all it loads is ${all} bytes brotli, over ${result.budgets.allWidgets}`);
  // It holds all four widgets: each per-element file is smaller than the whole.
  for (const entry of ['milestone-tracker.js', 'event-calendar.js', 'story-carousel.js', 'contact-form.js']) assert.ok(result.entries[entry].brotli < all, entry);
});

it("the contact form's own file (its code and its Welsh) stays within its ceiling", () => {
  const result = sizes();
  assert.ok(result.contactFormFile <= result.ceilings.contactFormFile, `dist/contact-form.js is ${result.contactFormFile} bytes brotli, over its ceiling of ${result.ceilings.contactFormFile} (issue 12's budget: ${result.budgets.contactFormFile})`);
});
