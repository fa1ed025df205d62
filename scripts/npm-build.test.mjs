/**
 * dist/npm/ works as an app's bundler sees it (issue 13, "Two builds, one
 * package"): an app that uses Lit itself and imports profiad through the
 * package's `exports` bundles ONE copy of Lit, profiad's code is there, and
 * the iCalendar reader (with ical.js) is left out of what the page loads at
 * start, in a chunk loaded only when needed.
 *
 * The app is bundled with esbuild (a devDependency), offline, in a temporary
 * folder outside the repository whose node_modules/ links `profiad` to this
 * repository and `lit` to the copy profiad's own imports resolve to, as npm
 * would install them side by side. The same check against a tarball from
 * `npm pack` is a manual step (README, "Which build").
 * Run: npm run build && node --test scripts/npm-build.test.mjs
 */
import assert from 'node:assert/strict';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {after, before, it} from 'node:test';
import {build} from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Each copy of lit-html, ReactiveElement and LitElement registers its version on a global under these names. */
const LIT_COPIES = ['litHtmlVersions', 'reactiveElementVersions', 'litElementVersions'];

let app;
/** What esbuild wrote: file name (relative to the app's folder) -> {code, inputs, imports}. */
let outputs;

before(async () => {
  assert.ok(existsSync(join(root, 'dist', 'npm', 'event-calendar.js')), 'dist/npm/ is not built: run `npm run build` first.');
  app = mkdtempSync(join(tmpdir(), 'profiad-app-'));
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(root, join(app, 'node_modules', 'profiad'), 'dir');
  symlinkSync(realpathSync(join(root, 'node_modules', 'lit')), join(app, 'node_modules', 'lit'), 'dir');
  writeFileSync(
    join(app, 'app.js'),
    [
      "import {LitElement, html} from 'lit';",
      "import 'profiad/event-calendar.js';",
      // The package's main entry too: it must be the same build, so the calendar is one class.
      "import {ProfiadEventCalendar} from 'profiad';",
      "customElements.define('my-app', class extends LitElement { render() { return html`<profiad-event-calendar></profiad-event-calendar>`; } });",
      'console.log(ProfiadEventCalendar);',
      '',
    ].join('\n'),
  );
  const result = await build({
    absWorkingDir: app,
    entryPoints: ['app.js'],
    bundle: true,
    format: 'esm',
    splitting: true,
    outdir: 'out',
    metafile: true,
    logLevel: 'silent',
  });
  outputs = Object.fromEntries(
    Object.entries(result.metafile.outputs)
      .filter(([file]) => file.endsWith('.js'))
      .map(([file, output]) => [file, {code: readFileSync(join(app, file), 'utf8'), inputs: Object.keys(output.inputs), imports: output.imports}]),
  );
});

after(() => {
  if (app) rmSync(app, {recursive: true, force: true});
});

/** The output files the page loads before the app runs: the entry and its static imports. */
function initialLoad() {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !outputs[file]) return;
    seen.add(file);
    for (const {path, kind} of outputs[file].imports) if (kind === 'import-statement') visit(path);
  };
  visit('out/app.js');
  return seen;
}

it("package.json's exports send bundlers to dist/npm/, with types", () => {
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (typeof target !== 'object' || !target.default?.endsWith('.js')) continue;
    assert.match(target.default, /^\.\/dist\/npm\/[\w-]+\.js$/, subpath);
    assert.ok(existsSync(join(root, target.default)), `${target.default} is missing`);
    assert.ok(target.types && existsSync(join(root, target.types)), `${subpath} has no types that exist`);
  }
  assert.equal(pkg.exports['.'].default, './dist/npm/profiad.js');
});

it('dist/npm/ leaves lit, @lit/localize and ical.js as imports, and only those', () => {
  const dir = join(root, 'dist', 'npm');
  const files = readdirSync(dir, {recursive: true}).filter((name) => name.endsWith('.js'));
  const imported = new Set();
  for (const file of files) {
    const code = readFileSync(join(dir, file), 'utf8');
    for (const name of LIT_COPIES) assert.ok(!code.includes(name), `dist/npm/${file} holds a copy of Lit (${name})`);
    for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"./][^'"]*)['"]/g)) imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
  }
  assert.deepEqual([...imported].sort(), Object.keys(pkg.dependencies).sort());
});

it('an app that uses Lit and imports profiad bundles one copy of Lit', () => {
  const all = Object.values(outputs)
    .map(({code}) => code)
    .join('\n');
  for (const name of LIT_COPIES) {
    const copies = all.split(name).length - 1;
    assert.equal(copies, 1, `${name} appears ${copies} times in the app's bundle`);
  }
  // Both imports of profiad came from dist/npm/, never the self-contained build.
  const inputs = Object.values(outputs).flatMap((output) => output.inputs);
  assert.ok(
    inputs.some((input) => input.includes('dist/npm/event-calendar.js')),
    inputs.join('\n'),
  );
  assert.ok(inputs.some((input) => input.includes('dist/npm/profiad.js')));
  assert.ok(!inputs.some((input) => input.includes('dist/cdn/')));
});

it("profiad's code is in what the page loads at start", () => {
  const code = [...initialLoad()].map((file) => outputs[file].code).join('\n');
  assert.ok(code.includes('defineElement("profiad-event-calendar"') || code.includes("defineElement('profiad-event-calendar'"), 'the calendar is not defined at start');
});

it('ical.js stays out of what the page loads at start, in a chunk of its own', () => {
  const hasIcal = (file) => outputs[file].inputs.some((input) => input.includes('node_modules/ical.js/'));
  const initial = initialLoad();
  assert.ok(initial.size >= 1);
  for (const file of initial) assert.ok(!hasIcal(file), `${file} is loaded at start and holds ical.js`);
  const lazy = Object.keys(outputs).filter(hasIcal);
  assert.equal(lazy.length, 1, `ical.js is in ${lazy.length} output files`);
  assert.ok(
    Object.values(outputs).some(({imports}) => imports.some(({path, kind}) => path === lazy[0] && kind === 'dynamic-import')),
    `${lazy[0]} is not loaded by a dynamic import`,
  );
});
