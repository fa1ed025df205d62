/** An author's own wording (`strings`): shown and announced in both languages, checked against the carousel's ids, live. */
import {expect, fixture, html} from '@open-wc/testing';
import type {ProfiadStoryCarousel} from '../../src/story-carousel/story-carousel.js';
import {welsh as coreWelsh} from '../../src/generated/welsh/core.js';
import {welsh as storyWelsh} from '../../src/generated/welsh/story-carousel.js';
import {welsh as urgentWelsh} from '../../src/generated/welsh/urgent-help.js';
import {defaultPieces, idsOf, leftOver, markEvery, shownText, warningsDuring} from '../helpers/wording.js';
import {announced, carouselWith, LANGS, part, parts, scrollSettled, settled, story, textOf} from './carousel-helpers.js';

const feed = {
  stories: [
    story('one', {title: 'Alpha', quote: 'Quote one', image: {src: 'no-such-image.png', alt: 'A drawing of hills'}, link: 'https://example.org/one'}),
    story('two', {title: 'Bravo', quote: 'Quote two', name: 'Rhian', contentNote: 'Mentions loss.'}),
    story('three', {title: 'Charlie', quote: 'Quote three', name: 'Dafydd', video: {src: 'clip.mp4', captions: 'clip.vtt', transcript: 'Words said.'}}),
  ],
};

const wording = {
  'story.support.heading': {en: 'Need to talk?', cy: 'Angen siarad?'},
  'story.position': {en: 'No. {0} (of {1})', cy: 'Rhif {0} (o {1})'},
  'story.shown.one': {en: 'Now showing {2}, {0} of {1}', cy: 'Yn dangos {2}, {0} o {1}'},
};

describe("story carousel: the author's own wording", () => {
  for (const lang of LANGS) {
    it(`shows and announces it (${lang}), with the values put in where the author placed {0}, {1} and {2}`, async () => {
      const el = await carouselWith(feed, lang);
      el.strings = wording;
      await settled(el);
      expect(textOf(el, 'support-heading')).to.equal(lang === 'en' ? 'Need to talk?' : 'Angen siarad?');
      expect(parts(el, 'position').map((p) => p.textContent)).to.deep.equal(lang === 'en' ? ['No. 1 (of 3)', 'No. 2 (of 3)', 'No. 3 (of 3)'] : ['Rhif 1 (o 3)', 'Rhif 2 (o 3)', 'Rhif 3 (o 3)']);
      part(el, 'next-button')!.click();
      await scrollSettled(el);
      expect(announced(el)).to.equal(lang === 'en' ? 'Now showing Bravo, 2 of 3' : 'Yn dangos Bravo, 2 o 3');
      // What the author did not reword stays profiad's.
      expect(textOf(el, 'next-button')).to.contain(lang === 'en' ? 'Next story' : 'Stori nesaf');
    });
  }

  it('takes JSON in the `strings` attribute, and follows a change of `strings` at once', async () => {
    const el = await carouselWith(feed, 'en', {attrs: {strings: JSON.stringify(wording)}});
    expect(textOf(el, 'support-heading')).to.equal('Need to talk?');
    el.strings = {'story.support.heading': {en: 'Talk to someone'}};
    await el.updateComplete;
    expect(textOf(el, 'support-heading')).to.equal('Talk to someone');
    expect(parts(el, 'position')[0]!.textContent).to.equal('Story 1 of 3');
    el.removeAttribute('strings');
    await el.updateComplete;
    expect(textOf(el, 'support-heading')).to.equal('If you need help now');
  });

  it('warns once, naming the element and the id, about an id it does not know (with the id meant), and uses the rest', async () => {
    let el!: ProfiadStoryCarousel;
    const warnings = await warningsDuring(async () => {
      el = await carouselWith(feed, 'cy');
      el.strings = {'carousel.support.heading': {cy: 'Anghywir'}, 'calendar.close': {cy: 'Cau'}, 'story.heading': {cy: 'Ein straeon'}};
      await settled(el);
      part(el, 'next-button')!.click();
      await scrollSettled(el);
    });
    expect(textOf(el, 'heading')).to.equal('Ein straeon');
    expect(textOf(el, 'support-heading')).to.equal('Os oes angen help arnoch chi nawr');
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('<profiad-story-carousel>').and.contain('"carousel.support.heading" is not a message id of this element').and.contain('Did you mean "story.support.heading"?');
    expect(warnings[1]).to.contain('"calendar.close" is not a message id of this element');
  });

  it('warns about JSON it cannot read in the attribute, and still shows the stories', async () => {
    let el!: ProfiadStoryCarousel;
    const warnings = await warningsDuring(async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en" style="width: 360px"><profiad-story-carousel strings='{"story.heading": {"en": "Ours"}' .stories=${feed}></profiad-story-carousel></div>`,
      );
      el = wrapper.querySelector('profiad-story-carousel')!;
      await settled(el);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<profiad-story-carousel>').and.contain('strings is not valid JSON');
    expect(textOf(el, 'heading')).to.equal('Stories');
    expect(parts(el, 'story')).to.have.length(3);
  });

  for (const lang of LANGS) {
    it(`replaces every message it shows (${lang}): no default text is left with every id reworded`, async () => {
      const ids = idsOf([storyWelsh, coreWelsh, urgentWelsh]);
      const el = await carouselWith(feed, lang, {attrs: {strings: JSON.stringify(markEvery(ids))}});
      part(el, 'next-button')!.click();
      await scrollSettled(el);
      const text = shownText(el);
      expect(leftOver(text, await defaultPieces(ids))).to.deep.equal([]);
      const expected = [
        'story.heading',
        'story.position',
        'story.shown.one',
        'story.previous',
        'story.picker',
        'story.go-to',
        'story.content-note',
        'story.read',
        'story.skip',
        'story.link',
        'story.anonymous',
        'story.transcript',
        'story.captions',
        'story.video-unsupported',
        'story.support.heading',
        'urgent.emergency',
      ];
      for (const id of expected) expect(text.includes(`«${id}»`), `«${id}» shown`).to.equal(true);
      if (lang === 'cy') expect(text.includes('«urgent.samaritans-welsh»'), 'the Welsh line').to.equal(true);
    });
  }
});
