/**
 * What run.mjs and profile.mjs share: the inputs (feeds, bundles), a static
 * server for the repository, the Chromium launch, and one measured page.
 */
import {createReadStream, existsSync, mkdirSync, statSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize, resolve} from 'node:path';
import {build} from 'esbuild';
import puppeteer from 'puppeteer-core';
import {generateFeed} from './data.mjs';

export const root = resolve(import.meta.dirname, '..');
export const buildDir = join(root, 'bench', '.build');
/** Events in the interaction case's feed (over three months). */
export const INTERACTION_EVENTS = 5000;

/**
 * Writes the feeds (bench/.build/events-<n>.json) and bundles FullCalendar;
 * with `source`, also an unminified bundle of src/ (profad-src.js) whose
 * function names a CPU profile can show.
 */
export async function prepareInputs(sizes, {source = false} = {}) {
  mkdirSync(buildDir, {recursive: true});
  for (const n of sizes) writeFileSync(join(buildDir, `events-${n}.json`), JSON.stringify(generateFeed(n)));
  // The interaction case: 5,000 events over January to March.
  writeFileSync(join(buildDir, `events-${INTERACTION_EVENTS}-3-months.json`), JSON.stringify(generateFeed(INTERACTION_EVENTS, {months: 3})));
  const common = {bundle: true, format: 'esm', target: 'es2021', logLevel: 'warning'};
  await build({
    ...common,
    entryPoints: [join(root, 'bench', 'cases', 'fullcalendar.js')],
    outfile: join(buildDir, 'fullcalendar.js'),
    minify: true,
    // data.mjs is shared with the page as a module of its own: keep it one.
    external: ['../data.mjs'],
  });
  if (source) {
    await build({
      ...common,
      entryPoints: [join(root, 'src', 'index.ts')],
      outfile: join(buildDir, 'profiad-src.js'),
      tsconfig: join(root, 'tsconfig.json'),
      // Lit's production build, as dist/cdn/ uses (rollup's exportConditions).
      conditions: ['production'],
      keepNames: true,
    });
  }
  if (!existsSync(join(root, 'dist', 'cdn', 'profiad.js'))) throw new Error('dist/cdn/profiad.js is missing: run `npm run build` (or `npm run bench`).');
}

const TYPES = {'.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json'};

/** Serves the repository's files on 127.0.0.1 (a free port); resolves with the origin and a close(). */
export function serve() {
  const server = createServer((request, response) => {
    const path = normalize(join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {'Content-Type': `${TYPES[extname(path)] ?? 'application/octet-stream'}; charset=utf-8`, 'Cache-Control': 'no-cache'});
    createReadStream(path).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close()})));
}

/** The system Chromium, headless, without background work that could land in a measurement. */
export function launch() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--headless', '--disable-dev-shm-usage'],
  });
}

/**
 * Opens a fresh page for one case, waits until it is loaded and idle, lets
 * `before(page)` start a recorder, runs the measurement, `after(page)`, and
 * closes the page. Resolves with the harness's result, or {unavailable}.
 */
export async function measureOnce(browser, origin, name, n, {checkLate = false, lib = '', warm = '', before, after, interact = false} = {}) {
  const page = await browser.newPage();
  try {
    await page.setViewport({width: 1280, height: 1000});
    await page.emulateTimezone('Europe/London');
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${origin}/bench/page.html?case=${name}&n=${n}${lib ? `&lib=${lib}` : ''}${warm ? `&warm=${warm}` : ''}`, {waitUntil: 'load'});
    await page.waitForFunction('window.benchReady === true', {timeout: 60_000});
    const state = await page.evaluate(() => ({error: window.benchError, available: window.benchAvailable}));
    if (state.error) throw new Error(`${name} n=${n}: ${state.error}`);
    if (!state.available) return {unavailable: true};
    const recorder = before ? await before(page) : undefined;
    const result = await page.evaluate((options) => window.benchMeasure(options), {checkLate});
    if (interact) result.interactions = await page.evaluate(() => window.benchInteract());
    if (after) result.recorded = await after(page, recorder);
    if (errors.length) result.errors = errors;
    return result;
  } finally {
    await page.close();
  }
}
