/**
 * Moving between stories, as readers do: previous/next buttons and the
 * numbered picker (pointer and keyboard), arrow keys inside the carousel, a
 * swipe (the viewport scrolled and snapped). Stories out of view are inert,
 * focus is never lost, a polite live region says what is shown after a
 * button, picker or key press, and profiad-story-change tells the page.
 */
import {expect} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import type {StoryChangeDetail} from '../../src/story-carousel/story-carousel.js';
import {
  announced,
  carouselFromSrc,
  carouselWith,
  focused,
  LANGS,
  nextEvent,
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
  swipe,
  until,
  visibleIds,
  WIDE,
  type Lang,
} from './carousel-helpers.js';

const WORDS: Record<
  Lang,
  {
    previous: string;
    next: string;
    position: (n: number, total: number) => string;
    shown: (n: number, total: number, title: string) => string;
    range: (a: number, b: number, total: number) => string;
    goTo: (n: number) => string;
  }
> = {
  en: {
    previous: 'Previous story',
    next: 'Next story',
    position: (n, total) => `Story ${n} of ${total}`,
    shown: (n, total, title) => `Story ${n} of ${total}: ${title}`,
    range: (a, b, total) => `Stories ${a} to ${b} of ${total}`,
    goTo: (n) => `Go to story ${n}`,
  },
  cy: {
    previous: 'Stori flaenorol',
    next: 'Stori nesaf',
    position: (n, total) => `Stori ${n} o ${total}`,
    shown: (n, total, title) => `Stori ${n} o ${total}: ${title}`,
    range: (a, b, total) => `Straeon ${a} i ${b} o ${total}`,
    goTo: (n) => `Mynd i stori ${n}`,
  },
};

/** Clicks the middle of an element with the real mouse. */
async function click(node: HTMLElement): Promise<void> {
  node.scrollIntoView({block: 'center'});
  const box = node.getBoundingClientRect();
  await sendMouse({type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)]});
}

const FIVE = () => stories(5, (i) => ({link: `https://example.org/story/${i + 1}`}));

