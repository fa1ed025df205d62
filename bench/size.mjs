#!/usr/bin/env node
/**
 * What a page downloads for each profiad entry point, brotli-compressed (as
 * a web server would send it), from the built dist/: the entry file and every
 * chunk it imports statically (lazy chunks, like the iCalendar parser, are
 * left out: they load only when needed).
 *
 *   node bench/size.mjs            prints a table (after `npm run build`)
 *   node bench/size.mjs --json     the same as JSON
 *
 * The project's budget: every widget together (dist/profiad.js with all it
 * loads) under 52 KB brotli, less than FullCalendar alone; the test command
 * fails above it (scripts/size-budget.test.mjs).
 *
 * Issue 12's budget for the contact form: its own code at most 8 KB beyond
 * what the widgets share. dist/contact-form.js, its code and its Welsh (each
 * widget's Welsh is its own since scripts/split-welsh.mjs), is over it; its
 * ceiling, like the carousel's, keeps it from growing.
 *
 * Issue 11's budgets for the story carousel: at most 18 KB (18,432 bytes)
 * for dist/story-carousel.js with everything it loads, and at most 6 KB
 * (6,144 bytes) for the carousel's own code, i.e. what it loads beyond the
 * files the other widgets' entry points load. They are NOT met yet (see
 * bench/README.md, "Story carousel"): CEILINGS holds today's own code with a
 * little room, and scripts/size-budget.test.mjs fails the test command when a
 * change goes over it, so the carousel can only get smaller from here.
 */
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {brotliCompressSync, constants} from 'node:zlib';

export const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');

export const ENTRIES = ['profiad.js', 'milestone-tracker.js', 'event-calendar.js', 'story-carousel.js', 'contact-form.js'];

/**
 * The carousel's own code today plus about 2%: a regression guard until the
 * budget above is met. (Not the total: that includes the shared chunk, which
 * grows with every widget's Welsh strings, whatever the carousel does.)
 */
export const CEILINGS = {carouselOwn: 8_800, contactFormFile: 9_800};

/** Brotli size of a file, at the highest quality (what a static server's precompression gives). */
const brotli = (path) => brotliCompressSync(readFileSync(path), {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;

/** Relative static imports of a minified ES module: `import … from"./x.js"`, `import"./x.js"`, `export … from"./x.js"`. Not `import("…")`. */
function staticImports(code) {
  const found = new Set();
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) found.add(match[1]);
  return [...found];
}

/** Every file (absolute path) a page loads for `entry` before it runs. */
export function closure(entry) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const spec of staticImports(readFileSync(path, 'utf8'))) visit(resolve(dirname(path), spec));
  };
  visit(join(dist, entry));
  return seen;
}

const sum = (paths) => [...paths].reduce((total, path) => total + brotli(path), 0);

export function sizes() {
  if (!existsSync(join(dist, 'story-carousel.js'))) throw new Error('dist/ is not built: run `npm run build` first.');
  const closures = Object.fromEntries(ENTRIES.map((entry) => [entry, closure(entry)]));
  const others = new Set([...closures['milestone-tracker.js'], ...closures['event-calendar.js']]);
  const carouselOwn = [...closures['story-carousel.js']].filter((path) => !others.has(path));
  return {
    entries: Object.fromEntries(ENTRIES.map((entry) => [entry, {files: closures[entry].size, brotli: sum(closures[entry])}])),
    carouselOwn: {files: carouselOwn.map((path) => path.slice(dist.length + 1)), brotli: sum(carouselOwn)},
    contactFormFile: brotli(join(dist, 'contact-form.js')),
    budgets: {allWidgets: 52 * 1024, contactFormFile: 8 * 1024, carouselTotal: 18 * 1024, carouselOwn: 6 * 1024},
    ceilings: CEILINGS,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = sizes();
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else {
    const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
    const met = (size, budget) => (size <= budget ? 'met' : `NOT met, over by ${kb(size - budget)}`);
    console.log('entry point                 files  brotli (with all it loads)');
    for (const [entry, {files, brotli: size}] of Object.entries(result.entries)) console.log(`${entry.padEnd(26)} ${String(files).padStart(6)}  ${kb(size)}`);
    console.log(`\nevery widget (profiad.js with all it loads) <= ${kb(result.budgets.allWidgets)}: ${met(result.entries['profiad.js'].brotli, result.budgets.allWidgets)}`);
    console.log(`issue 12 budget: dist/contact-form.js (its code and its Welsh) ${kb(result.contactFormFile)} <= ${kb(result.budgets.contactFormFile)}: ${met(result.contactFormFile, result.budgets.contactFormFile)}`);
    console.log(`story carousel's own code (beyond what the tracker and calendar load): ${kb(result.carouselOwn.brotli)} in ${result.carouselOwn.files.join(', ')}`);
    console.log(`issue 11 budgets: story-carousel.js with all it loads <= ${kb(result.budgets.carouselTotal)}: ${met(result.entries['story-carousel.js'].brotli, result.budgets.carouselTotal)}; own code <= ${kb(result.budgets.carouselOwn)}: ${met(result.carouselOwn.brotli, result.budgets.carouselOwn)}`);
  }
}
