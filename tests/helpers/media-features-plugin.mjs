/**
 * Test-runner command `emulate-media-features`: emulates any CSS media feature
 * through the Chrome DevTools Protocol, including `forced-colors`, which
 * @web/test-runner-commands' emulateMedia drops for Puppeteer (Puppeteer only
 * accepts prefers-color-scheme, prefers-reduced-motion and color-gamut).
 *
 * From a test: executeServerCommand('emulate-media-features', {features: [{name: 'forced-colors', value: 'active'}]});
 * pass `features: []` to end the emulation.
 */
export function mediaFeaturesPlugin() {
  /** One CDP session per page: Chromium drops a session's emulation when it detaches, so keep it open. */
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({command, payload, session}) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`emulate-media-features needs Chromium through Puppeteer, not ${session.browser.type}.`);
      const features = payload?.features;
      if (!Array.isArray(features)) throw new Error('emulate-media-features: payload must be {features: [{name, value}]}.');
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', {features});
      return true;
    },
  };
}
