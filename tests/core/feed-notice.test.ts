/**
 * "Some … could not be shown" tells readers that items are missing: it shows
 * when an item was left out, and not when every item shows and only an
 * optional field of one was dropped (the console tells the author either way).
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import {nextEvent, visibleText} from '../helpers/fixtures.js';

const notice = (el: Element) => el.shadowRoot!.querySelector('[part~=notice]');

async function shown(template: ReturnType<typeof html>): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy">${template}</div>`);
  const el = wrapper.firstElementChild as HTMLElement & {updateComplete: Promise<unknown>};
  await el.updateComplete;
  return el;
}

/** Keeps the console quiet: every case here reports problems on purpose. */
function quietly<T>(run: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => {};
  return run().finally(() => (console.warn = warn));
}

describe('the "could not be shown" notice', () => {
  it('milestone tracker: not for a milestone shown without its bad link; yes for one left out', () =>
    quietly(async () => {
      const good = {id: 'a', title: 'A', date: '2026-01-14', status: 'done'};
      const fieldOnly = await shown(
        html`<profiad-milestone-tracker .milestones=${[good, {id: 'b', title: 'B', date: '2026-02', status: 'upcoming', link: 'javascript:alert(1)'}]}></profiad-milestone-tracker>`,
      );
      expect(fieldOnly.shadowRoot!.querySelectorAll('[part~=milestone]')).to.have.length(2);
      expect(notice(fieldOnly)).to.equal(null);
      const leftOut = await shown(html`<profiad-milestone-tracker .milestones=${[good, {id: 'c', title: 'C', date: 'soon', status: 'upcoming'}]}></profiad-milestone-tracker>`);
      expect(visibleText(notice(leftOut))).to.equal('Nid oedd modd dangos rhai cerrig milltir.');
    }));

  it('event calendar: not for an event shown without its bad booking link; yes for one left out', () =>
    quietly(async () => {
      const good = {id: 'a', title: 'A', start: '2026-01-14T10:00'};
      const fieldOnly = await shown(
        html`<profiad-event-calendar view="list" today="2026-01-10" .events=${[good, {id: 'b', title: 'B', start: '2026-01-15T10:00', bookingUrl: 'javascript:alert(1)'}]}></profiad-event-calendar>`,
      );
      expect(fieldOnly.shadowRoot!.querySelectorAll('[part~=event]')).to.have.length(2);
      expect(notice(fieldOnly)).to.equal(null);
      const leftOut = await shown(html`<profiad-event-calendar view="list" today="2026-01-10" .events=${[good, {id: 'c', title: 'C', start: 'tomorrow'}]}></profiad-event-calendar>`);
      expect(notice(leftOut)).to.not.equal(null);
    }));

  it('event calendar: not for an iCalendar event shown without its bad URL', () =>
    quietly(async () => {
      // Listening before the element is on the page: the feed may load before any later line runs.
      const el = document.createElement('profiad-event-calendar');
      const loading = nextEvent<{count: number; problems: unknown[]}>(el, 'profiad-load');
      el.setAttribute('view', 'list');
      el.setAttribute('today', '2026-01-10');
      el.setAttribute('src', '/test-feeds/raw/ics/bad-url-only.ics');
      await shown(html`${el}`);
      const loaded = await loading;
      await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      expect([loaded.detail.count, loaded.detail.problems.length]).to.deep.equal([1, 1]);
      expect(notice(el)).to.equal(null);
    }));
});