for (const lang of LANGS) {
  const words = WORDS[lang];

  describe(`story carousel navigation (lang="${lang}")`, () => {
    it('shows one story in a narrow container, the others inert, and says where each story is', async () => {
      const data = await sample();
      const el = await carouselFromSrc(STORIES_URL, lang);
      const ids = data.stories.map((s) => s.id);
      expect(shownIds(el)).to.deep.equal([ids[0]]);
      expect(visibleIds(el)).to.deep.equal([ids[0]]);
      expect(parts(el, 'position').map((p) => p.textContent)).to.deep.equal(ids.map((_, i) => words.position(i + 1, ids.length)));
      expect(part(el, 'previous-button')!.getAttribute('aria-disabled')).to.equal('true');
      expect(part(el, 'next-button')!.getAttribute('aria-disabled')).to.equal('false');
      expect(part(el, 'previous-button')!.textContent!.trim()).to.contain(words.previous);
    });

    it('moves with the next and previous buttons (mouse), keeps focus on the button, and announces the story shown', async () => {
      const data = await sample();
      const el = await carouselFromSrc(STORIES_URL, lang);
      const next = part(el, 'next-button')!;
      const changed = nextEvent<StoryChangeDetail>(el, 'profiad-story-change');
      await click(next);
      const event = await changed;
      expect(event.detail).to.deep.equal({index: 1, id: data.stories[1]!.id});
      expect(event.cancelable).to.equal(false);
      await scrollSettled(el);
      expect(shownIds(el)).to.deep.equal([data.stories[1]!.id]);
      expect(visibleIds(el)).to.deep.equal([data.stories[1]!.id]);
      expect(focused(el)).to.equal(`next-button:${words.next}`);
      expect(announced(el)).to.equal(words.shown(2, 5, data.stories[1]!.title[lang]));
      expect(part(el, 'live')!.getAttribute('aria-live')).to.equal('polite');

      await click(part(el, 'previous-button')!);
      await scrollSettled(el);
      expect(shownIds(el)).to.deep.equal([data.stories[0]!.id]);
      expect(focused(el)).to.equal(`previous-button:${words.previous}`);
      expect(announced(el)).to.equal(words.shown(1, 5, data.stories[0]!.title[lang]));
    });

    it('clears its announcement when the language changes, rather than leave it in the other language', async () => {
      const el = await carouselWith({stories: stories(5)}, lang, {around: true});
      await click(part(el, 'next-button')!);
      await scrollSettled(el);
      expect(announced(el)).to.equal(words.shown(2, 5, 'Title 2'));
      const other = lang === 'en' ? 'cy' : 'en';
      el.closest('[lang]')!.setAttribute('lang', other);
      await until(() => part(el, 'next-button')!.textContent!.trim().includes(WORDS[other].next), 'the other language');
      expect(announced(el)).to.equal('');
      // The next change is announced in the new language.
      await click(part(el, 'next-button')!);
      await scrollSettled(el);
      expect(announced(el)).to.equal(WORDS[other].shown(3, 5, 'Title 3'));
    });

    it('stops at both ends: no loop, no cloned stories, and a disabled-looking button keeps focus', async () => {
      const el = await carouselWith({stories: stories(3)}, lang, {around: true});
      expect(parts(el, 'story')).to.have.length(3);
      const previous = part(el, 'previous-button')!;
      previous.focus();
      await sendKeys({press: 'Enter'});
      await settled(el);
      expect(shownIds(el)).to.deep.equal(['s1']);
      expect(focused(el)).to.equal(`previous-button:${words.previous}`);
      part(el, 'next-button')!.focus();
      for (let i = 0; i < 4; i++) await sendKeys({press: 'Enter'});
      await scrollSettled(el);
      expect(shownIds(el)).to.deep.equal(['s3']);
      expect(part(el, 'next-button')!.getAttribute('aria-disabled')).to.equal('true');
      expect(focused(el)).to.equal(`next-button:${words.next}`);
    });

    it('offers a numbered picker named "Go to story N", marking the story shown as current', async () => {
      const el = await carouselWith({stories: FIVE()}, lang);
      const picker = part(el, 'picker')!;
      expect(picker.getAttribute('role')).to.equal('group');
      const buttons = parts(el, 'picker-button');
      expect(buttons.map((b) => b.textContent)).to.deep.equal(['1', '2', '3', '4', '5']);
      expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal([1, 2, 3, 4, 5].map(words.goTo));
      expect(buttons.map((b) => b.getAttribute('aria-current'))).to.deep.equal(['true', null, null, null, null]);

      await click(buttons[3]!);
      await scrollSettled(el);
      expect(shownIds(el)).to.deep.equal(['s4']);
      expect(parts(el, 'picker-button').map((b) => b.getAttribute('aria-current'))).to.deep.equal([null, null, null, 'true', null]);
      expect(announced(el)).to.equal(words.shown(4, 5, 'Title 4'));
      expect(focused(el)).to.equal('picker-button:4');
    });

    it('moves with the arrow keys only while focus is inside the carousel, and focus follows on the picker', async () => {
      const el = await carouselWith({stories: FIVE()}, lang, {around: true});
      const before = el.parentElement!.querySelector<HTMLButtonElement>('#before')!;
      before.focus();
      await sendKeys({press: 'ArrowRight'});
      await settled(el);
      expect(shownIds(el), 'arrow keys outside the carousel do nothing').to.deep.equal(['s1']);

      parts(el, 'picker-button')[0]!.focus();
      await sendKeys({press: 'ArrowRight'});
      await scrollSettled(el);
      expect(shownIds(el)).to.deep.equal(['s2']);
      expect(focused(el)).to.equal('picker-button:2');
      expect(announced(el)).to.equal(words.shown(2, 5, 'Title 2'));
      await sendKeys({press: 'End'});
      await scrollSettled(el);
      expect(shownIds(el)).to.deep.equal(['s5']);
      expect(focused(el)).to.equal('picker-button:5');
      await sendKeys({press: 'Home'});
      await scrollSettled(el);
      expect(shownIds(el)).to.deep.equal(['s1']);
      await sendKeys({press: 'ArrowLeft'});
      await settled(el);
      expect(shownIds(el)).to.deep.equal(['s1']);
    });

    it('never lets Tab reach a link in a story out of view (inert), and moves focus to the new story when its own goes out of view', async () => {
      const el = await carouselWith({stories: FIVE()}, lang, {around: true});
      el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
      const stops: string[] = [];
      while (stops.at(-1) !== 'after' && stops.length < 20) {
        await sendKeys({press: 'Tab'});
        stops.push(focused(el));
      }
      // The buttons, story 1's link (the only story in view), the support numbers after the stories, then the page.
      const support = lang === 'cy' ? ['phone:999', 'phone:111', 'phone:116 123', 'phone:0808 164 0123'] : ['phone:999', 'phone:111', 'phone:116 123'];
      expect(stops).to.deep.equal([
        `previous-button:${words.previous}`,
        'picker-button:1',
        'picker-button:2',
        'picker-button:3',
        'picker-button:4',
        'picker-button:5',
        `next-button:${words.next}`,
        's1/link',
        ...support,
        'after',
      ]);
      // In story 1's link, an arrow key shows story 2: story 1 becomes inert, and focus goes to story 2, not to <body>.
      shadow(el).querySelector<HTMLAnchorElement>('[data-id="s1"] a')!.focus();
      await sendKeys({press: 'ArrowRight'});
      await scrollSettled(el);
      expect(shownIds(el)).to.deep.equal(['s2']);
      expect(focused(el)).to.equal('story:s2');
      await sendKeys({press: 'Tab'});
      expect(focused(el)).to.equal('s2/link');
    });

    it('follows a touch swipe (scrolled and snapped by the browser): inert, picker and event updated, focus kept, nothing announced', async () => {
      const el = await carouselWith({stories: FIVE()}, lang);
      parts(el, 'picker-button')[0]!.focus();
      const changed = nextEvent<StoryChangeDetail>(el, 'profiad-story-change');
      await swipe(el, 2);
      expect((await changed).detail).to.deep.equal({index: 2, id: 's3'});
      expect(shownIds(el)).to.deep.equal(['s3']);
      expect(parts(el, 'picker-button').map((b) => b.getAttribute('aria-current'))).to.deep.equal([null, null, 'true', null, null]);
      expect(focused(el)).to.equal('picker-button:1');
      expect(announced(el)).to.equal('');

      // A swipe while focus is in the story that leaves the view: focus moves to the story now shown.
      shadow(el).querySelector<HTMLAnchorElement>('[data-id="s3"] a')!.focus();
      await swipe(el, 1);
      expect(shownIds(el)).to.deep.equal(['s4']);
      expect(visibleIds(el)).to.deep.equal(['s4']);
      expect(focused(el)).to.equal('story:s4');
    });

    it('follows a trackpad swipe back', async () => {
      const el = await carouselWith({stories: FIVE()}, lang);
      el.goTo(3);
      await scrollSettled(el);
      await swipe(el, -2, 'mouse');
      expect(shownIds(el)).to.deep.equal(['s2']);
      expect(visibleIds(el)).to.deep.equal(['s2']);
      expect(el.currentIndex).to.equal(1);
    });

    it('shows three stories side by side in a wide container and moves one story at a time', async () => {
      const el = await carouselWith({stories: FIVE()}, lang, {width: WIDE});
      expect(shownIds(el)).to.deep.equal(['s1', 's2', 's3']);
      expect(visibleIds(el)).to.deep.equal(['s1', 's2', 's3']);
      const tops = parts(el, 'story')
        .slice(0, 3)
        .map((s) => Math.round(s.getBoundingClientRect().top));
      expect(new Set(tops).size).to.equal(1);
      expect(parts(el, 'picker-button').map((b) => b.getAttribute('aria-current'))).to.deep.equal(['true', 'true', 'true', null, null]);
      part(el, 'next-button')!.click();
      await scrollSettled(el);
      expect(shownIds(el)).to.deep.equal(['s2', 's3', 's4']);
      expect(announced(el)).to.equal(words.range(2, 4, 5));
      // "Go to story 5" shows the last three: no empty places after the last story.
      parts(el, 'picker-button')[4]!.click();
      await scrollSettled(el);
      expect(shownIds(el)).to.deep.equal(['s3', 's4', 's5']);
      expect(visibleIds(el)).to.deep.equal(['s3', 's4', 's5']);
      expect(part(el, 'next-button')!.getAttribute('aria-disabled')).to.equal('true');
    });

    it('pauses a playing video when its story goes out of view', async () => {
      const el = await carouselWith(
        {stories: [story('video', {video: {src: '/examples/story-carousel/sample-video.webm', captions: '/examples/story-carousel/captions-en.vtt'}}), story('next')]},
        lang,
      );
      const video = shadow(el).querySelector('video')!;
      video.muted = true;
      await video.play();
      expect(video.paused).to.equal(false);
      part(el, 'next-button')!.click();
      await scrollSettled(el);
      expect(shownIds(el)).to.deep.equal(['next']);
      expect(video.paused).to.equal(true);
    });

    it('needs no buttons when every story fits', async () => {
      const el = await carouselWith({stories: stories(2)}, lang, {width: WIDE});
      expect(part(el, 'controls')).to.equal(null);
      expect(shownIds(el)).to.deep.equal(['s1', 's2']);
    });

    it('leaves the picker out above 12 stories (a wall of tab stops), keeping previous and next', async () => {
      const el = await carouselWith({stories: stories(13)}, lang);
      expect(part(el, 'picker')).to.equal(null);
      expect(part(el, 'next-button')).to.exist;
      expect(parts(el, 'position')[12]!.textContent).to.equal(words.position(13, 13));
    });

    it('goes back to the first story when the feed changes', async () => {
      const el = await carouselWith({stories: FIVE()}, lang);
      el.goTo(3);
      await scrollSettled(el);
      expect(el.currentIndex).to.equal(3);
      el.stories = {stories: stories(4)};
      await settled(el);
      await scrollSettled(el);
      expect(el.currentIndex).to.equal(0);
      expect(shownIds(el)).to.deep.equal(['s1']);
      expect(visibleIds(el)).to.deep.equal(['s1']);
    });
  });
}
