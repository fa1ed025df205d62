/** An author's own wording (`strings`): shown in both languages, checked against the tracker's ids, live. */
import {expect, fixture, html} from '@open-wc/testing';
import type {ProfiadMilestoneTracker} from '../../src/milestone-tracker/milestone-tracker.js';
import {welsh as coreWelsh} from '../../src/generated/welsh/core.js';
import {welsh as trackerWelsh} from '../../src/generated/welsh/milestone-tracker.js';
import {defaultPieces, idsOf, leftOver, markEvery, shownText, warningsDuring} from '../helpers/wording.js';
import {milestone, part, settle, textOf, trackerWith} from './tracker-helpers.js';

const plan = {
  milestones: [
    milestone('a', {title: 'Alpha', date: '2026-01-14', status: 'done'}),
    milestone('b', {title: 'Bravo', date: '2026-spring', status: 'in-progress'}),
    milestone('c', {title: 'Charlie', date: '2026-12', status: 'delayed'}),
    milestone('d', {title: 'Delta', date: '2027-Q1', status: 'upcoming'}),
  ],
};

const summary = {
  'milestone.summary': {en: 'Done so far: {0} out of {1}', cy: 'Wedi gwneud: {0} allan o {1}'},
  'milestone.label': {en: 'Our plan', cy: 'Ein cynllun'},
};

describe("milestone tracker: the author's own wording", () => {
  it('shows in English and in Welsh, with the values put in for {0} and {1}', async () => {
    const en = await trackerWith(plan, 'en');
    en.strings = summary;
    await en.updateComplete;
    expect(textOf(en, 'summary')).to.equal('Done so far: 1 out of 4');
    expect(part(en, 'base')!.getAttribute('aria-label')).to.equal('Our plan');

    const cy = await trackerWith(plan, 'cy');
    cy.strings = summary;
    await cy.updateComplete;
    expect(textOf(cy, 'summary')).to.equal('Wedi gwneud: 1 allan o 4');
    expect(part(cy, 'base')!.getAttribute('aria-label')).to.equal('Ein cynllun');
  });

  it("keeps profiad's wording in a language the author did not give", async () => {
    const el = await trackerWith(plan, 'cy');
    el.strings = {'milestone.summary': {en: 'Done so far: {0} out of {1}'}};
    await el.updateComplete;
    expect(textOf(el, 'summary')).to.equal("Cerrig milltir wedi'u cwblhau: 1 o 4");
  });

  it('takes JSON in the `strings` attribute, and follows a change of `strings` or of language at once', async () => {
    const el = await fixture<ProfiadMilestoneTracker>(
      html`<profiad-milestone-tracker lang="en" today="2026-11-25" strings=${JSON.stringify(summary)} .milestones=${plan}></profiad-milestone-tracker>`,
    );
    expect(textOf(el, 'summary')).to.equal('Done so far: 1 out of 4');
    el.setAttribute('strings', JSON.stringify({'milestone.summary': {en: 'Finished: {0}/{1}'}}));
    await el.updateComplete;
    expect(textOf(el, 'summary')).to.equal('Finished: 1/4');
    el.strings = undefined;
    await el.updateComplete;
    expect(textOf(el, 'summary')).to.equal('Milestones completed: 1 of 4');
    el.strings = summary;
    el.lang = 'cy';
    await settle(el);
    expect(textOf(el, 'summary')).to.equal('Wedi gwneud: 1 allan o 4');
  });

  it('warns once, naming the element and the id, about an id it does not know, and uses the rest', async () => {
    let el!: ProfiadMilestoneTracker;
    const warnings = await warningsDuring(async () => {
      el = await trackerWith(plan, 'en');
      el.strings = {'milestone.sumary': {en: 'Typo'}, 'story.heading': {en: 'Not mine'}, 'milestone.label': {en: 'Our plan'}, 'milestone.status.done': {en: 42} as never};
      await el.updateComplete;
      // Renders again, with the same wording: no new warning.
      el.headingLevel = 3;
      await el.updateComplete;
    });
    expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Our plan');
    expect(textOf(el, 'summary')).to.equal('Milestones completed: 1 of 4');
    expect(warnings).to.have.length(3);
    expect(warnings[0]).to.contain('<profiad-milestone-tracker>').and.contain('"milestone.sumary"').and.contain('Did you mean "milestone.summary"?');
    expect(warnings[1]).to.contain('"story.heading" is not a message id of this element');
    expect(warnings[2]).to.contain('"milestone.status.done" must be {"en": "…", "cy": "…"}');
  });

  it('warns about JSON it cannot read in the attribute, and still shows the milestones', async () => {
    let el!: ProfiadMilestoneTracker;
    const warnings = await warningsDuring(async () => {
      el = await fixture<ProfiadMilestoneTracker>(
        html`<profiad-milestone-tracker lang="en" today="2026-11-25" strings="{'milestone.summary': 'single quotes'}" .milestones=${plan}></profiad-milestone-tracker>`,
      );
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<profiad-milestone-tracker>').and.contain('strings is not valid JSON');
    expect(textOf(el, 'summary')).to.equal('Milestones completed: 1 of 4');
    expect(el.shadowRoot!.querySelectorAll('li.milestone')).to.have.length(4);
  });

  for (const lang of ['en', 'cy'] as const) {
    it(`replaces every message it shows (${lang}): no default text is left with every id reworded`, async () => {
      const ids = idsOf([trackerWelsh, coreWelsh]);
      const el = await trackerWith(plan, lang);
      el.strings = markEvery(ids);
      await el.updateComplete;
      const text = shownText(el);
      expect(leftOver(text, await defaultPieces(ids))).to.deep.equal([]);
      for (const id of ['milestone.label', 'milestone.summary', 'milestone.today', 'milestone.status.done', 'milestone.status.delayed', 'date.season.spring', 'date.quarter']) {
        expect(text.includes(`«${id}»`), `«${id}» shown`).to.equal(true);
      }
    });
  }
});
