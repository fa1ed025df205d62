/**
 * A Rollup plugin that keeps the licences of the third-party code bundled
 * into dist/cdn/ (Lit is BSD-3-Clause, ical.js MPL-2.0; both require their
 * notices to travel with copies of their code):
 *
 *  - THIRD-PARTY-NOTICES.txt, next to the bundles: profiad's own licence, then
 *    every npm package with code in a bundle, with its version, licence and
 *    the full text of its LICENSE file. For a build that bundles none
 *    (dist/npm/), it says so and names the packages the files import instead.
 *  - A banner on each chunk that holds a package whose licence header the
 *    minifier would drop. Terser keeps `@license`, `@preserve` and `/*!`
 *    comments (rollup.config.mjs), which covers Lit's headers; ical.js opens
 *    with a plain `/* This Source Code Form is subject to … *\/` comment, so
 *    that header is copied into a `/*! … *\/` banner on the chunk holding it.
 *
 * scripts/licences.test.mjs checks the result from the built files alone.
 *
 * One instance per output folder: the two builds that write to dist/cdn/
 * share one, so each writes the notices of every package seen so far, and
 * the last file written lists everything either bundled.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** What terser keeps (rollup.config.mjs passes this to terser). */
export const KEPT_COMMENT = /@license|@preserve|^!/;

/** The package an imported file belongs to, or undefined for our own sources. */
function packageOf(id) {
  const at = id.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const segments = id.slice(at + '/node_modules/'.length).split('/');
  const name = segments[0].startsWith('@') ? `${segments[0]}/${segments[1]}` : segments[0];
  return {name, dir: id.slice(0, at + '/node_modules/'.length) + name};
}

function readLicenceText(dir) {
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name));
  return file ? readFileSync(join(dir, file), 'utf8').trim() : undefined;
}

/** The comment a file opens with, when it speaks of a licence or a copyright. */
function licenceHeader(code) {
  const match = /^\s*\/\*([\s\S]*?)\*\//.exec(code);
  if (!match || !/licen[cs]e|copyright/i.test(match[1])) return undefined;
  return match[1];
}

/** `a`, `a and b`, `a, b and c`. */
const listed = (names) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join(''));

function bannerFor(pkg) {
  const text = pkg.header
    .split('\n')
    .map((line) => line.replace(/^\s*\*? ?/, '').trimEnd())
    .filter(Boolean)
    .join('\n * ');
  return `/*! ${pkg.name} ${pkg.version} (${pkg.license})\n * ${text}\n */`;
}

export function licences({fileName = 'THIRD-PARTY-NOTICES.txt'} = {}) {
  /** name -> {name, version, license, repository, licenceText, header?} for every package a module was loaded from. */
  const packages = new Map();
  /** Names of the packages with code in a chunk of any build so far: what the notices list. */
  const bundled = new Set();
  /** Packages left as imports (`lit`, `lit/decorators.js` -> lit), when the build keeps them external. */
  const imported = new Set();
  const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

  const packageInfo = (id) => {
    const found = packageOf(id);
    if (!found) return undefined;
    if (!packages.has(found.name)) {
      const json = JSON.parse(readFileSync(join(found.dir, 'package.json'), 'utf8'));
      const repository = typeof json.repository === 'string' ? json.repository : json.repository?.url;
      const folder = typeof json.repository === 'object' && json.repository.directory ? ` (folder ${json.repository.directory})` : '';
      packages.set(found.name, {
        name: found.name,
        version: json.version,
        license: json.license ?? 'UNKNOWN',
        repository: repository ? repository.replace(/^git\+/, '').replace(/\.git$/, '') + folder : (json.homepage ?? ''),
        licenceText: readLicenceText(found.dir),
        header: undefined,
      });
    }
    return packages.get(found.name);
  };

  /** Packages with code in a chunk (modules tree-shaken to nothing do not count). */
  const packagesIn = (chunk) => [
    ...new Set(
      Object.entries(chunk.modules)
        .filter(([, module]) => module.renderedLength > 0)
        .map(([id]) => packageInfo(id))
        .filter(Boolean),
    ),
  ];

  return {
    name: 'profiad-licences',

    transform(code, id) {
      const pkg = packageInfo(id);
      const header = pkg && licenceHeader(code);
      // A header terser keeps needs no banner; one it would drop is copied into the banner.
      if (header && !KEPT_COMMENT.test(header)) pkg.header ??= header;
      return null;
    },

    banner(chunk) {
      return packagesIn(chunk)
        .filter((pkg) => pkg.header)
        .map(bannerFor)
        .join('\n');
    },

    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const pkg of packagesIn(chunk)) bundled.add(pkg.name);
        for (const id of [...chunk.imports, ...chunk.dynamicImports]) {
          // Relative ids are our own chunks; a bare one is an external package (or a file in it).
          if (!id.startsWith('.') && !id.startsWith('/') && !(id in bundle)) imported.add(id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0]);
        }
      }
      const sorted = [...bundled].sort().map((name) => packages.get(name));
      for (const pkg of sorted) {
        if (!pkg.licenceText) this.error(`${pkg.name} has no LICENSE file to copy into ${fileName}.`);
      }
      const rule = '-'.repeat(72);
      const sections = [
        `Licences of the code in this folder\n\n` +
          `profiad ${own.version} is released under the ${own.license} licence:\n\n${readFileSync(join(root, 'LICENSE'), 'utf8').trim()}\n\n` +
          (sorted.length
            ? `The files here also contain code from the npm packages below, each under its own licence.\n` +
              `Their source is in the source maps (*.js.map) next to each file, and at the addresses given.`
            : `The files here contain no code from other packages.`) +
          (imported.size ? `\nThey import ${listed([...imported].sort())}, which are not in this folder: npm installs them next to profiad, each with its own licence.` : ''),
        ...sorted.map((pkg) => `${pkg.name} ${pkg.version}\nLicence: ${pkg.license}\nSource: ${pkg.repository}\n\n${pkg.licenceText}`),
      ];
      this.emitFile({type: 'asset', fileName, source: sections.join(`\n\n${rule}\n\n`) + '\n'});
    },
  };
}
