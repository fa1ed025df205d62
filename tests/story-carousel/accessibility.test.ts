/**
 * What a screen reader meets, in Welsh and English: axe in every state, the
 * accessibility tree (a carousel region named by its visible heading, each
 * story a slide named by its title and described by its position), the
 * support signposting, and the loading and error states.
 */
import {expect, fixture} from '@open-wc/testing';
import type {ProfiadStoryCarousel} from '../../src/story-carousel/story-carousel.js';
import {captureConsole, carouselFromSrc, carouselWith, heard, LANGS, part, parts, sample, stories, story, STORIES_URL, textOf, visibleText, WIDE, type Lang} from './carousel-helpers.js';

const SUPPORT: Record<Lang, string[]> = {
  en: ['In an emergency, call 999', 'For mental health help, call NHS 111 Wales on 111 and press 2 (free, 24 hours)', 'Samaritans, free, 24 hours: 116 123'],
  cy: [
    'Mewn argyfwng, ffoniwch 999',
    "I gael help gyda'ch iechyd meddwl, ffoniwch GIG 111 Cymru ar 111 a phwyso 2 (am ddim, 24 awr)",
    'Y Samariaid, am ddim, 24 awr: 116 123',
    'Llinell Gymraeg y Samariaid (am ddim, 19:00 i 23:00 bob dydd): 0808 164 0123',
  ],
};
const LOCAL_SERVICE: Record<Lang, string> = {
  en: 'C.A.L.L. Mental Health Listening Line, free, for anyone in Wales (24 hours): 0800 132 737',
  cy: 'Llinell Wrando Iechyd Meddwl C.A.L.L., am ddim, i unrhyw un yng Nghymru (24 awr): 0800 132 737',
};

