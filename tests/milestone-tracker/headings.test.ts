/** heading-level: the tracker fits the page's heading outline, and its section is always named. */
import {expect, fixture, html} from '@open-wc/testing';
import type {ProfiadMilestoneTracker} from '../../src/milestone-tracker/milestone-tracker.js';
import {visibleText} from '../helpers/fixtures.js';
import {LANGS, milestone, part, parts, shadow, trackerWith} from './tracker-helpers.js';

const titled = {title: {en: 'Workforce plan', cy: 'Cynllun y gweithlu'}, milestones: [milestone('a'), milestone('b', {date: '2026-02-01'})]};
const untitled = {milestones: [milestone('a'), milestone('b', {date: '2026-02-01'})]};

/** Tag names of the feed heading and of every milestone title, e.g. ['H2', ['H3', 'H3']]. */
const outline = (el: ProfiadMilestoneTracker) => ({
  feed: part(el, 'heading')?.tagName ?? null,
  milestones: parts(el, 'title').map((h) => h.tagName),
});

for (const lang of LANGS) {
  const label = lang === 'cy' ? 'Cerrig milltir' : 'Milestones';
  const feedTitle = lang === 'cy' ? 'Cynllun y gweithlu' : 'Workforce plan';

  describe(`heading-level (lang="${lang}")`, () => {
    it('puts the feed title at h2 and milestone titles at h3 by default', async () => {
      const el = await fixture<ProfiadMilestoneTracker>(html`<profiad-milestone-tracker lang=${lang} .milestones=${titled}></profiad-milestone-tracker>`);
      expect(outline(el)).to.deep.equal({feed: 'H2', milestones: ['H3', 'H3']});
    });

    for (const [level, feed, titles] of [
      ['1', 'H1', 'H2'],
      ['4', 'H4', 'H5'],
      ['5', 'H5', 'H6'],
      ['6', 'H6', 'H6'], // there is no h7
    ] as const) {
      it(`puts the feed title at h${level} and milestone titles at ${titles.toLowerCase()} for heading-level="${level}"`, async () => {
        const el = await trackerWith(titled, lang, {headingLevel: level});
        expect(outline(el)).to.deep.equal({feed, milestones: [titles, titles]});
      });
    }

    it('names the section by its feed title', async () => {
      const el = await trackerWith(titled, lang, {headingLevel: '3'});
      const section = part(el, 'base')!;
      const headingId = section.getAttribute('aria-labelledby')!;
      expect(visibleText(shadow(el).getElementById(headingId))).to.equal(feedTitle);
      expect(section.hasAttribute('aria-label')).to.equal(false);
    });

    it(`without a feed title, names the section "${label}" and puts milestone titles at the given level`, async () => {
      const el = await trackerWith(untitled, lang, {headingLevel: '3'});
      expect(outline(el)).to.deep.equal({feed: null, milestones: ['H3', 'H3']});
      const section = part(el, 'base')!;
      expect(section.tagName).to.equal('SECTION');
      expect(section.getAttribute('aria-label')).to.equal(label);
      expect(section.hasAttribute('aria-labelledby')).to.equal(false);
    });

    for (const invalid of ['0', '7', '-1', '2.5', 'h3', '']) {
      it(`treats heading-level="${invalid}" as 2`, async () => {
        const el = await trackerWith(titled, lang, {headingLevel: invalid});
        expect(outline(el)).to.deep.equal({feed: 'H2', milestones: ['H3', 'H3']});
        const bare = await trackerWith(untitled, lang, {headingLevel: invalid});
        expect(outline(bare)).to.deep.equal({feed: null, milestones: ['H2', 'H2']});
      });
    }

    it('follows a change of heading-level', async () => {
      const el = await trackerWith(titled, lang, {headingLevel: '2'});
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      expect(outline(el)).to.deep.equal({feed: 'H4', milestones: ['H5', 'H5']});
    });
  });
}
