/** Where a milestone's relative link leads: as in the feed's own page when the feed was fetched, else as in this page. */
import {expect, fixture, html} from '@open-wc/testing';
import type {ProfiadMilestoneTracker} from '../../src/milestone-tracker/milestone-tracker.js';
import type {Milestone} from '../../src/milestone-tracker/milestone-model.js';
import {milestoneItems, readMilestone, trackerFromSrc} from './tracker-helpers.js';

/** tests/fixtures/milestones/relative-links.json, served by tests/server-routes.mjs. */
const FEED = '/test-feeds/raw/milestones/relative-links.json';

/** Each milestone's id and the address its title links to. */
const linksOf = (el: ProfiadMilestoneTracker) => Object.fromEntries(milestoneItems(el).map((li) => [li.dataset.id, readMilestone(li).link]));

describe('milestone tracker: relative links', () => {
  it("lead where they would from the feed's own address when the feed is fetched", async () => {
    const el = await trackerFromSrc(FEED, 'en');
    expect(linksOf(el)).to.deep.equal({
      sibling: `${location.origin}/test-feeds/raw/milestones/review.html`,
      parent: `${location.origin}/test-feeds/raw/plan/`,
      absolute: 'https://heiw.nhs.wales/',
    });
  });

  it('lead where they would from this page when the feed is inline JSON', async () => {
    const json = await (await fetch(FEED)).text();
    const el = await fixture<ProfiadMilestoneTracker>(html`<profiad-milestone-tracker lang="en" today="2026-11-25"><script type="application/json">${json}</script></profiad-milestone-tracker>`);
    await el.updateComplete;
    expect(linksOf(el)).to.deep.equal({
      sibling: new URL('review.html', document.baseURI).href,
      parent: new URL('../plan/', document.baseURI).href,
      absolute: 'https://heiw.nhs.wales/',
    });
    expect(linksOf(el).sibling).not.to.contain('/test-feeds/');
  });
});

/**
 * Checked by `npm run typecheck`, never called: a milestone's link is a
 * SafeUrl, so a plain string from a feed cannot reach the rendered href
 * without passing safeUrl when the feed is read.
 */
export function aPlainStringIsNotAMilestoneLink(milestone: Milestone): void {
  // @ts-expect-error a string is not a SafeUrl
  milestone.link = 'javascript:alert(1)';
}
