/**
 * Autoplay, only when an author sets it: a pause/play button first in the
 * carousel's tab order, rotation paused on hover, stopped by focus and for
 * good after any interaction, never under prefers-reduced-motion, and the
 * live region off while it rotates. Intervals are at least 3 s, so the tests
 * let the rotation timer pass by hand (withRotationClock).
 */
import {expect} from '@open-wc/testing';
import {emulateMedia, sendKeys, sendMouse} from '@web/test-runner-commands';
import type {ProfiadStoryCarousel} from '../../src/story-carousel/story-carousel.js';
import {carouselWith, focused, LANGS, part, scrollSettled, settled, shownIds, stories, type Lang} from './carousel-helpers.js';

const WORDS: Record<Lang, {pause: string; play: string}> = {
  en: {pause: 'Pause stories', play: 'Play stories'},
  cy: {pause: "Oedi'r straeon", play: "Chwarae'r straeon"},
};

/** The rotation interval the tests set; only timers of exactly this delay are held back. */
const INTERVAL = 3000;

/**
 * A hand-driven clock for the element's rotation timer: setTimeout calls with
 * a delay of exactly INTERVAL wait until the test calls `tick()`; every other
 * timer (scrolling, the test runner's own) keeps real time.
 */
async function withRotationClock<T>(fn: (clock: {tick: () => Promise<void>; running: () => boolean}) => Promise<T>): Promise<T> {
  const realSetTimeout = window.setTimeout;
  const realClearTimeout = window.clearTimeout;
  const held = new Map<number, () => void>();
  let nextId = 1e9;
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    if (delay !== INTERVAL || typeof handler !== 'function') return realSetTimeout(handler, delay, ...args);
    const id = nextId++;
    held.set(id, () => handler(...args));
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => (id !== undefined && held.delete(id) ? undefined : realClearTimeout(id))) as typeof window.clearTimeout;
  const clock = {
    /** The rotation timer is set: the stories are rotating. */
    running: () => held.size > 0,
    /** Lets the rotation interval pass once. */
    async tick() {
      const due = [...held.values()];
      held.clear();
      due.forEach((run) => run());
      await new Promise((resolve) => realSetTimeout(resolve, 0));
    },
  };
  try {
    return await fn(clock);
  } finally {
    window.setTimeout = realSetTimeout;
    window.clearTimeout = realClearTimeout;
  }
}

async function autoplaying(lang: Lang, count = 4): Promise<ProfiadStoryCarousel> {
  // The pointer away from where the carousel will be, so it is not "hovered".
  await sendMouse({type: 'move', position: [790, 590]});
  return carouselWith({stories: stories(count)}, lang, {attrs: {autoplay: '', interval: String(INTERVAL)}, around: true});
}

