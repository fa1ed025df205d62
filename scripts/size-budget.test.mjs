/**
 * The story carousel's download size, brotli-compressed, from the built dist/
 * (npm test builds before it runs this): its own code never over
 * bench/size.mjs's ceiling (today's size plus a little), on the way to issue
 * 11's budget of 6 KB.
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
