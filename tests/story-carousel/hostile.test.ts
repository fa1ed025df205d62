/**
 * Hostile and careless feeds: HTML and script in every field are shown as
 * text and never run; unsafe links are dropped; an image without alt and a
 * video without captions are refused with a clear author message while the
 * story still shows; broken image URLs keep the layout; 1,000 stories.
 */
import {expect, fixture, html} from '@open-wc/testing';
import type {ProfiadErrorDetail} from '../../src/core/dom-free/feed-types.js';
import {MAX_STORIES, type ProfiadStoryCarousel} from '../../src/story-carousel/story-carousel.js';
import {captureConsole, carouselWith, LANGS, markup, nextEvent, part, parts, shadow, shownIds, stories, story, textOf, until, visibleText, type Lang} from './carousel-helpers.js';
import {afterImagesFail, PAYLOADS} from '../helpers/hostile.js';

const NOTICE: Record<Lang, string> = {en: 'Some stories could not be shown.', cy: 'Nid oedd modd dangos rhai straeon.'};
const FAILED: Record<Lang, string> = {en: 'We could not load the stories', cy: "Nid oedd modd llwytho'r straeon"};

/** Elements that would only exist if feed text had become markup. */
const INJECTED = 'script, iframe, object, embed, b, i, svg, [onerror], [onload]';
const asText = (text: string) => visibleText(document.createTextNode(text));

