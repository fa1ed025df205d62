import {expect, fixture} from '@open-wc/testing';
import {render} from 'lit';
import {chooseText, parseBilingualText, textFor, type BilingualText} from '../../src/core/dom-free/bilingual-text.js';
import {renderText} from '../../src/core/element/render-text.js';
import type {Locale} from '../../src/core/dom-free/locale.js';

/** Renders content text the way a widget does, into a fresh <div lang> on the page. */
async function rendered(value: BilingualText | undefined, locale: Locale): Promise<HTMLDivElement> {
  const div = await fixture<HTMLDivElement>(document.createElement('div'));
  div.lang = locale;
  render(renderText(value, locale), div);
  return div;
}

/** The language a screen reader would use for the first text in `div`. */
function langOfText(div: HTMLElement): string {
  const walker = document.createTreeWalker(div, NodeFilter.SHOW_TEXT, {acceptNode: (node) => (node.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP)});
  const text = walker.nextNode();
  if (!text) throw new Error('no text rendered');
  return text.parentElement!.closest('[lang]')!.getAttribute('lang')!;
}

describe('parseBilingualText', () => {
  it('accepts a non-empty string as text for both languages', () => {
    expect(parseBilingualText('Workshop')).to.equal('Workshop');
    expect(parseBilingualText('Gweithdy, Caerdydd')).to.equal('Gweithdy, Caerdydd');
  });

  it('accepts an object with English, Welsh or both, keeping only those', () => {
    expect(parseBilingualText({en: 'Workshop', cy: 'Gweithdy'})).to.deep.equal({en: 'Workshop', cy: 'Gweithdy'});
    expect(parseBilingualText({en: 'Workshop'})).to.deep.equal({en: 'Workshop'});
    expect(parseBilingualText({cy: 'Gweithdy'})).to.deep.equal({cy: 'Gweithdy'});
    expect(parseBilingualText({en: 'Workshop', cy: 'Gweithdy', fr: 'Atelier', html: '<b>x</b>'})).to.deep.equal({en: 'Workshop', cy: 'Gweithdy'});
  });

  it('drops an empty or non-string language and keeps the other', () => {
    expect(parseBilingualText({en: '', cy: 'Gweithdy'})).to.deep.equal({cy: 'Gweithdy'});
    expect(parseBilingualText({en: 'Workshop', cy: '   '})).to.deep.equal({en: 'Workshop'});
    expect(parseBilingualText({en: 42, cy: 'Gweithdy'})).to.deep.equal({cy: 'Gweithdy'});
  });

  it('rejects empty text, numbers, arrays and objects without text', () => {
    const rejected: unknown[] = [
      '',
      '   ',
      '\n\t',
      0,
      42,
      true,
      null,
      undefined,
      [],
      ['Workshop'],
      Object.assign(['Workshop'], {en: 'Workshop'}),
      {},
      {en: ''},
      {en: '  ', cy: '\n'},
      {en: 5, cy: false},
      {en: ['Workshop']},
      {en: {text: 'Workshop'}},
      {fr: 'Atelier'},
      {title: 'Workshop'},
    ];
    for (const value of rejected) expect(parseBilingualText(value), JSON.stringify(value)).to.equal(undefined);
  });
});

describe('chooseText and textFor', () => {
  it("gives the reader's language when it is there, with no language marking", () => {
    const value = {en: 'Workshop', cy: 'Gweithdy'};
    expect(chooseText(value, 'cy')).to.deep.equal({text: 'Gweithdy'});
    expect(chooseText(value, 'en')).to.deep.equal({text: 'Workshop'});
    expect(chooseText('Platfform', 'cy')).to.deep.equal({text: 'Platfform'});
  });

  it('falls back to the other language and says which it is', () => {
    expect(chooseText({en: 'Workshop'}, 'cy')).to.deep.equal({text: 'Workshop', fallbackLang: 'en'});
    expect(chooseText({cy: 'Gweithdy'}, 'en')).to.deep.equal({text: 'Gweithdy', fallbackLang: 'cy'});
  });

  it('gives nothing for nothing', () => {
    expect(chooseText(undefined, 'en')).to.equal(undefined);
    expect(chooseText({}, 'cy')).to.equal(undefined);
    expect(textFor(undefined, 'cy')).to.equal('');
  });

  it('gives a plain string for attributes and sorting, falling back too', () => {
    expect(textFor({en: 'Workshop', cy: 'Gweithdy'}, 'cy')).to.equal('Gweithdy');
    expect(textFor({en: 'Workshop'}, 'cy')).to.equal('Workshop');
    expect(textFor('Platfform', 'en')).to.equal('Platfform');
  });
});

describe('renderText', () => {
  it("renders the reader's language as plain text in the surrounding language", async () => {
    const div = await rendered({en: 'Workshop', cy: 'Gweithdy'}, 'cy');
    expect(div.textContent!.trim()).to.equal('Gweithdy');
    expect(div.querySelector('[lang]')).to.equal(null);
    expect(langOfText(div)).to.equal('cy');
  });

  it('wraps English fallback on a Welsh page in lang="en", so a screen reader pronounces it as English', async () => {
    const div = await rendered({en: 'Workshop'}, 'cy');
    const span = div.querySelector('span[lang]');
    expect(span, 'fallback wrapper').to.exist;
    expect(span!.getAttribute('lang')).to.equal('en');
    expect(span!.textContent).to.equal('Workshop');
    expect(langOfText(div)).to.equal('en');
  });

  it('wraps Welsh fallback on an English page in lang="cy"', async () => {
    const div = await rendered({cy: 'Gweithdy'}, 'en');
    expect(div.querySelector('span[lang]')!.getAttribute('lang')).to.equal('cy');
    expect(div.textContent!.trim()).to.equal('Gweithdy');
    expect(langOfText(div)).to.equal('cy');
  });

  it('does not mark a single string, which serves both languages', async () => {
    const div = await rendered('Platfform', 'cy');
    expect(div.querySelector('[lang]')).to.equal(null);
    expect(div.textContent!.trim()).to.equal('Platfform');
  });

  it('renders nothing for missing text', async () => {
    const div = await rendered(undefined, 'en');
    expect(div.textContent!.trim()).to.equal('');
    expect(div.children.length).to.equal(0);
  });

  it('shows markup in feed text as text, never as elements', async () => {
    const hostile = '<img src="x" onerror="window.__pwned = true"><script>window.__pwned = true</script><b>bold</b>';
    for (const [value, locale] of [
      [hostile, 'en'],
      [{cy: hostile}, 'en'],
      [{en: 'Workshop', cy: hostile}, 'cy'],
    ] as [BilingualText, Locale][]) {
      const div = await rendered(value, locale);
      expect(div.querySelector('img, script, b'), JSON.stringify(value)).to.equal(null);
      expect(div.textContent).to.include(hostile);
    }
    // Give an onerror handler the chance to run, had an <img> been created.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as {__pwned?: boolean}).__pwned).to.equal(undefined);
  });
});