for (const lang of LANGS) {
  const words = WORDS[lang];
  describe(`story carousel autoplay (lang="${lang}")`, () => {
    afterEach(() => emulateMedia({reducedMotion: 'no-preference'}));

    it('does not rotate, and offers no pause button, unless the author sets autoplay', async () => {
      await withRotationClock(async (clock) => {
        const el = await carouselWith({stories: stories(3)}, lang);
        expect(clock.running()).to.equal(false);
        expect(part(el, 'pause-button')).to.equal(null);
        expect(shownIds(el)).to.deep.equal(['s1']);
      });
    });

    it('rotates with the live region off, stops at the last story (no loop), and offers Play again', async () => {
      await withRotationClock(async (clock) => {
        const el = await autoplaying(lang, 3);
        expect(clock.running()).to.equal(true);
        expect(part(el, 'live')!.getAttribute('aria-live')).to.equal('off');
        expect(part(el, 'pause-button')!.textContent!.trim()).to.equal(words.pause);
        await clock.tick();
        await scrollSettled(el);
        expect(shownIds(el)).to.deep.equal(['s2']);
        expect(part(el, 'live')!.textContent!.trim(), 'nothing announced while rotating').to.equal('');
        await clock.tick();
        await scrollSettled(el);
        expect(shownIds(el)).to.deep.equal(['s3']);
        await clock.tick();
        await settled(el);
        expect(shownIds(el), 'stays on the last story').to.deep.equal(['s3']);
        expect(clock.running()).to.equal(false);
        expect(part(el, 'pause-button')!.textContent!.trim()).to.equal(words.play);
        expect(part(el, 'live')!.getAttribute('aria-live')).to.equal('polite');
        // Play from the last story starts again from the first.
        part(el, 'pause-button')!.click();
        await scrollSettled(el);
        expect(shownIds(el)).to.deep.equal(['s1']);
        expect(clock.running()).to.equal(true);
      });
    });

    it("puts the pause button first in the carousel's tab order, and stops for good when focus comes in", async () => {
      await withRotationClock(async (clock) => {
        const el = await autoplaying(lang, 4);
        el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
        await sendKeys({press: 'Tab'});
        await el.updateComplete;
        expect(focused(el)).to.equal(`pause-button:${words.play}`);
        expect(clock.running()).to.equal(false);
        // Play starts it again, even with focus inside; Pause stops it.
        await sendKeys({press: 'Enter'});
        await el.updateComplete;
        expect(part(el, 'pause-button')!.textContent!.trim()).to.equal(words.pause);
        expect(clock.running()).to.equal(true);
        await clock.tick();
        await scrollSettled(el);
        expect(shownIds(el)).to.deep.equal(['s2']);
        await sendKeys({press: 'Enter'});
        await el.updateComplete;
        expect(clock.running()).to.equal(false);
        expect(focused(el)).to.equal(`pause-button:${words.play}`);
      });
    });

    it('pauses while the pointer is over the stories and carries on when it leaves', async () => {
      await withRotationClock(async (clock) => {
        const el = await autoplaying(lang, 4);
        const box = part(el, 'viewport')!.getBoundingClientRect();
        await sendMouse({type: 'move', position: [Math.round(box.left + 20), Math.round(box.top + 20)]});
        await el.updateComplete;
        expect(clock.running()).to.equal(false);
        expect(part(el, 'pause-button')!.textContent!.trim(), 'still on: only paused').to.equal(words.pause);
        await sendMouse({type: 'move', position: [790, 590]});
        await el.updateComplete;
        expect(clock.running()).to.equal(true);
      });
    });

    it('stops for good after the reader uses a button', async () => {
      await withRotationClock(async (clock) => {
        const el = await autoplaying(lang, 4);
        part(el, 'next-button')!.click();
        await scrollSettled(el);
        expect(shownIds(el)).to.deep.equal(['s2']);
        expect(clock.running()).to.equal(false);
        expect(part(el, 'pause-button')!.textContent!.trim()).to.equal(words.play);
      });
    });

    it('stops for good when the reader plays a video', async () => {
      await withRotationClock(async (clock) => {
        await sendMouse({type: 'move', position: [790, 590]});
        const el = await carouselWith(
          {stories: [{id: 'v', title: 'Video', quote: 'Q', video: {src: '/examples/story-carousel/sample-video.webm', captions: '/examples/story-carousel/captions-en.vtt'}}, ...stories(2)]},
          lang,
          {attrs: {autoplay: '', interval: String(INTERVAL)}},
        );
        expect(clock.running()).to.equal(true);
        const video = el.shadowRoot!.querySelector('video')!;
        video.muted = true;
        await video.play();
        await el.updateComplete;
        expect(clock.running()).to.equal(false);
        expect(part(el, 'pause-button')!.textContent!.trim()).to.equal(words.play);
        video.pause();
      });
    });

    it('never rotates under prefers-reduced-motion, and then offers no button', async () => {
      await emulateMedia({reducedMotion: 'reduce'});
      await withRotationClock(async (clock) => {
        const el = await autoplaying(lang, 3);
        expect(clock.running()).to.equal(false);
        expect(part(el, 'pause-button')).to.equal(null);
        expect(part(el, 'live')!.getAttribute('aria-live')).to.equal('polite');
      });
    });
  });
}
