/**
 * Each build carries the licences of what it bundles (issue 13), in its own
 * folder (a site copies dist/cdn/ alone): every npm package with code in a
 * bundle is in that folder's THIRD-PARTY-NOTICES.txt with its licence text,
 * and every file holding a package's code keeps a licence comment naming that
 * package's licence. dist/cdn/ bundles Lit, @lit/localize and ical.js;
 * dist/npm/ bundles no package at all (they stay imports), and its notices say
 * which packages it imports.
 *
 * Which packages a file holds is read from its source map (the `sources`
 * under node_modules/), not from the plugin that writes the notices
 * (scripts/rollup-licences.mjs), so a package the plugin missed is caught.
 * Run: npm run build && node --test scripts/licences.test.mjs
 */
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {it} from 'node:test';

const root = resolve(import.meta.dirname, '..');
const FOLDERS = ['cdn', 'npm'];

/** Every .js file under dir whose source map exists. */
function bundles(dir) {
  return readdirSync(dir, {recursive: true})
    .filter((name) => name.endsWith('.js') && existsSync(join(dir, `${name}.map`)))
    .map((name) => join(dir, name));
}

/** The npm packages whose code a bundle holds, by the folder of each under node_modules/. */
function packagesIn(file) {
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const folders = new Map();
  for (const source of map.sources) {
    const path = resolve(dirname(file), map.sourceRoot ?? '', source);
    const at = path.lastIndexOf('/node_modules/');
    if (at < 0) continue;
    const [first, second] = path.slice(at + '/node_modules/'.length).split('/');
    const name = first.startsWith('@') ? `${first}/${second}` : first;
    folders.set(name, path.slice(0, at + '/node_modules/'.length) + name);
  }
  return [...folders].map(([name, folder]) => {
    const json = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    return {name, version: json.version, license: json.license, folder};
  });
}

/** The comments a minifier keeps: `/*! … *\/` and those with @license or @preserve. */
const licenceComments = (code) => [...code.matchAll(/\/\*[\s\S]*?\*\//g)].map(([comment]) => comment).filter((comment) => /^\/\*!|@license|@preserve/.test(comment));

/** The bundles of dist/<folder>/, each with the packages its source map names; `relative` is e.g. `cdn/chunks/x.js`. */
const built = (folder) => {
  const dist = join(root, 'dist', folder);
  assert.ok(existsSync(join(dist, 'profiad.js')), `dist/${folder}/ is not built: run \`npm run build\` first.`);
  return bundles(dist).map((file) => ({file, relative: `${folder}/${file.slice(dist.length + 1)}`, packages: packagesIn(file)}));
};
const builtEverywhere = () => FOLDERS.flatMap(built);

it('the test sees the packages it should (Lit and ical.js are bundled in dist/cdn/)', () => {
  const names = new Set(built('cdn').flatMap(({packages}) => packages.map((pkg) => pkg.name)));
  for (const name of ['lit-html', '@lit/reactive-element', 'lit-element', '@lit/localize', 'ical.js']) assert.ok(names.has(name), `${name} not found in any source map`);
});

it('dist/npm/ bundles no code from other packages, and its notices name the packages it imports', () => {
  for (const {relative, packages} of built('npm'))
    assert.deepEqual(
      packages.map((pkg) => pkg.name),
      [],
      `dist/${relative} holds code from node_modules/`,
    );
  const notices = readFileSync(join(root, 'dist', 'npm', 'THIRD-PARTY-NOTICES.txt'), 'utf8');
  assert.match(notices, /The files here contain no code from other packages\./);
  const dependencies = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies);
  for (const name of dependencies) assert.ok(notices.includes(name), `the notices do not say that dist/npm/ imports ${name}`);
});

for (const folder of FOLDERS) {
  const name = `dist/${folder}/THIRD-PARTY-NOTICES.txt`;
  it(`${name} has profiad's licence and every package bundled in dist/${folder}/ with its licence text`, () => {
    const noticesPath = join(root, 'dist', folder, 'THIRD-PARTY-NOTICES.txt');
    assert.ok(existsSync(noticesPath), `${name} is missing`);
    const notices = readFileSync(noticesPath, 'utf8');
    assert.ok(notices.includes(readFileSync(join(root, 'LICENSE'), 'utf8').trim()), `profiad's own LICENSE is not in ${name}`);
    const seen = new Map(built(folder).flatMap(({packages}) => packages.map((pkg) => [pkg.name, pkg])));
    for (const pkg of seen.values()) {
      const heading = `\n${pkg.name} ${pkg.version}\nLicence: ${pkg.license}\n`;
      const at = notices.indexOf(heading);
      assert.ok(at >= 0, `${name} lacks ${pkg.name} ${pkg.version} (${pkg.license})`);
      const licenceFile = readdirSync(pkg.folder).find((file) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(file));
      assert.ok(licenceFile, `${pkg.name} has no LICENSE file`);
      const licenceText = readFileSync(join(pkg.folder, licenceFile), 'utf8').trim();
      // The heading, a Source line, a blank line, then the licence text itself.
      const textStart = notices.indexOf('\n\n', at + heading.length) + 2;
      assert.ok(notices.startsWith(licenceText, textStart), `${name} lacks the licence text of ${pkg.name} after its heading`);
    }
  });
}

it('every bundle with third-party code keeps a licence comment for each package in it', () => {
  for (const {file, relative, packages} of builtEverywhere()) {
    const comments = licenceComments(readFileSync(file, 'utf8'));
    for (const pkg of packages) {
      assert.ok(
        comments.some((comment) => comment.includes(pkg.license)),
        `dist/${relative} holds ${pkg.name} (${pkg.license}) but no licence comment naming ${pkg.license}; comments kept: ${comments.length}`,
      );
    }
  }
});

it("ical.js's MPL notice is in each chunk holding it", () => {
  const chunks = built('cdn').filter(({packages}) => packages.some((pkg) => pkg.name === 'ical.js'));
  assert.ok(chunks.length > 0);
  for (const {file, relative} of chunks) {
    const opening = /^\/\*! ical\.js [\d.]+ \(MPL-2\.0\)\n \* This Source Code Form is subject to the terms of the Mozilla Public/;
    assert.ok(opening.test(readFileSync(file, 'utf8')), `dist/${relative} does not open with ical.js's MPL notice`);
  }
});