for (const lang of LANGS) {
  describe(`story carousel accessibility (lang="${lang}")`, () => {
    describe('axe finds nothing wrong', () => {
      it('with the sample stories, narrow and wide, and as a list', async () => {
        for (const options of [{}, {width: WIDE}, {attrs: {layout: 'list'}}]) {
          const el = await carouselFromSrc(STORIES_URL, lang, options);
          expect(parts(el, 'story')).to.have.length(5);
          await expect(el).to.be.accessible();
        }
      });

      it('with a story unfolded, a video, a broken image and autoplay', async () => {
        const el = await carouselWith(
          {
            stories: [
              story('note', {contentNote: 'Mentions self-harm.', image: {src: '/test-feeds/status/404', alt: 'A garden'}}),
              story('video', {
                video: {
                  src: '/examples/story-carousel/no-such-video.webm',
                  captions: {en: '/examples/story-carousel/captions-en.vtt', cy: '/examples/story-carousel/captions-cy.vtt'},
                  transcript: 'Words',
                },
              }),
              story('plain'),
            ],
          },
          lang,
          {attrs: {autoplay: ''}},
        );
        part(el, 'read-button')!.click();
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 100));
        await el.updateComplete;
        expect(part(el, 'image-frame')!.hasAttribute('data-broken')).to.equal(true);
        await expect(el).to.be.accessible();
      });

      it('while loading, after a failure, and when empty', async () => {
        const loading = document.createElement('profiad-story-carousel');
        loading.lang = lang;
        loading.setAttribute('timeout', '10000');
        loading.src = '/test-feeds/hang';
        await fixture(loading);
        expect(part(loading, 'loading')).to.exist;
        await expect(loading).to.be.accessible();

        const {result: failed} = await captureConsole(() => carouselFromSrc('/test-feeds/status/500', lang));
        expect(part(failed, 'error')).to.exist;
        await expect(failed).to.be.accessible();

        const empty = await carouselWith({stories: []}, lang);
        expect(part(empty, 'empty')).to.exist;
        await expect(empty).to.be.accessible();
      });
    });

    it('is a region with the carousel role description, named by its visible heading (never "carousel")', async () => {
      const data = await sample();
      const el = await carouselFromSrc(STORIES_URL, lang);
      const tree = await heard(el);
      const region = tree.find((node) => node.roledescription === 'carousel')!;
      expect(region.role).to.equal('region');
      expect(region.name).to.equal(data.title[lang]);
      expect(region.name).to.not.match(/carousel/i);
      expect(textOf(el, 'heading')).to.equal(data.title[lang]);
      expect(part(el, 'heading')!.tagName).to.equal('H2');

      // Without a feed title the heading is "Stories" / "Straeon", and it still names the region.
      const untitled = await carouselWith({stories: stories(3)}, lang);
      const name = lang === 'cy' ? 'Straeon' : 'Stories';
      expect(textOf(untitled, 'heading')).to.equal(name);
      expect((await heard(untitled)).find((node) => node.roledescription === 'carousel')!.name).to.equal(name);
    });

    it('makes each story a slide named by its own title and described by its position; stories out of view are not in the tree', async () => {
      const data = await sample();
      const el = await carouselFromSrc(STORIES_URL, lang);
      const slides = (await heard(el)).filter((node) => node.roledescription === 'slide');
      // Only the story in view is exposed: the others are inert.
      expect(slides).to.have.length(1);
      expect(slides[0]).to.include({role: 'group', name: data.stories[0]!.title[lang], description: lang === 'cy' ? 'Stori 1 o 5' : 'Story 1 of 5'});

      const wide = await carouselFromSrc(STORIES_URL, lang, {width: WIDE});
      const shown = (await heard(wide)).filter((node) => node.roledescription === 'slide');
      expect(shown.map((node) => node.name)).to.deep.equal(data.stories.slice(0, 3).map((s) => s.title[lang]));
      expect(shown.map((node) => node.description)).to.deep.equal([1, 2, 3].map((n) => (lang === 'cy' ? `Stori ${n} o 5` : `Story ${n} of 5`)));
      // Story titles are headings one level below the carousel's.
      expect(parts(wide, 'title').map((t) => t.tagName)).to.deep.equal(Array(5).fill('H3'));
    });

    it('has a polite live region, and buttons named for what they do (the ends marked unavailable)', async () => {
      const el = await carouselWith({stories: stories(4)}, lang);
      const tree = await heard(el);
      expect(part(el, 'live')!.getAttribute('aria-live')).to.equal('polite');
      expect(part(el, 'live')!.getAttribute('aria-atomic')).to.equal('true');
      // (Chromium's snapshot leaves out the picker's group itself; its name is checked on the element.)
      expect(part(el, 'picker')!.getAttribute('aria-label')).to.equal(lang === 'cy' ? 'Dewis stori' : 'Choose a story');
      expect(tree.filter((node) => node.role === 'button').map((node) => node.name)).to.deep.equal(
        lang === 'cy'
          ? ['Stori flaenorol', 'Mynd i stori 1', 'Mynd i stori 2', 'Mynd i stori 3', 'Mynd i stori 4', 'Stori nesaf']
          : ['Previous story', 'Go to story 1', 'Go to story 2', 'Go to story 3', 'Go to story 4', 'Next story'],
      );
      expect(tree.find((node) => node.role === 'button' && node.name === (lang === 'cy' ? 'Stori flaenorol' : 'Previous story'))).to.include({disabled: true});
    });

    it("signposts support after the stories in the reader's language, with numbers to call, and the feed's own service", async () => {
      const el = await carouselFromSrc(STORIES_URL, lang);
      const support = part(el, 'support')!;
      expect(support.tagName).to.equal('ASIDE');
      expect(visibleText(part(el, 'support-heading'))).to.equal(lang === 'cy' ? 'Os oes angen help arnoch chi nawr' : 'If you need help now');
      expect(part(el, 'support-heading')!.tagName).to.equal('H3');
      const items = parts(el, 'support-item').map(visibleText);
      expect(items).to.deep.equal([...SUPPORT[lang], LOCAL_SERVICE[lang]]);
      const links = parts(el, 'phone').map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal([...['tel:999', 'tel:111', 'tel:116123'], ...(lang === 'cy' ? ['tel:08081640123'] : []), 'tel:0800132737']);
      const tree = await heard(el);
      expect(tree.find((node) => node.role === 'complementary')?.name).to.equal(visibleText(part(el, 'support-heading')));
      // After the stories, outside the carousel region.
      expect(part(el, 'carousel')!.contains(support)).to.equal(false);
    });

    it('shows support even when a story has no content note, when loading failed, and when there are no stories; not while loading', async () => {
      const plain = await carouselWith({stories: stories(2)}, lang);
      expect(parts(plain, 'support-item').map(visibleText)).to.deep.equal(SUPPORT[lang]);
      const {result: failed} = await captureConsole(() => carouselFromSrc('/test-feeds/status/500', lang));
      expect(parts(failed, 'support-item').map(visibleText)).to.deep.equal(SUPPORT[lang]);
      const empty = await carouselWith({stories: []}, lang);
      expect(parts(empty, 'support-item')).to.have.length(SUPPORT[lang].length);
      const loading = document.createElement('profiad-story-carousel') as ProfiadStoryCarousel;
      loading.lang = lang;
      loading.src = '/test-feeds/hang';
      await fixture(loading);
      expect(part(loading, 'support')).to.equal(null);
    });

    it('lets the feed replace the defaults, add a service for one language only, or hide the support', async () => {
      const only = await carouselWith(
        {
          stories: stories(1),
          support: {
            replaceDefaults: true,
            title: {en: 'Local help', cy: 'Help lleol'},
            services: [
              {name: 'Hywel Dda 24/7 line', phone: '0800 107 2250'},
              {name: 'Llinell Gymraeg', phone: '0800 000 0000', lang: 'cy'},
            ],
          },
        },
        lang,
      );
      expect(visibleText(part(only, 'support-heading'))).to.equal(lang === 'cy' ? 'Help lleol' : 'Local help');
      expect(parts(only, 'support-item').map(visibleText)).to.deep.equal(['Hywel Dda 24/7 line: 0800 107 2250', ...(lang === 'cy' ? ['Llinell Gymraeg: 0800 000 0000'] : [])]);
      const hidden = await carouselWith({stories: stories(1), support: false}, lang);
      expect(part(hidden, 'support')).to.equal(null);
      // Replacing the defaults with nothing valid keeps them: a reader always has a number to call.
      const {result: kept, warnings} = await captureConsole(() => carouselWith({stories: stories(1), support: {replaceDefaults: true, services: [{name: 'No number', phone: 'call us'}, 42]}}, lang));
      expect(parts(kept, 'support-item').map(visibleText)).to.deep.equal([...SUPPORT[lang], 'No number']);
      expect(warnings.join('\n')).to.contain('"phone" must be a phone number').and.contain('support.services item 2');
    });
  });
}
