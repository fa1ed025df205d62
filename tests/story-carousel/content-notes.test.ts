/**
 * Content notes: a story with a note shows the short note first and keeps its
 * text folded until the reader chooses "Read this story"; the reader can move
 * on to the next story instead. Calm styling: no red.
 */
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {carouselFromSrc, carouselWith, focused, heard, LANGS, part, sample, scrollSettled, shadow, shownIds, story, STORIES_URL, visibleText, type Lang} from './carousel-helpers.js';

const WORDS: Record<Lang, {note: string; read: string; skip: string}> = {
  en: {note: 'Content note:', read: 'Read this story', skip: 'Go to the next story'},
  cy: {note: 'Nodyn cynnwys:', read: 'Darllen y stori hon', skip: "Mynd i'r stori nesaf"},
};

/** The red of the error border: a content note must never use it, nor any clearly red colour. */
function isRed(colour: string): boolean {
  const [r = 0, g = 0, b = 0] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return r > 150 && g < 100 && b < 100;
}

for (const lang of LANGS) {
  const words = WORDS[lang];
  describe(`story carousel content notes (lang="${lang}")`, () => {
    it('shows the note first, keeps the story folded (not read, not focusable), and unfolds it on "Read this story"', async () => {
      const data = await sample();
      const noted = data.stories.findIndex((s) => s.contentNote);
      const el = await carouselFromSrc(STORIES_URL, lang);
      el.goTo(noted);
      await scrollSettled(el);
      const slide = shadow(el).querySelector<HTMLElement>(`[data-id="${data.stories[noted]!.id}"]`)!;
      const note = slide.querySelector<HTMLElement>('[part~="content-note"]')!;
      const noteText = (data.stories[noted]!.contentNote as Record<Lang, string>)[lang];
      expect(visibleText(note.querySelector('p'))).to.equal(`${words.note} ${noteText}`);
      const quote = slide.querySelector<HTMLElement>('[part~="quote"]')!;
      expect(quote.checkVisibility(), 'the quote is folded').to.equal(false);
      const before = (await heard(el)).map((node) => node.name ?? '').join(' | ');
      expect(before).to.contain(noteText);
      expect(before, 'a screen reader does not meet the folded text').to.not.contain(data.stories[noted]!.quote[lang]);
      // The title and who tells the story are shown, so the reader knows whose story it is.
      expect(visibleText(slide.querySelector('[part~="title"]'))).to.equal(data.stories[noted]!.title[lang]);

      const read = slide.querySelector<HTMLButtonElement>('[part~="read-button"]')!;
      expect(visibleText(read)).to.equal(words.read);
      expect(read.getAttribute('aria-expanded')).to.equal('false');
      expect(read.getAttribute('aria-controls')).to.equal(slide.querySelector('.content')!.id);
      read.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(quote.checkVisibility()).to.equal(true);
      expect(visibleText(quote)).to.equal(data.stories[noted]!.quote[lang]);
      expect(read.getAttribute('aria-expanded')).to.equal('true');
      expect(focused(el)).to.equal(`${data.stories[noted]!.id}/read-button`);
      // The reader can fold it again.
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(quote.checkVisibility()).to.equal(false);
    });

    it('lets the reader move on to the next story instead, with focus going there', async () => {
      const el = await carouselWith({stories: [story('first'), story('noted', {contentNote: 'Mentions loss.', link: 'https://example.org/'}), story('third')]}, lang);
      el.goTo(1);
      await scrollSettled(el);
      const skip = part(el, 'skip-button')!;
      expect(visibleText(skip)).to.equal(words.skip);
      skip.focus();
      await sendKeys({press: 'Enter'});
      await scrollSettled(el);
      expect(shownIds(el)).to.deep.equal(['third']);
      expect(focused(el)).to.equal('story:third');
      // The folded story's link was never reachable.
      expect(shadow(el).querySelector<HTMLElement>('[data-id="noted"] .content')!.hidden).to.equal(true);
    });

    it('is calm: a grey note, no red, no alarm icon', async () => {
      const el = await carouselWith({stories: [story('noted', {contentNote: 'Mentions self-harm.'})]}, lang);
      const note = part(el, 'content-note')!;
      const style = getComputedStyle(note);
      for (const colour of [style.color, style.backgroundColor, style.borderInlineStartColor, getComputedStyle(note.querySelector('strong')!).color]) {
        expect(isRed(colour), colour).to.equal(false);
      }
      expect(note.querySelector('svg, img, [role="img"]')).to.equal(null);
      expect(note.closest('[role="alert"]')).to.equal(null);
    });

    it('has no skip button on the last story, nor in the list layout', async () => {
      const last = await carouselWith({stories: [story('a'), story('noted', {contentNote: 'x'})]}, lang);
      last.goTo(1);
      await scrollSettled(last);
      expect(part(last, 'read-button')).to.exist;
      expect(part(last, 'skip-button')).to.equal(null);
      const list = await carouselWith({stories: [story('noted', {contentNote: 'x'}), story('b')]}, lang, {attrs: {layout: 'list'}});
      expect(part(list, 'read-button')).to.exist;
      expect(part(list, 'skip-button')).to.equal(null);
    });
  });
}
