/**
 * Subresource Integrity for the self-contained build, as the README and
 * scripts/sri.mjs recommend it: `integrity` on the entry's <script>, and the
 * chunks' hashes in the page's import map. In this Chromium, a chunk whose
 * bytes do not match its hash is refused, whether the entry imports it at
 * once (nothing is defined) or later (the iCalendar reader: the calendar
 * cannot read an .ics feed, the milestone tracker still works). Without the
 * import map, only the entry would be checked: dist/cdn/profiad.js is a few
 * hundred bytes that import everything else.
 */
import {expect} from '@open-wc/testing';
import {until} from '../helpers/fixtures.js';

const CDN = '/dist/cdn/';

async function sha384(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** Every file an entry loads, now or later (relative to dist/cdn/), as scripts/sri.mjs finds them. */
async function moduleGraph(entry: string): Promise<string[]> {
  const seen = new Set<string>();
  const visit = async (url: URL): Promise<void> => {
    if (seen.has(url.pathname)) return;
    seen.add(url.pathname);
    const code = await (await fetch(url)).text();
    for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) await visit(new URL(spec!, url));
  };
  await visit(new URL(`${CDN}${entry}`, location.href));
  return [...seen].map((path) => path.slice(CDN.length));
}

interface PageWindow extends Window {
  __entry?: 'loaded' | 'failed';
}

/** A page in an iframe that loads profiad.js with these hashes; `wrong` gets a hash of other bytes. */
async function page(wrong?: RegExp): Promise<HTMLIFrameElement> {
  const chunks = (await moduleGraph('profiad.js')).filter((file) => file !== 'profiad.js');
  const integrity: Record<string, string> = {};
  for (const file of chunks) integrity[`${CDN}${file}`] = wrong?.test(file) ? await sha384(`${CDN}profiad.js`) : await sha384(`${CDN}${file}`);
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  // A test page without a CSP, so inline handlers report how the entry ended.
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <script type="importmap">${JSON.stringify({integrity})}</script>
    <script type="module" src="${CDN}profiad.js" integrity="${await sha384(`${CDN}profiad.js`)}" onload="window.__entry = 'loaded'" onerror="window.__entry = 'failed'"></script>
    </head><body>
    <profiad-milestone-tracker src="/examples/milestone-tracker/plan.json"></profiad-milestone-tracker>
    <profiad-event-calendar view="list" src="/examples/event-calendar/events.ics"></profiad-event-calendar>
    </body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame;
}

const shadowText = (frame: HTMLIFrameElement, tag: string): string => frame.contentDocument!.querySelector(tag)?.shadowRoot?.textContent ?? '';

describe('dist/cdn/ with Subresource Integrity in an import map', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('loads when every hash matches', async () => {
    frame = await page();
    const win = frame.contentWindow as PageWindow;
    await until(() => win.__entry !== undefined, 'the entry to load or fail');
    expect(win.__entry).to.equal('loaded');
    await until(() => shadowText(frame!, 'profiad-milestone-tracker').includes('Milestones completed'), 'the milestone tracker');
    await until(() => frame!.contentDocument!.querySelector('profiad-event-calendar')!.shadowRoot!.querySelector('[part~=event-button]') !== null, 'the events of the .ics feed', 8000);
  });

  it('refuses the whole page of elements when a chunk the entry imports does not match', async () => {
    frame = await page(/^chunks\/profiad-index-/);
    const win = frame.contentWindow as PageWindow;
    await until(() => win.__entry !== undefined, 'the entry to load or fail');
    expect(win.__entry).to.equal('failed');
    expect(win.customElements.get('profiad-milestone-tracker')).to.equal(undefined);
  });

  it('refuses a chunk loaded later (the iCalendar reader) that does not match, and the rest works', async () => {
    frame = await page(/^chunks\/profiad-ics-feed-/);
    const win = frame.contentWindow as PageWindow;
    await until(() => win.__entry !== undefined, 'the entry to load or fail');
    expect(win.__entry).to.equal('loaded');
    await until(() => shadowText(frame!, 'profiad-milestone-tracker').includes('Milestones completed'), 'the milestone tracker');
    const calendar = frame.contentDocument!.querySelector('profiad-event-calendar')!;
    await until(() => calendar.shadowRoot!.querySelector('[part~=error]') !== null, 'the calendar to show an error', 8000);
    expect(calendar.shadowRoot!.querySelector('[part~=event-button]')).to.equal(null);
    // The feed is fine, a part of profiad did not load: the reader is told so (a network failure, try again), not that the data is wrong.
    const error = calendar.shadowRoot!.querySelector('[part~=error]')!.textContent ?? '';
    expect(error).to.contain('Check your internet connection').and.not.contain('not in a form we can show');
  });
});
