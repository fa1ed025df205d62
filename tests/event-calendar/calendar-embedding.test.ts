/**
 * The event calendar on a host page with a strict Content-Security-Policy and
 * Trusted Types (tests/pages/csp-calendar.html loads dist/cdn/profiad.js): the
 * month grid, the iCalendar reader's lazy chunk and the details dialog must
 * all work without a single violation.
 */
import {expect} from '@open-wc/testing';
import {until, visibleText} from '../helpers/fixtures.js';

interface CspWindow extends Window {
  __cspViolations: unknown[];
  __profiadLoads: number;
}

const deep = (root: ParentNode | null | undefined, selector: string): Element[] => {
  if (!root) return [];
  const found = [...root.querySelectorAll(selector)];
  for (const host of root.querySelectorAll('*')) if (host.shadowRoot) found.push(...deep(host.shadowRoot, selector));
  return found;
};

describe('event calendar: strict CSP and Trusted Types', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('shows the month from JSON and the Welsh list from .ics, and opens an event, with no policy violation', async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    frame.src = '/tests/pages/csp-calendar.html';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as CspWindow;
    const doc = frame.contentDocument!;
    await until(() => win.__profiadLoads === 2, 'both calendars to load (is dist/ built?)', 8000);

    const [month, list] = [...doc.querySelectorAll('profiad-event-calendar')];
    await until(() => deep(month!.shadowRoot, '[role=gridcell]').length === 42, 'the month grid');
    expect(visibleText(deep(month!.shadowRoot, '[part~=month-heading]')[0])).to.equal('December 2026');
    await until(() => deep(list!.shadowRoot, '[part~=event-button]').length > 0, 'the iCalendar list');
    expect(visibleText(list!.shadowRoot!.querySelector('[part~=day-heading]'))).to.match(/^Dydd /);
    // The iCalendar reader arrived as its own chunk from dist/cdn/chunks/.
    const chunks = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(
      chunks.some((name) => /\/dist\/cdn\/chunks\/.*ics/i.test(name)),
      chunks.join('\n'),
    ).to.equal(true);

    (list!.shadowRoot!.querySelector('[part~=event-button]') as HTMLElement).click();
    const dialog = () => list!.shadowRoot!.querySelector('dialog');
    await until(() => dialog()?.open === true, 'the details dialog');
    expect(visibleText(dialog()!.querySelector('[part~=dialog-title]'))).not.to.equal('');

    expect(win.__cspViolations).to.deep.equal([]);
  });
});
