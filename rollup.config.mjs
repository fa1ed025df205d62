import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';

/**
 * dist/profiad.js defines every element; dist/<element>.js defines one.
 * Shared code (Lit, core) lands in dist/chunks/, so a page loading two
 * entry points loads it once. Lazy parts (the iCalendar parser) get chunks of their own.
 */
export default {
  input: {
    profiad: 'src/index.ts',
    'milestone-tracker': 'src/milestone-tracker/milestone-tracker.ts',
    'event-calendar': 'src/event-calendar/event-calendar.ts',
    'story-carousel': 'src/story-carousel/story-carousel.ts',
    'contact-form': 'src/contact-form/contact-form.ts',
  },
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
  plugins: [
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
    terser({format: {comments: false}}),
  ],
};
