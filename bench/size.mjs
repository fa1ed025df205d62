#!/usr/bin/env node
/**
 * What a page downloads for each profiad entry point, brotli-compressed (as
 * a web server would send it), from the built dist/cdn/: the entry file and every
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
 * A widget's own code is what its entry point loads beyond every file another
 * widget's entry point loads: its own file, and any chunk only it needs (a
 * chunk the carousel shares with the contact form is shared, not own).
 * Issue 11's budgets for the story carousel: at most 6 KB (6,144 bytes) of
 * own code, and at most 18 KB (18,432 bytes) for dist/story-carousel.js with
 * everything it loads. Issue 12's for the contact form: at most 8 KB of own
 * code.
 */
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {brotliCompressSync, constants} from 'node:zlib';

export const root = resolve(import.meta.dirname, '..');
// The self-contained build, what a page without a bundler loads. (dist/npm/ leaves Lit to the
// app's bundler, so what it costs a page depends on the app: scripts/npm-build.test.mjs.)
const dist = join(root, 'dist', 'cdn');

export const ENTRIES = ['profiad.js', 'milestone-tracker.js', 'event-calendar.js', 'story-carousel.js', 'contact-form.js'];

/** Today's own code plus a little, until the budgets are met: the test command fails above them, so a widget can only get smaller. */
export const CEILINGS = {carouselOwn: 8_200, contactFormOwn: 9_700};

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

const WIDGETS = ENTRIES.filter((entry) => entry !== 'profiad.js');

export function sizes() {
  if (!existsSync(join(dist, 'story-carousel.js'))) throw new Error('dist/cdn/ is not built: run `npm run build` first.');
  const closures = Object.fromEntries(ENTRIES.map((entry) => [entry, closure(entry)]));
  /** What `entry` loads that no other widget's entry point loads. */
  const own = (entry) => {
    const others = new Set(WIDGETS.filter((other) => other !== entry).flatMap((other) => [...closures[other]]));
    const files = [...closures[entry]].filter((path) => !others.has(path));
    return {files: files.map((path) => path.slice(dist.length + 1)), brotli: sum(files)};
  };
  return {
    entries: Object.fromEntries(ENTRIES.map((entry) => [entry, {files: closures[entry].size, brotli: sum(closures[entry])}])),
    own: Object.fromEntries(WIDGETS.map((entry) => [entry, own(entry)])),
    budgets: {allWidgets: 52 * 1024, carouselTotal: 18 * 1024, carouselOwn: 6 * 1024, contactFormOwn: 8 * 1024},
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
    console.log("\nown code (what an entry point loads beyond every other widget's files):");
    for (const [entry, {files, brotli: size}] of Object.entries(result.own)) console.log(`${entry.padEnd(26)} ${kb(size).padStart(8)}  ${files.join(', ')}`);
    const carousel = result.entries['story-carousel.js'].brotli;
    console.log(
      `\nissue 11: story-carousel.js with all it loads <= ${kb(result.budgets.carouselTotal)}: ${met(carousel, result.budgets.carouselTotal)}; own code <= ${kb(result.budgets.carouselOwn)}: ${met(result.own['story-carousel.js'].brotli, result.budgets.carouselOwn)}`,
    );
    console.log(`issue 12: contact-form.js own code <= ${kb(result.budgets.contactFormOwn)}: ${met(result.own['contact-form.js'].brotli, result.budgets.contactFormOwn)}`);
  }
}
