// ESLint 9 flat config. `npm run lint` runs it, then lit-analyzer, then `prettier --check`.
import js from '@eslint/js';
import {defineConfig, globalIgnores} from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * `lit/static-html.js` templates may put a static value where a tag name goes:
 * the heading levels, `<${headingTag(level)} ...>…</${headingTag(level)}>`.
 * eslint-plugin-lit reads every html`` as a plain lit-html template, in which a
 * binding there is an error, so `lit/binding-positions` ("Bindings cannot be
 * used in place of tag names") and `lit/no-invalid-html`
 * ("invalid-first-character-of-tag-name") fire on each of them. This keeps both
 * rules everywhere and drops only their reports at a `<${` or `</${` in a file
 * that imports lit/static-html.js.
 */
function allowStaticTagNames(rule) {
  return {
    meta: rule.meta,
    create(context) {
      const {sourceCode} = context;
      const usesStaticHtml = sourceCode.ast.body.some((node) => node.type === 'ImportDeclaration' && node.source.value === 'lit/static-html.js');
      if (!usesStaticHtml) return rule.create(context);
      const atTagName = (position) => {
        const index = sourceCode.getIndexFromLoc(position);
        return /<\/?\$\{\s*$/.test(sourceCode.text.slice(Math.max(0, index - 8), index));
      };
      const report = (descriptor) => {
        const start = descriptor.loc?.start ?? descriptor.loc ?? descriptor.node.loc.start;
        if (!atTagName(start)) context.report(descriptor);
      };
      return rule.create(Object.create(context, {report: {value: report}}));
    },
  };
}

const profiad = {
  rules: {
    'lit-binding-positions': allowStaticTagNames(lit.rules['binding-positions']),
    'lit-no-invalid-html': allowStaticTagNames(lit.rules['no-invalid-html']),
  },
};

export default defineConfig([
  globalIgnores(['dist/', 'storybook-static/', 'src/generated/', 'server/dist/', 'bench/.build/', 'mail-sink/', '.data/', 'xliff/', 'custom-elements.json']),

  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_` marks what is left unused on purpose: `for (const _ of text)`, `{id: _id, ...fields}`.
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true}],
      // `let worker; … onStored: () => worker?.wake(); … worker = new OutboxWorker(…)`: a
      // closure reads it before its one assignment, so it cannot be a const declared there.
      'prefer-const': ['error', {ignoreReadBeforeAssign: true}],
    },
  },

  // Browser code: the library, its tests and stories, the demo, the benchmark pages.
  {
    files: ['src/**/*.ts', 'tests/**/*.ts', 'tests/**/*.js', 'stories/**/*.ts', '.storybook/**/*.ts', 'demo/**/*.js', 'bench/**/*.js'],
    languageOptions: {globals: globals.browser},
  },
  // Node: scripts, the receiver and its tests, configs, benchmark runners, test-runner plugins.
  {
    files: ['**/*.mjs', 'server/**/*.ts', '.storybook/main.ts'],
    languageOptions: {globals: globals.node},
  },
  // The benchmark runners hand functions to Puppeteer's page.evaluate(), which run in the page.
  {
    files: ['bench/browser.mjs', 'bench/carousel/run.mjs'],
    languageOptions: {globals: {window: 'readonly'}},
  },

  // Lit templates and custom elements.
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'tests/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    plugins: {profiad},
    settings: {wc: {elementBaseClasses: ['LitElement']}},
    rules: {
      // Replaced by the same rules minus static tag names (allowStaticTagNames above).
      'lit/binding-positions': 'off',
      'lit/no-invalid-html': 'off',
      'profiad/lit-binding-positions': 'error',
      'profiad/lit-no-invalid-html': 'error',
      // LitElement (ReactiveElement) defines connectedCallback and disconnectedCallback,
      // so `super.connectedCallback()` always has something to call: no guard needed.
      'wc/guard-super-call': 'off',
    },
  },

  // Type-aware rules for the TypeScript that ships or runs: the library, the receiver,
  // the stories. Not the tests: @open-wc/semantic-dom-diff types chai's `.equal()` as
  // returning a Promise (for its DOM snapshots), so no-floating-promises would flag
  // every `expect(x).to.equal(y)` (1,467 of them), and the tests would add 17 s.
  {
    files: ['src/**/*.ts', 'server/src/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname}},
    rules: {
      // The stores implement a Promise-returning interface with synchronous SQLite
      // (and Fastify hooks are async): `async` there turns a throw into a rejection,
      // which is the contract, not a missing `await`.
      '@typescript-eslint/require-await': 'off',
      // The unions are documentation: `BilingualText | ''` (`''` marks a decorative
      // image), `unknown | Promise<unknown>` (a decoder may be async).
      '@typescript-eslint/no-redundant-type-constituents': 'off',
    },
  },
  {
    // Lit calls a listener bound in a template (`@click=${this.onClick}`, also when a
    // helper renders the binding) with `this` set to the host element, so handing a
    // method to a template is correct; the rule cannot see that. On elsewhere.
    files: ['src/**/*.component.ts'],
    rules: {'@typescript-eslint/unbound-method': 'off'},
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    files: ['tests/**/*.ts'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
]);
