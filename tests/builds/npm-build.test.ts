/**
 * The npm build (dist/npm/) running in a browser, its bare imports (`lit`,
 * `@lit/localize`, `ical.js`) resolved from node_modules/ by the test server
 * as an app's bundler would: the elements are defined once whichever entry
 * point loads them, they share the page's Lit (the one @open-wc/testing
 * loaded) instead of bringing their own, and the iCalendar reader's lazy
 * chunk finds ical.js. scripts/npm-build.test.mjs checks the same build
 * through a bundler; the other browser tests run src/ or dist/cdn/.
 */
import {expect} from '@open-wc/testing';
import {nextEvent} from '../helpers/fixtures.js';

// Loaded by URL at run time (the test server resolves their imports); dist/ is built before the tests.
const load = (entry: string): Promise<Record<string, unknown>> => import(/* @vite-ignore */ new URL(`../../dist/npm/${entry}`, import.meta.url).href);

declare global {
  // Each copy of lit-html on a page adds its version here.
  var litHtmlVersions: string[] | undefined;
}

describe('dist/npm/ in the browser', () => {
  let all: Record<string, unknown>;
  let calendar: Record<string, unknown>;
  before(async () => {
    all = await load('profiad.js');
    calendar = await load('event-calendar.js');
  });
  afterEach(() => {
    for (const element of document.querySelectorAll('[data-test]')) element.remove();
  });

  it('defines every element once: profiad.js and event-calendar.js export the same class', () => {
    expect(all.ProfiadEventCalendar).to.be.a('function');
    expect(calendar.ProfiadEventCalendar).to.equal(all.ProfiadEventCalendar);
    expect(customElements.get('profiad-event-calendar')).to.equal(all.ProfiadEventCalendar);
    for (const tag of ['profiad-milestone-tracker', 'profiad-story-carousel', 'profiad-contact-form']) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it("uses the page's Lit: one copy of lit-html on the page", () => {
    expect(globalThis.litHtmlVersions).to.have.length(1);
  });

  it('renders a milestone tracker from a JSON feed', async () => {
    const tracker = document.createElement('profiad-milestone-tracker');
    tracker.dataset.test = '';
    tracker.setAttribute('src', '/examples/milestone-tracker/plan.json');
    const loaded = nextEvent<{count: number}>(tracker, 'profiad-load');
    document.body.append(tracker);
    expect((await loaded).detail.count).to.be.greaterThan(0);
    expect(tracker.shadowRoot!.querySelectorAll('[part~=milestone]').length).to.equal((await loaded).detail.count);
  });

  it('reads an iCalendar feed: the lazy chunk imports ical.js', async () => {
    const events = document.createElement('profiad-event-calendar');
    events.dataset.test = '';
    events.setAttribute('view', 'list');
    events.setAttribute('src', '/examples/event-calendar/events.ics');
    const loaded = nextEvent<{count: number; problems: unknown[]}>(events, 'profiad-load', 8000);
    document.body.append(events);
    expect((await loaded).detail.count).to.be.greaterThan(0);
  });
});
