#!/usr/bin/env node
/**
 * Story carousel benchmark: <profiad-story-carousel> mounting 20 stories, next
 * to Splide 4 and Embla 8 on the same stories, and a plain innerHTML list as
 * the floor, in one run; then the brotli sizes of dist/cdn/ (bench/size.mjs).
 * See bench/README.md ("Story carousel").
 *
 *   npm run bench:carousel             build dist/, then run
 *   node bench/carousel/run.mjs [--runs=15] [--warmup=2] [--n=20] [--out=bench/carousel/results.json]
 *   node bench/carousel/run.mjs --ab=NAME   also a case "ab" measuring bench/.build/profiad-NAME.js,
 *                                            a variant of dist/cdn/profiad.js built by hand, in the same rounds
 */
import {execFileSync} from 'node:child_process';
import {copyFileSync, mkdirSync, writeFileSync} from 'node:fs';
import {cpus} from 'node:os';
import {join, resolve} from 'node:path';
import {build} from 'esbuild';
import {buildDir, launch, root, serve} from '../browser.mjs';
import {sizes} from '../size.mjs';
import {generateStories} from './data.mjs';

const option = (name, fallback) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg === undefined ? fallback : arg.slice(name.length + 3);
};
const RUNS = Number(option('runs', 15));
const WARMUP = Number(option('warmup', 2));
const N = Number(option('n', 20));
const OUT = option('out', join('bench', 'carousel', 'results.json'));
const AB = option('ab', '');
if (AB && !/^[\w-]+$/.test(AB)) throw new Error('--ab takes a name of letters, digits, - and _');
const CASES = ['floor', 'profiad', 'splide', 'embla', ...(AB ? ['ab'] : [])];
const LABELS = {floor: 'floor (innerHTML list)', profiad: 'profiad story carousel', splide: 'Splide 4', embla: 'Embla 8', ab: `profiad-${AB}`};

