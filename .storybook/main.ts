import type {StorybookConfig} from '@storybook/web-components-vite';

/**
 * Lit entry points that Vite must pre-bundle together. If only some are
 * pre-bundled, the rest load lit-html a second time from node_modules and the
 * console warns "Multiple versions of Lit loaded" (seen with
 * lit/directive-helpers.js; see /work/shared/toolchain-notes.md). Add any new
 * `lit/...` or `@lit/...` import a widget starts using.
 */
const LIT_ENTRY_POINTS = [
  'lit',
  'lit/decorators.js',
  'lit/directive.js',
  'lit/directive-helpers.js',
  'lit/async-directive.js',
  'lit/static-html.js',
  'lit/directives/class-map.js',
  'lit/directives/if-defined.js',
  'lit/directives/keyed.js',
  'lit/directives/live.js',
  'lit/directives/ref.js',
  'lit/directives/repeat.js',
  'lit/directives/style-map.js',
  '@lit/localize',
  '@lit/localize/init/install.js',
  '@lit/localize/internal/runtime-msg.js',
];

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  // No telemetry, and no "What's new" notifications (fetched from storybook.js.org).
  // `npm run storybook` also passes --no-version-updates (no version check).
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  // The named examples (examples/<widget>/*.json) that the tests and the demo
  // use too, served at the same /examples/... URLs.
  staticDirs: [{from: '../examples', to: '/examples'}],
  async viteFinal(viteConfig) {
    const include = viteConfig.optimizeDeps?.include ?? [];
    return {
      ...viteConfig,
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        include: [...include, ...LIT_ENTRY_POINTS.filter((entry) => !include.includes(entry))],
      },
    };
  },
};

export default config;
