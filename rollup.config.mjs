import {readFileSync} from 'node:fs';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import {KEPT_COMMENT, licences} from './scripts/rollup-licences.mjs';

const {dependencies} = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** `lit`, `lit/decorators.js`, `@lit/localize`, `ical.js`: what npm installs next to profiad. */
const isDependency = (id) => Object.keys(dependencies).some((name) => id === name || id.startsWith(`${name}/`));

const ELEMENTS = {
  'milestone-tracker': 'src/milestone-tracker/milestone-tracker.ts',
  'event-calendar': 'src/event-calendar/event-calendar.ts',
  'story-carousel': 'src/story-carousel/story-carousel.ts',
  'contact-form': 'src/contact-form/contact-form.ts',
};

// One instance per folder: each writes THIRD-PARTY-NOTICES.txt into its own folder, covering
// every build that writes there (dist/cdn/ is copied to web servers alone, so it carries its own).
const cdnNotices = licences();
const npmNotices = licences();

const compile = () => [
  // The CSS in css`` templates (comments, indentation) minified with lightningcss, in our
  // sources only. html`` templates are left exactly as written: whitespace between inline
  // elements is visible text, and the tests run on the sources, not on dist/.
  minifyTemplates({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: {shouldMinify: () => false},
  }),
  esbuild({tsconfig: 'tsconfig.json', target: 'es2021'}),
];

const cdnPlugins = () => [
  nodeResolve({exportConditions: ['production']}),
  ...compile(),
  // Licence comments stay (Lit's `@license` headers, the `/*!` banners the notices plugin adds):
  // the licences ask for them, and they cost little (dist/cdn/profiad.js with all it loads
  // +167 bytes brotli, story-carousel.js +293, the most of any entry point).
  terser({format: {comments: KEPT_COMMENT}}),
  cdnNotices,
];

const cdnOutput = (chunkPrefix) => ({
  dir: 'dist/cdn',
  format: 'es',
  sourcemap: true,
  entryFileNames: '[name].js',
  chunkFileNames: `chunks/${chunkPrefix}[name]-[hash].js`,
});

/**
 * Two builds of the same sources (README, "Which build"):
 *
 * dist/npm/: for bundlers (package.json's `exports`). Lit, @lit/localize and
 * ical.js stay imports (`import {html} from 'lit'`), so an app that uses Lit
 * itself bundles one copy of it. All five entry points are one build sharing
 * dist/npm/chunks/, so an app that imports both `profiad` and
 * `profiad/event-calendar.js` gets one class, defined once. Not minified:
 * the app's bundler minifies, and readable code in node_modules/ is easier to
 * debug. The iCalendar reader stays behind its dynamic import (a chunk of its
 * own that imports ical.js), so the app's bundler can keep it lazy too.
 *
 * dist/cdn/: self-contained, for a page without a bundler (a CMS, plain HTML,
 * a CDN). Everything bundled and minified; a page uses one or the other of:
 * - dist/cdn/profiad.js: every element, as one bundle (and the iCalendar parser
 *   as a lazy chunk). One file compresses far better than the dozen chunks
 *   four entries would share (47 KB brotli against 54).
 * - dist/cdn/<element>.js: one element each, sharing dist/cdn/chunks/, so a
 *   page that loads two of them loads Lit and the core once.
 */
export default [
  {
    input: {profiad: 'src/index.ts', ...ELEMENTS},
    external: isDependency,
    // Any other bare import would be left in as an import no app can resolve.
    onwarn(warning, warn) {
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(`${warning.message} (dist/npm/ bundles nothing from node_modules: import only packages in "dependencies")`);
      warn(warning);
    },
    output: {
      dir: 'dist/npm',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [...compile(), npmNotices],
  },
  {
    input: {profiad: 'src/index.ts'},
    output: cdnOutput('profiad-'),
    plugins: cdnPlugins(),
  },
  {
    input: ELEMENTS,
    output: cdnOutput(''),
    plugins: cdnPlugins(),
  },
];
