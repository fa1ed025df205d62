/**
 * Test-runner command `swipe`: a real gesture through the Chrome DevTools
 * Protocol, a finger on a touch screen (touch events, Input.dispatchTouchEvent)
 * or two fingers on a trackpad (Input.synthesizeScrollGesture with wheel
 * events): the browser's own input pipeline scrolls, and CSS scroll snapping
 * settles it, as for a reader.
 *
 * From a test: executeServerCommand('swipe', {x, y, xDistance, source: 'touch' | 'mouse'})
 * (x, y in CSS pixels of the page; a negative xDistance moves the content left, to later stories).
 */
export function swipePlugin() {
  const sessions = new WeakMap();
  return {
    name: 'swipe',
    async executeCommand({command, payload, session}) {
      if (command !== 'swipe') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`swipe needs Chromium through Puppeteer, not ${session.browser.type}.`);
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      const {x, y, xDistance, source = 'touch'} = payload ?? {};
      // Headless Chromium has no touch screen: lend it one for the gesture only.
      if (source === 'touch') await cdp.send('Emulation.setTouchEmulationEnabled', {enabled: true, maxTouchPoints: 1});
      try {
        if (source === 'touch') {
          // A finger put down, moved in small steps, and lifted.
          const steps = 12;
          await cdp.send('Input.dispatchTouchEvent', {type: 'touchStart', touchPoints: [{x: Math.round(x), y: Math.round(y)}]});
          for (let i = 1; i <= steps; i++) {
            await cdp.send('Input.dispatchTouchEvent', {type: 'touchMove', touchPoints: [{x: Math.round(x + (xDistance * i) / steps), y: Math.round(y)}]});
          }
          // Held still before lifting, so the browser adds no fling and the scroll snaps where the finger stopped.
          await new Promise((resolve) => setTimeout(resolve, 200));
          await cdp.send('Input.dispatchTouchEvent', {type: 'touchMove', touchPoints: [{x: Math.round(x + xDistance), y: Math.round(y)}]});
          await new Promise((resolve) => setTimeout(resolve, 100));
          await cdp.send('Input.dispatchTouchEvent', {type: 'touchEnd', touchPoints: []});
          return true;
        }
        await cdp.send('Input.synthesizeScrollGesture', {
          x: Math.round(x),
          y: Math.round(y),
          xDistance: Math.round(xDistance),
          yDistance: 0,
          gestureSourceType: source,
          speed: 2000,
          preventFling: true,
        });
      } finally {
        if (source === 'touch') await cdp.send('Emulation.setTouchEmulationEnabled', {enabled: false});
      }
      return true;
    },
  };
}
