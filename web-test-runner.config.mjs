import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {fileURLToPath} from 'node:url';
import {testServerRoutes} from './tests/server-routes.mjs';
import {mediaFeaturesPlugin} from './tests/helpers/media-features-plugin.mjs';
import {swipePlugin} from './tests/helpers/swipe-plugin.mjs';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import {contactReceiverPlugin, contactTestRoutes} from './tests/contact-form/contact-receiver.mjs';
import {recipeRoutes} from './tests/recipes/recipe-routes.mjs';

/** Browser tests in headless Chromium (Debian's; see scripts/ensure-chromium.mjs). */
export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  // One test file at a time: with two, a file using dialogs, focus and key presses
  // hung once under load (calendar-dialog, testsFinishTimeout). Reliability beats ~15 s.
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  plugins: [
    esbuildPlugin({ts: true, target: 'es2021', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url))}),
    // emulate-media-features (forced-colors, which Puppeteer's emulateMedia drops) and a11y-snapshot (the accessibility tree a screen reader gets).
    mediaFeaturesPlugin(),
    // swipe: a real touch or trackpad scroll gesture (the story carousel's scroll snapping).
    swipePlugin(),
    a11ySnapshotPlugin(),
    // The contact form's real receiver and a mail sink, for tests/contact-form/.
    contactReceiverPlugin(),
  ],
  middleware: [testServerRoutes, contactTestRoutes, recipeRoutes],
  browsers: [
    chromeLauncher({
      // One browser context (so one window) per test page: with concurrency 2,
      // headless Chromium never runs requestAnimationFrame in a background tab,
      // and fixture() of a plain element (which waits a frame) hung until the timeout.
      createPage: async ({browser}) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    }),
  ],
  filterBrowserLogs: ({args}) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