for (const lang of LANGS) {
  describe(`story carousel with hostile feeds (lang="${lang}")`, () => {
    beforeEach(() => {
      delete window.__pwned;
    });
    afterEach(() => {
      expect(window.__pwned, 'no feed content ran as script').to.equal(undefined);
    });

    it('shows HTML and script in every text field as text, and runs none of it', async () => {
      for (const payload of PAYLOADS) {
        const fields = {title: payload, name: payload, role: payload, organisation: payload, quote: payload, body: payload, contentNote: payload};
        const feed = {
          title: {en: `${payload} en`, cy: `${payload} cy`},
          stories: [
            story('as-string', fields),
            story('bilingual', Object.fromEntries(Object.keys(fields).map((key) => [key, {en: `${payload} en`, cy: `${payload} cy`}]))),
            story(`id ${payload}`, {
              image: {src: '/examples/story-carousel/sea.svg', alt: payload},
              video: {src: '/examples/story-carousel/none.webm', captions: '/examples/story-carousel/captions-en.vtt', transcript: payload},
            }),
          ],
          support: {services: [{name: payload, description: payload, hours: payload, phone: '0300 000 0000'}]},
        };
        const el = await carouselWith(feed, lang, {attrs: {layout: 'list'}});
        part(el, 'read-button')!.click();
        await el.updateComplete;
        await afterImagesFail();
        expect(markup(shadow(el).querySelector(INJECTED)), `nothing injected by ${payload}`).to.equal(null);
        expect(textOf(el, 'heading')).to.equal(asText(`${payload} ${lang}`));
        const [asString, bilingual, byId] = parts(el, 'story');
        for (const name of ['title', 'quote', 'body']) {
          expect(visibleText(asString!.querySelector(`[part~="${name}"]`))).to.equal(asText(payload));
          expect(visibleText(bilingual!.querySelector(`[part~="${name}"]`))).to.equal(asText(`${payload} ${lang}`));
        }
        expect(visibleText(asString!.querySelector('[part~="attribution"]'))).to.equal(asText(`${payload}, ${payload}, ${payload}`));
        expect(visibleText(asString!.querySelector('[part~="content-note"] p'))).to.contain(asText(payload));
        expect(byId!.querySelector('img')!.getAttribute('alt')).to.equal(payload);
        expect(visibleText(byId!.querySelector('[part~="transcript"] p'))).to.equal(asText(payload));
        expect(parts(el, 'support-item').at(-1)!.textContent).to.contain(payload);
      }
    });

    it('links only to http(s), mailto and tel, and plays media only from http(s), however a scheme is disguised', async () => {
      const unsafe = [
        'javascript:window.__pwned=1',
        'JaVaScRiPt:window.__pwned=1',
        'java\tscript:window.__pwned=1',
        '\u0001 javascript:window.__pwned=1',
        'data:text/html,<script>window.parent.__pwned=1</script>',
        'vbscript:msgbox(1)',
      ];
      const feed = {
        stories: unsafe.map((link, i) => story(`u${i}`, {link, image: {src: link, alt: 'A picture'}, video: {src: link, captions: 'https://example.org/c.vtt'}})),
      };
      const {result: el, warnings} = await captureConsole(() => carouselWith(feed, lang, {attrs: {layout: 'list'}}));
      expect(parts(el, 'story')).to.have.length(unsafe.length);
      expect(shadow(el).querySelector('[part~="story"] a, [part~="story"] img, video')).to.equal(null);
      expect(warnings).to.have.length(unsafe.length * 3);
      expect(warnings.filter((w) => w.includes('"link"'))).to.have.length(unsafe.length);
      expect(warnings.filter((w) => w.includes('"image.src"'))).to.have.length(unsafe.length);
      expect(warnings.filter((w) => w.includes('"video.src"'))).to.have.length(unsafe.length);
    });

    it('refuses an image without alt, with a clear author message; its story still shows, without the image', async () => {
      const {result: el, warnings} = await captureConsole(() =>
        carouselWith(
          {
            stories: [
              story('no-alt', {image: {src: '/examples/story-carousel/sea.svg'}}),
              story('bad-alt', {image: {src: '/examples/story-carousel/sea.svg', alt: 42}}),
              story('decorative', {image: {src: '/examples/story-carousel/hills.svg', alt: ''}}),
              story('described', {image: {src: '/examples/story-carousel/sea.svg', alt: {en: 'The sea', cy: 'Y môr'}}}),
            ],
          },
          lang,
          {attrs: {layout: 'list'}},
        ),
      );
      expect(parts(el, 'story').map((s) => s.dataset.id)).to.deep.equal(['no-alt', 'bad-alt', 'decorative', 'described']);
      const images = parts(el, 'image');
      expect(images.map((img) => img.closest<HTMLElement>('[part~="story"]')!.dataset.id)).to.deep.equal(['decorative', 'described']);
      expect(images.map((img) => img.getAttribute('alt'))).to.deep.equal(['', lang === 'cy' ? 'Y môr' : 'The sea']);
      expect(images.every((img) => img.getAttribute('loading') === 'lazy')).to.equal(true);
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.contain('item 1 (id "no-alt")').and.contain('"image" has no "alt"').and.contain('"alt": ""').and.contain('shown without the image');
      expect(warnings[1]).to.contain('item 2 (id "bad-alt")').and.contain('"image.alt" must be');
      // Every story is in: readers are not told that stories could not be shown (the console tells the author about the images).
      expect(part(el, 'notice')).to.equal(null);
    });

    it('refuses a video without captions or on a video site, and keeps one with captions (self-hosted, nothing loaded before Play)', async () => {
      const {result: el, warnings} = await captureConsole(() =>
        carouselWith(
          {
            stories: [
              story('no-captions', {video: {src: '/v.webm'}}),
              story('youtube', {video: {src: 'https://www.youtube.com/watch?v=abc', captions: '/c.vtt'}}),
              story('ok', {video: {src: '/v.webm', captions: {cy: '/cy.vtt', en: '/en.vtt'}, transcript: {en: 'Words', cy: 'Geiriau'}}}),
            ],
          },
          lang,
          {attrs: {layout: 'list'}},
        ),
      );
      const videos = [...shadow(el).querySelectorAll('video')];
      expect(videos.map((v) => v.closest<HTMLElement>('[part~="story"]')!.dataset.id)).to.deep.equal(['ok']);
      const video = videos[0]!;
      expect(video.getAttribute('preload')).to.equal('none');
      expect(video.hasAttribute('controls')).to.equal(true);
      expect(video.hasAttribute('autoplay')).to.equal(false);
      const tracks = [...video.querySelectorAll('track')];
      expect(tracks.map((t) => [t.kind, t.srclang, t.label, t.default])).to.deep.equal([
        ['captions', 'cy', 'Cymraeg', lang === 'cy'],
        ['captions', 'en', 'English', lang === 'en'],
      ]);
      expect(visibleText(part(el, 'transcript')!.querySelector('summary'))).to.equal(lang === 'cy' ? 'Trawsgrifiad' : 'Transcript');
      expect(shadow(el).querySelector('iframe')).to.equal(null);
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.contain('(id "no-captions")').and.contain('"video" has no "captions"').and.contain('shown without the video');
      expect(warnings[1]).to.contain('(id "youtube")').and.contain('is a page on a video site');
    });

    it('keeps the frame of a broken image (nothing jumps) and shows its description instead', async () => {
      const {result: el} = await captureConsole(() => carouselWith({stories: [story('broken', {image: {src: '/test-feeds/status/404', alt: {en: 'Hills', cy: 'Bryniau'}}}), story('b')]}, lang));
      const frame = part(el, 'image-frame')!;
      const height = frame.getBoundingClientRect().height;
      const width = frame.getBoundingClientRect().width;
      expect(height).to.be.closeTo((width * 2) / 3, 1);
      await until(() => frame.hasAttribute('data-broken') || part(el, 'image-frame')!.hasAttribute('data-broken'), 'the image to fail');
      await el.updateComplete;
      const after = part(el, 'image-frame')!;
      expect(after.querySelector('img')).to.equal(null);
      expect(visibleText(after)).to.equal(lang === 'cy' ? 'Bryniau' : 'Hills');
      expect(after.getBoundingClientRect().height).to.be.closeTo(height, 1);
    });

    it('leaves out stories without id, title or quote, and duplicates, warns about each, and shows the rest', async () => {
      const feed = {stories: [story('ok-1'), null, 42, 'a story', {}, story('no-quote', {quote: undefined}), story('empty-title', {title: {en: ' '}}), story('ok-1'), story('ok-2', {body: 42})]};
      const {result: el, warnings, errors} = await captureConsole(() => carouselWith(feed, lang));
      expect(parts(el, 'story').map((s) => s.dataset.id)).to.deep.equal(['ok-1', 'ok-2']);
      expect(textOf(el, 'notice')).to.equal(NOTICE[lang]);
      expect(errors).to.deep.equal([]);
      const expected = [
        ['item 2:', 'expected an object, got null'],
        ['item 3:', 'expected an object, got 42'],
        ['item 4:', 'expected an object'],
        ['item 5:', '"id" must be', '"title" must be', '"quote" must be'],
        ['item 6 (id "no-quote")', '"quote" must be'],
        ['item 7 (id "empty-title")', '"title" must be'],
        ['item 8 (id "ok-1")', 'is used by an earlier story'],
        ['item 9 (id "ok-2")', '"body" must be', 'the story is shown without it'],
      ];
      expect(warnings).to.have.length(expected.length);
      expected.forEach(([where, ...what], i) => {
        expect(warnings[i]).to.contain('profiad-story-carousel: property').and.contain(where!);
        for (const fragment of what) expect(warnings[i]).to.contain(fragment);
      });
    });

    it(`shows the first ${MAX_STORIES} of 1,000 stories quickly, says some could not be shown, and still moves`, async () => {
      const many = stories(1000, (i) => ({link: `https://example.org/${i}`, title: {en: `Story ${i}`, cy: `Stori ${i}`}}));
      const started = performance.now();
      const {result: el, warnings} = await captureConsole(() => carouselWith({stories: many}, lang));
      expect(performance.now() - started, 'ms to render').to.be.below(3000);
      expect(parts(el, 'story')).to.have.length(MAX_STORIES);
      expect(shownIds(el)).to.deep.equal(['s1']);
      expect(part(el, 'picker')).to.equal(null);
      expect(textOf(el, 'notice')).to.equal(NOTICE[lang]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`1000 items is more than the ${MAX_STORIES} this element shows`);
      // Only the story in view can be reached: one link, not a hundred.
      expect(shadow(el).querySelectorAll('[part~="story"]:not([inert]) a')).to.have.length(1);
      part(el, 'next-button')!.click();
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(['s2']);
    });

    for (const [name, data] of [
      ['a string', 'stories'],
      ['an object without stories', {events: []}],
      ['stories that are not a list', {stories: {id: 'a'}}],
    ] as const) {
      it(`says it cannot show ${name}, in the reader's language`, async () => {
        const {result: el, errors} = await captureConsole(() => carouselWith(data, lang));
        expect(visibleText(part(el, 'error')!.querySelector('strong'))).to.equal(FAILED[lang]);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.contain('profiad-story-carousel: property is not a feed this element can show').and.contain('"stories" array');
      });
    }

    it("explains a 404 in the reader's language with a retry button, and says exactly what happened in the console", async () => {
      const el = document.createElement('profiad-story-carousel') as ProfiadStoryCarousel;
      el.lang = lang;
      el.src = '/test-feeds/status/404';
      const failed = nextEvent<ProfiadErrorDetail>(el, 'profiad-error');
      const {result: event, errors} = await captureConsole(async () => {
        await fixture(html`<div>${el}</div>`);
        return failed;
      });
      await el.updateComplete;
      expect(event.detail.kind).to.equal('http');
      expect(visibleText(part(el, 'error')!.querySelector('strong'))).to.equal(FAILED[lang]);
      expect(visibleText(part(el, 'retry-button'))).to.equal(lang === 'cy' ? 'Rhowch gynnig arall arni' : 'Try again');
      expect(errors[0]).to.contain('/test-feeds/status/404 answered 404');
    });
  });
}