const sortedCopy = (values) => [...values].sort((a, b) => a - b);
const median = (values) => {
  const s = sortedCopy(values);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const percentile = (values, p) => sortedCopy(values)[Math.max(0, Math.ceil((p / 100) * values.length) - 1)];
const round = (x) => Number(x.toFixed(2));

async function prepare() {
  mkdirSync(buildDir, {recursive: true});
  writeFileSync(join(buildDir, `stories-${N}.json`), JSON.stringify(generateStories(N)));
  for (const name of ['splide', 'embla']) {
    await build({
      entryPoints: [join(root, 'bench', 'carousel', `${name}.js`)],
      outfile: join(buildDir, `carousel-${name}.js`),
      bundle: true,
      format: 'esm',
      target: 'es2021',
      minify: true,
      logLevel: 'warning',
      // data.mjs stays one module shared with the page.
      external: ['./data.mjs'],
    });
  }
  copyFileSync(join(root, 'node_modules', '@splidejs', 'splide', 'dist', 'css', 'splide-core.min.css'), join(buildDir, 'splide-core.min.css'));
  // The bundles import ./data.mjs (kept external), which then resolves next to them in bench/.build/.
  copyFileSync(join(root, 'bench', 'carousel', 'data.mjs'), join(buildDir, 'data.mjs'));
}

/** One fresh page, one measurement. */
async function measureOnce(browser, origin, name, checkLate) {
  const page = await browser.newPage();
  try {
    await page.setViewport({width: 1280, height: 1000});
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    const query = name === 'ab' ? `case=profiad&lib=${AB}` : `case=${name}`;
    await page.goto(`${origin}/bench/carousel/page.html?${query}&n=${N}`, {waitUntil: 'load'});
    await page.waitForFunction('window.benchReady === true', {timeout: 60_000});
    const state = await page.evaluate(() => ({error: window.benchError, available: window.benchAvailable}));
    if (state.error) throw new Error(`${name}: ${state.error}`);
    if (!state.available) return {unavailable: true};
    const result = await page.evaluate((options) => window.benchMeasure(options), {checkLate});
    if (errors.length) result.errors = errors;
    return result;
  } finally {
    await page.close();
  }
}

async function main() {
  const began = Date.now();
  await prepare();
  const server = await serve();
  const browser = await launch();
  const version = await browser.version();
  const results = Object.fromEntries(CASES.map((name) => [name, {samples: [], warnings: []}]));
  try {
    for (let round = 0; round < WARMUP + RUNS; round++) {
      const warm = round < WARMUP;
      for (let i = 0; i < CASES.length; i++) {
        const name = CASES[(i + round) % CASES.length];
        const result = await measureOnce(browser, server.origin, name, warm);
        if (result.unavailable) throw new Error(`${name} is not available: is dist/ built?`);
        if (result.errors) results[name].warnings.push(...result.errors);
        if (warm && result.late) results[name].warnings.push(`the DOM changed ${result.late} time(s) within 500 ms after the measured frame`);
        if (!warm) results[name].samples.push(result);
      }
      process.stderr.write(warm ? 'w' : '.');
    }
    process.stderr.write('\n');
  } finally {
    await browser.close();
    server.close();
  }

  const summary = {};
  for (const [name, {samples, warnings}] of Object.entries(results)) {
    const paint = samples.map((s) => s.paint);
    summary[name] = {
      median: round(median(paint)),
      p90: round(percentile(paint, 90)),
      domMedian: round(median(samples.map((s) => s.dom))),
      elements: samples[0].nodes,
      runs: samples.length,
      warnings: [...new Set(warnings)],
    };
  }
  const floor = summary.floor.median;
  for (const entry of Object.values(summary)) entry.vsFloor = round(entry.median / floor);
  const git = (...args) => {
    try {
      return execFileSync('git', args, {cwd: root, encoding: 'utf8'}).trim();
    } catch {
      return '';
    }
  };
  const size = sizes();
  const report = {
    date: new Date().toISOString(),
    commit: git('rev-parse', '--short', 'HEAD'),
    srcChanged: git('status', '--porcelain', '--', 'src') !== '',
    machine: {cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', node: process.version, browser: version},
    method: {stories: N, runs: RUNS, warmup: WARMUP, viewport: '1280x1000', metric: 'paint: ms from the start of rendering to the end of the first frame with the complete rendering'},
    cases: summary,
    aim: {noSlowerThanSplideRelativeToFloor: summary.profiad.vsFloor <= summary.splide.vsFloor},
    size: {
      storyCarouselWithEverythingItLoads: size.entries['story-carousel.js'].brotli,
      carouselOwnCode: size.own['story-carousel.js'].brotli,
      budgets: size.budgets,
      withinBudgets: size.entries['story-carousel.js'].brotli <= size.budgets.carouselTotal && size.own['story-carousel.js'].brotli <= size.budgets.carouselOwn,
    },
    seconds: Math.round((Date.now() - began) / 1000),
  };

  console.log(`\nMounting ${N} stories: ms from the start of rendering to the first complete painted frame`);
  console.log(`${version}, ${cpus().length} x ${cpus()[0]?.model ?? ''}, headless; median of ${RUNS} runs, a fresh page each, after ${WARMUP} warm-up rounds\n`);
  const rows = [['case', 'median', 'p90', 'x floor', 'script', 'elements']];
  for (const name of CASES) {
    const r = summary[name];
    rows.push([LABELS[name], r.median.toFixed(1), r.p90.toFixed(1), r.vsFloor.toFixed(2), r.domMedian.toFixed(1), String(r.elements)]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  rows.forEach((row, i) => {
    console.log(row.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  });
  console.log(
    `\naim: no slower than Splide relative to the floor: ${report.aim.noSlowerThanSplideRelativeToFloor ? 'yes' : 'NO'} (profiad ${summary.profiad.vsFloor}x, Splide ${summary.splide.vsFloor}x)`,
  );
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `size (brotli): dist/cdn/story-carousel.js with everything it loads ${kb(report.size.storyCarouselWithEverythingItLoads)} (budget ${kb(size.budgets.carouselTotal)}); ` +
      `the carousel's own code ${kb(report.size.carouselOwnCode)} (budget ${kb(size.budgets.carouselOwn)})`,
  );
  for (const [name, r] of Object.entries(summary)) for (const w of r.warnings) console.log(`warning ${name}: ${w}`);
  console.log(`\n(${report.seconds} s)`);
  if (OUT) {
    writeFileSync(resolve(root, OUT), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`written: ${OUT}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
