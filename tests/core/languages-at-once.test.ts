/**
 * A Welsh and an English widget on one page that finish an async step (their
 * feed arriving) at the same moment: each builds its messages, announcements
 * and dates in its own language, whatever the other renders meanwhile.
 * The test server answers both requests in one go (/test-feeds/together).
 */
import {expect, fixture, html} from '@open-wc/testing';
import type {ProfiadEventCalendar, ProfiadMilestoneTracker} from '../../src/index.js';
import '../../src/index.js';
import {nextEvent, visibleText} from '../helpers/fixtures.js';

let group = 0;
/**
 * URLs, one per name, whose requests are held until all of them arrived, then answered with
 * examples/<example> at once: one per element, and one the test fetches itself once it has seen
 * both elements loading. (One URL for all would not do: Chromium's HTTP cache lets only one
 * request for a URL run at a time.)
 */
function together(example: string, ...who: string[]): string[] {
  const key = `${Date.now()}-${++group}`;
  return who.map((name) => `/test-feeds/together?key=${key}&count=${who.length}&example=${example}&for=${name}`);
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

describe('languages at once', () => {
  it('milestone trackers: each announces loading, then shows its summary, statuses and dates, in its own language', async () => {
    const [cy, en, release] = together('milestone-tracker/plan.json', 'cy', 'en', 'test');
    const page = await fixture<HTMLDivElement>(html`<div>
      <profiad-milestone-tracker lang="cy" today="2026-11-25" src=${cy}></profiad-milestone-tracker>
      <profiad-milestone-tracker lang="en" today="2026-11-25" src=${en}></profiad-milestone-tracker>
    </div>`);
    const [welsh, english] = [...page.querySelectorAll('profiad-milestone-tracker')] as [ProfiadMilestoneTracker, ProfiadMilestoneTracker];
    const loaded = Promise.all([nextEvent(welsh, 'profiad-load'), nextEvent(english, 'profiad-load')]);
    await Promise.all([welsh.updateComplete, english.updateComplete]);
    expect(visibleText($(welsh, '[part~=status]'))).to.equal("Wrthi'n llwytho cerrig milltir…");
    expect(visibleText($(english, '[part~=status]'))).to.equal('Loading milestones…');

    // The third request of the group lets all three answers go at once.
    await fetch(release!);
    await loaded;
    expect(visibleText($(welsh, '[part~=summary]'))).to.match(/^Cerrig milltir wedi'u cwblhau: \d+ o \d+$/);
    expect(visibleText($(english, '[part~=summary]'))).to.match(/^Milestones completed: \d+ of \d+$/);
    expect($$(welsh, '[part~=status-label]').map(visibleText)).to.include("Wedi'i chwblhau");
    expect($$(english, '[part~=status-label]').map(visibleText)).to.include('Completed');
    expect($$(welsh, '[part~=date]').map(visibleText)).to.include('Gwanwyn 2026');
    expect($$(english, '[part~=date]').map(visibleText)).to.include('Spring 2026');
    expect(visibleText($(welsh, '[data-today]'))).to.equal('Heddiw: 25 Tachwedd 2026.');
    expect(visibleText($(english, '[data-today]'))).to.equal('Today: 25 November 2026.');
  });

  it('event calendars: each shows its count, day headings and event facts in its own language', async () => {
    const [en, cy, release] = together('event-calendar/events.json', 'en', 'cy', 'test');
    const page = await fixture<HTMLDivElement>(html`<div>
      <profiad-event-calendar lang="en" view="list" today="2026-01-10" src=${en}></profiad-event-calendar>
      <profiad-event-calendar lang="cy" view="list" today="2026-01-10" src=${cy}></profiad-event-calendar>
    </div>`);
    const [english, welsh] = [...page.querySelectorAll('profiad-event-calendar')] as [ProfiadEventCalendar, ProfiadEventCalendar];
    const loaded = Promise.all([nextEvent(english, 'profiad-load'), nextEvent(welsh, 'profiad-load')]);
    await Promise.all([welsh.updateComplete, english.updateComplete]);
    expect(visibleText($(welsh, '[part~=status]'))).to.equal("Wrthi'n llwytho digwyddiadau…");
    expect(visibleText($(english, '[part~=status]'))).to.equal('Loading events…');

    await fetch(release!);
    await loaded;
    await Promise.all([welsh.updateComplete, english.updateComplete]);
    const englishCount = /^(\d+) events$/.exec(visibleText($(english, '[part~=result-count]')));
    expect(englishCount, 'English count').to.not.equal(null);
    expect(visibleText($(welsh, '[part~=result-count]'))).to.equal(`${englishCount![1]} o ddigwyddiadau`);
    expect(visibleText($$(english, '[part~=day-heading]')[0])).to.equal('Wednesday 14 January 2026');
    expect(visibleText($$(welsh, '[part~=day-heading]')[0])).to.equal('Dydd Mercher, 14 Ionawr 2026');
    expect(visibleText($(english, '[part~=past-toggle]'))).to.equal('Show past events');
    expect(visibleText($(welsh, '[part~=past-toggle]'))).to.equal('Dangos digwyddiadau blaenorol');
  });
});
