/**
 * Layout and the reader's settings: layout="list", print, 400% zoom (a 320px
 * viewport), text at 200%, forced colours, reduced motion, images that
 * cannot make anything jump, the language followed live, and the strict CSP
 * page with the built bundle.
 */
import {expect} from '@open-wc/testing';
import {emulateMedia, executeServerCommand, setViewport} from '@web/test-runner-commands';
import type {ProfiadStoryCarousel} from '../../src/story-carousel/story-carousel.js';
import {
  carouselFromSrc,
  carouselWith,
  LANGS,
  part,
  parts,
  sample,
  scrollSettled,
  settled,
  shadow,
  shownIds,
  stories,
  story,
  STORIES_URL,
  textOf,
  until,
  visibleIds,
  visibleText,
  WIDE,
} from './carousel-helpers.js';

/** Every element in the shadow root whose right edge passes the host's (the viewport's stories excepted: they scroll). */
function overflowing(el: ProfiadStoryCarousel): string[] {
  const right = el.getBoundingClientRect().right + 0.5;
  const viewport = part(el, 'viewport');
  return [...shadow(el).querySelectorAll<HTMLElement>('*')]
    .filter((node) => !(viewport && viewport !== node && viewport.contains(node)))
    .filter((node) => node.getBoundingClientRect().right > right)
    .map((node) => `${node.tagName.toLowerCase()}[part=${node.getAttribute('part')}] right ${Math.round(node.getBoundingClientRect().right)} > ${Math.round(right)}`);
}

