import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import {KEPT_COMMENT, licences} from './scripts/rollup-licences.mjs';

// One instance for both builds: it writes dist/THIRD-PARTY-NOTICES.txt with every package either bundled.
const licenceNotices = licences();

const plugins = () => [
  nodeResolve({exportConditions: ['production']}),
  // The CSS in css`` templates (comments, indentation) minified with lightningcss, in our
  // sources only. html`` templates are left exactly as written: whitespace between inline
  // elements is visible text, and the tests run on the sources, not on dist/.
  minifyTemplates({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: {shouldMinify: () => false},
  }),
  esbuild({tsconfig: 'tsconfig.json', target: 'es2021'}),
  // Licence comments stay (Lit's `@license` headers, the `/*!` banners licenceNotices adds):
  // the licences ask for them, and they cost little (dist/profiad.js with all it loads
  // +167 bytes brotli, story-carousel.js +293, the most of any entry point).
  terser({format: {comments: KEPT_COMMENT}}),
  licenceNotices,
];

const output = (chunkPrefix) => ({
  dir: 'dist',
  format: 'es',
  sourcemap: true,
  entryFileNames: '[name].js',
  chunkFileNames: `chunks/${chunkPrefix}[name]-[hash].js`,
});

/**
 * Two builds into dist/ (a page uses one or the other, never both):
 * - dist/profiad.js: every element, as one bundle (and the iCalendar parser
 *   as a lazy chunk). One file compresses far better than the dozen chunks
 *   four entries would share (47 KB brotli against 54).
 * - dist/<element>.js: one element each, sharing dist/chunks/, so a page that
 *   loads two of them loads Lit and the core once.
 */
export default [
  {
    input: {profiad: 'src/index.ts'},
    output: output('profiad-'),
    plugins: plugins(),
  },
  {
    input: {
      'milestone-tracker': 'src/milestone-tracker/milestone-tracker.ts',
      'event-calendar': 'src/event-calendar/event-calendar.ts',
      'story-carousel': 'src/story-carousel/story-carousel.ts',
      'contact-form': 'src/contact-form/contact-form.ts',
    },
    output: output(''),
    plugins: plugins(),
  },
];
