#!/usr/bin/env node
/**
 * Subresource Integrity for a page that loads the self-contained build
 * (dist/cdn/) from another site, such as a CDN: prints the HTML to paste into
 * the page's <head>, after `npm run build` (or from the files of a published
 * version, which are the same bytes).
 *
 *   node scripts/sri.mjs                          profiad.js from jsDelivr, this version
 *   node scripts/sri.mjs --base=/profiad/0.1.0/ event-calendar.js milestone-tracker.js
 *
 * `integrity` on the entry's <script type="module"> checks that one file
 * only, and dist/cdn/profiad.js is a few hundred bytes that import the rest.
 * The chunks it imports, at once or later (the iCalendar reader), are checked
 * only when their hashes are in the page's import map (`integrity` section;
 * Chrome and Edge 127, Safari 18, Firefox 138; older browsers load them
 * unchecked). So this prints both, and the hash a Content-Security-Policy
 * needs to allow the import map, an inline script. README, "Serving the
 * self-contained build". scripts/sri.test.mjs and tests/builds/ check it.
 */
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';

const root = resolve(import.meta.dirname, '..');
export const cdn = join(root, 'dist', 'cdn');
const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Where a page would load this version from jsDelivr: an exact version, as SRI needs files that never change. */
export const DEFAULT_BASE = `https://cdn.jsdelivr.net/npm/profiad@${version}/dist/cdn/`;

/** `sha384-…` of a file's bytes, as browsers compute it for an `integrity` value. */
export const sri = (path) => `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;

/** CSP source allowing an inline script with exactly this text: `'sha256-…'`. */
export const cspHash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Every file (relative to dist/cdn/) an entry may load: what it imports and,
 * unlike bench/size.mjs, also what it imports later with `import("./…")`.
 */
export function moduleGraph(entry) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(path, 'utf8');
    for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(resolve(dirname(path), spec));
  };
  visit(join(cdn, entry));
  return [...seen].map((path) => relative(cdn, path));
}

/** The <head> lines for `entries` served from `base` (a URL or path ending in /), and the CSP source for the import map. */
export function snippet({base = DEFAULT_BASE, entries = ['profiad.js']} = {}) {
  if (!base.endsWith('/')) base += '/';
  for (const entry of entries) if (!existsSync(join(cdn, entry))) throw new Error(`dist/cdn/${entry} does not exist (run \`npm run build\`; entries: profiad.js or one file per element)`);
  const chunks = [...new Set(entries.flatMap(moduleGraph))].filter((file) => !entries.includes(file)).sort();
  const integrity = Object.fromEntries(chunks.map((file) => [`${base}${file}`, sri(join(cdn, file))]));
  const importMap = `\n${JSON.stringify({integrity}, null, 2)}\n`;
  const html = [`<script type="importmap">${importMap}</script>`, ...entries.map((entry) => `<script type="module" src="${base}${entry}" integrity="${sri(join(cdn, entry))}"></script>`)].join('\n');
  return {html, importMap, csp: cspHash(importMap), chunks};
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const base = args.find((arg) => arg.startsWith('--base='))?.slice('--base='.length);
  const entries = args.filter((arg) => !arg.startsWith('--'));
  const {html, csp} = snippet({base, entries: entries.length ? entries : undefined});
  console.log(`<!-- profiad ${version}: before any other module script in <head>; keep the import map's text exactly as it is (its hash is below) -->`);
  console.log(html);
  console.log(
    `\nContent-Security-Policy: add ${csp} to script-src (the import map is an inline script)${(base ?? DEFAULT_BASE).startsWith('http') ? `, and ${new URL(base ?? DEFAULT_BASE).origin}` : ''}.`,
  );
}