for (const lang of LANGS) {
  describe(`story carousel layout (lang="${lang}")`, () => {
    it('layout="list" shows every story, one after another, without carousel semantics, buttons or inert stories', async () => {
      const el = await carouselFromSrc(STORIES_URL, lang, {attrs: {layout: 'list'}});
      expect(part(el, 'carousel')!.hasAttribute('aria-roledescription')).to.equal(false);
      expect(part(el, 'controls')).to.equal(null);
      expect(part(el, 'list')!.tagName).to.equal('UL');
      const items = parts(el, 'story');
      expect(items).to.have.length(5);
      expect(items.filter((s) => s.inert || s.getAttribute('role') === 'group')).to.deep.equal([]);
      for (const item of items) expect(item.checkVisibility(), item.dataset.id).to.equal(true);
    });

    it('prints every story, without buttons, even as a carousel', async () => {
      const el = await carouselFromSrc(STORIES_URL, lang);
      await emulateMedia({media: 'print'});
      try {
        await settled(el);
        expect(getComputedStyle(part(el, 'controls')!).display).to.equal('none');
        const boxes = parts(el, 'story').map((s) => s.getBoundingClientRect());
        const host = el.getBoundingClientRect();
        for (let i = 0; i < boxes.length; i++) {
          expect(boxes[i]!.left, `story ${i + 1} is on the page`).to.be.at.least(host.left - 1);
          expect(boxes[i]!.right, `story ${i + 1} is on the page`).to.be.at.most(host.right + 1);
          if (i) expect(boxes[i]!.top, `story ${i + 1} below story ${i}`).to.be.at.least(boxes[i - 1]!.bottom - 1);
        }
      } finally {
        await emulateMedia({media: 'screen'});
      }
    });

    it('reflows at 400% zoom (a 320px viewport) and with text at 200%, with nothing but the stories scrolling sideways', async () => {
      await setViewport({width: 320, height: 640});
      try {
        const el = await carouselFromSrc(STORIES_URL, lang, {width: null});
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
        expect(shownIds(el)).to.have.length(1);
        expect(visibleIds(el)).to.deep.equal(shownIds(el));
        expect(overflowing(el)).to.deep.equal([]);
        const big = await carouselWith(
          {
            stories: [
              story('long', {title: 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch', quote: 'https://example.org/a/very/long/address/that/does/not/break/anywhere/0123456789'}),
              story('b'),
            ],
          },
          lang,
          {width: null},
        );
        big.style.setProperty('--profiad-font-size', '2rem');
        await settled(big);
        expect(overflowing(big)).to.deep.equal([]);
        expect(visibleIds(big)).to.deep.equal(['long']);
      } finally {
        await setViewport({width: 800, height: 600});
      }
    });

    it('renders the right number of stories side by side on its first render (no second pass that moves them)', async () => {
      for (const [width, expected] of [
        [360, 1],
        [700, 2],
        [WIDE, 3],
      ] as const) {
        const el = document.createElement('profiad-story-carousel') as ProfiadStoryCarousel;
        el.stories = {stories: stories(5)};
        let shownAtLoad = -1;
        // profiad-load fires right after the render that first shows the stories.
        el.addEventListener('profiad-load', () => (shownAtLoad = parts(el, 'story-shown').length));
        const wrapper = document.createElement('div');
        wrapper.lang = lang;
        wrapper.style.width = `${width}px`;
        document.body.append(wrapper);
        wrapper.append(el);
        await settled(el);
        expect(shownAtLoad, `${width}px`).to.equal(expected);
        expect(shownIds(el), `${width}px`).to.have.length(expected);
        wrapper.remove();
      }
    });

    it('keeps what follows the stories still when another story is shown, whatever its length', async () => {
      const el = await carouselWith({stories: [story('short'), story('long', {body: 'A longer story. '.repeat(40)}), story('short-again')]}, lang);
      const top = () => Math.round(part(el, 'support')!.getBoundingClientRect().top);
      const before = top();
      for (let i = 0; i < 2; i++) {
        part(el, 'next-button')!.click();
        await scrollSettled(el);
        expect(top(), `after ${i + 1} step(s)`).to.equal(before);
      }
      // One at a time, a short story is not drawn as a tall empty card.
      const [short, long] = parts(el, 'story');
      expect(short!.getBoundingClientRect().height).to.be.below(long!.getBoundingClientRect().height / 2);
    });

    it('gives images a fixed 3:2 frame before they load, so nothing below them moves', async () => {
      const el = await carouselWith({stories: [story('img', {image: {src: '/test-feeds/hang', alt: 'Waiting'}})]}, lang);
      const frame = part(el, 'image-frame')!;
      const box = frame.getBoundingClientRect();
      expect(box.height).to.be.closeTo((box.width * 2) / 3, 1);
      expect(part(el, 'image')!.getAttribute('loading')).to.equal('lazy');
      expect(part(el, 'image')!.getAttribute('width')).to.equal('600');
      expect(part(el, 'image')!.getAttribute('height')).to.equal('400');
    });

    it('scrolls without animation under prefers-reduced-motion', async () => {
      await emulateMedia({reducedMotion: 'reduce'});
      try {
        const el = await carouselWith({stories: stories(4)}, lang);
        part(el, 'next-button')!.click();
        await el.updateComplete;
        // No smooth scroll: the viewport is already there.
        const slides = parts(el, 'story');
        expect(part(el, 'viewport')!.scrollLeft).to.be.closeTo(slides[1]!.offsetLeft - slides[0]!.offsetLeft, 1);
      } finally {
        await emulateMedia({reducedMotion: 'no-preference'});
      }
    });

    it('follows a change of lang on the page live, and keeps the story shown', async () => {
      const data = await sample();
      const el = await carouselFromSrc(STORIES_URL, lang);
      el.goTo(2);
      await scrollSettled(el);
      const other = lang === 'cy' ? 'en' : 'cy';
      el.parentElement!.lang = other;
      await until(() => part(el, 'base')!.getAttribute('lang') === other, 'the language to switch');
      await settled(el);
      expect(textOf(el, 'heading')).to.equal(data.title[other]);
      expect(visibleText(parts(el, 'title')[2])).to.equal(data.stories[2]!.title[other]);
      expect(shownIds(el)).to.deep.equal([data.stories[2]!.id]);
    });

    it('marks a title in the other language with its lang, and announces it from content', async () => {
      const el = await carouselWith({stories: [story('a'), story('other', {title: lang === 'cy' ? {en: 'Only English'} : {cy: 'Cymraeg yn unig'}})]}, lang);
      const title = parts(el, 'title')[1]!;
      expect(title.querySelector('span')!.getAttribute('lang')).to.equal(lang === 'cy' ? 'en' : 'cy');
      part(el, 'next-button')!.click();
      await el.updateComplete;
      const live = part(el, 'live')!;
      expect(live.querySelector('span')?.getAttribute('lang')).to.equal(lang === 'cy' ? 'en' : 'cy');
    });
  });
}

describe('story carousel in forced colours (Windows High Contrast)', () => {
  before(() => executeServerCommand('emulate-media-features', {features: [{name: 'forced-colors', value: 'active'}]}));
  after(() => executeServerCommand('emulate-media-features', {features: []}));

  for (const lang of LANGS) {
    it(`outlines stories and shows the current picker button in system colours (lang="${lang}")`, async () => {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await carouselWith({stories: stories(3, () => ({contentNote: 'A note'}))}, lang, {width: WIDE - 400});
      const probe = document.createElement('span');
      document.body.append(probe);
      probe.style.color = 'Highlight';
      const highlight = getComputedStyle(probe).color;
      probe.style.color = 'CanvasText';
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      expect(getComputedStyle(parts(el, 'story')[0]!).borderTopColor).to.equal(canvasText);
      expect(getComputedStyle(part(el, 'content-note')!).borderTopStyle).to.equal('solid');
      expect(getComputedStyle(part(el, 'picker-button-current')!).backgroundColor).to.equal(highlight);
      await expect(el).to.be.accessible();
    });
  }
});

describe('story carousel under a strict CSP with Trusted Types (tests/pages/csp-carousel.html, dist/cdn/profiad.js)', () => {
  it('renders the sample stories in Welsh and English with no policy violation', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    frame.src = '/tests/pages/csp-carousel.html';
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & {__cspViolations: unknown[]; __profiadLoads: number};
      await until(() => win.__profiadLoads === 2, 'both carousels to load (is dist/ built?)', 5000);
      const [english, welsh] = [...frame.contentDocument!.querySelectorAll('profiad-story-carousel')] as ProfiadStoryCarousel[];
      await settled(english!);
      await settled(welsh!);
      expect(textOf(english!, 'heading')).to.equal('Stories of lived experience (sample text)');
      expect(textOf(welsh!, 'heading')).to.equal('Straeon profiad bywyd (testun enghreifftiol)');
      expect(parts(welsh!, 'story')).to.have.length(5);
      expect(getComputedStyle(part(english!, 'viewport')!).scrollSnapType).to.equal('x mandatory');
      expect(win.__cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
