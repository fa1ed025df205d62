/**
 * Embedding on someone else's site: a strict Content-Security-Policy with
 * Trusted Types, a careless or hostile page stylesheet, and theming through
 * the documented --profiad-* properties and ::part().
 */
import {expect, fixture, html} from '@open-wc/testing';
import type {ProfiadMilestoneTracker} from '../../src/milestone-tracker/milestone-tracker.js';
import {until, visibleText} from '../helpers/fixtures.js';
import {LANGS, milestone, part, PLAN_URL, settle, shadow, trackerFromSrc} from './tracker-helpers.js';

interface CspWindow extends Window {
  __cspViolations: Array<{directive: string; blocked: string; sample: string}>;
  __profiadLoads: number;
}

describe('embedding: strict CSP and Trusted Types (tests/pages/csp.html, loading dist/cdn/profiad.js)', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('renders the sample plan in Welsh and English with no policy violation', async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    frame.src = '/tests/pages/csp.html';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as CspWindow;
    const doc = frame.contentDocument!;
    expect(win.__cspViolations, 'csp-page.js ran (external scripts are allowed)').to.be.an('array');
    await until(() => win.__profiadLoads === 2, 'both trackers to load (is dist/ built? npm run build:js)', 5000);

    const [english, welsh] = [...doc.querySelectorAll('profiad-milestone-tracker')] as ProfiadMilestoneTracker[];
    await english!.updateComplete;
    await welsh!.updateComplete;
    for (const [el, lang] of [
      [english!, 'en'],
      [welsh!, 'cy'],
    ] as const) {
      expect(el.shadowRoot!.querySelectorAll('li.milestone'), `${lang} milestones`).to.have.length(7);
      expect(visibleText(part(el, 'summary'))).to.equal(lang === 'cy' ? "Cerrig milltir wedi'u cwblhau: 4 o 7" : 'Milestones completed: 4 of 7');
      expect(visibleText(part(el, 'today'))).to.equal(lang === 'cy' ? 'Heddiw: 25 Tachwedd 2026' : 'Today: 25 November 2026');
      // Styles applied (constructable stylesheets pass style-src 'self'): the list has no bullets.
      expect(getComputedStyle(part(el, 'list')!).listStyleType).to.equal('none');
    }
    expect(win.__cspViolations).to.deep.equal([]);

    // The recorder works and the policy is really in force: an inline <style> is refused and reported.
    const inline = doc.createElement('style');
    inline.textContent = 'body { color: red }';
    doc.head.append(inline);
    await until(() => win.__cspViolations.length > 0, 'the inline style to be reported');
    expect(win.__cspViolations[0]!.directive).to.match(/^style-src/);
  });
});

/** Rules a careless or hostile host page might have, none of which should reach the widget's text. */
const HOSTILE_CSS = `
  * { all: revert; }
  div, p, li, span, section, h2, h3, ol, svg, time { display: none !important; color: transparent !important; font-size: 2px !important; }
  body {
    text-transform: uppercase; letter-spacing: 1em; word-spacing: 3em; white-space: nowrap; visibility: hidden;
    color: transparent; font-size: 2px; line-height: 0; text-indent: -9999px; text-shadow: 0 0 8px red;
    font-style: italic; font-weight: 100; font-variant: small-caps; -webkit-text-fill-color: transparent;
    word-break: break-all; writing-mode: vertical-rl; text-align: right; cursor: none;
  }
  profiad-milestone-tracker { font-size: 2px; color: transparent; line-height: 0; }
`;

for (const lang of LANGS) {
  describe(`embedding: a hostile page stylesheet (lang="${lang}")`, () => {
    let style: HTMLStyleElement;
    let el: ProfiadMilestoneTracker;
    before(async () => {
      style = document.createElement('style');
      style.textContent = HOSTILE_CSS;
      document.head.append(style);
      // Straight into <body>: the page's `div { display: none }` would hide any wrapper, which is the page's choice.
      el = document.createElement('profiad-milestone-tracker');
      el.lang = lang;
      el.setAttribute('today', '2026-11-25');
      el.milestones = {title: {en: 'Plan', cy: 'Cynllun'}, milestones: [milestone('a', {status: 'done', description: 'Some text to read'}), milestone('b', {date: '2026-12-01'})]};
      document.body.append(el);
      await el.updateComplete;
    });
    after(() => {
      style.remove();
      el.remove();
    });

    it('leaves all the widget text visible, upright, readable and in normal case', () => {
      const pieces = ['heading', 'summary', 'title', 'date', 'status-label', 'description', 'today'].map((name) => [name, part(el, name)!] as const);
      for (const [name, node] of pieces) {
        const cs = getComputedStyle(node);
        const why = `${name} (${visibleText(node)})`;
        expect(node.checkVisibility({visibilityProperty: true, opacityProperty: true}), `${why} is rendered`).to.equal(true);
        expect(cs.visibility, why).to.equal('visible');
        expect(cs.color, `${why} colour`).to.not.match(/rgba\(.*, 0\)$|transparent/);
        expect(cs.webkitTextFillColor, `${why} fill`).to.equal(cs.color);
        expect(cs.textTransform, why).to.equal('none');
        expect(cs.fontVariantCaps, why).to.equal('normal');
        expect(cs.letterSpacing, why).to.equal('normal');
        expect(cs.wordSpacing, why).to.equal('0px');
        expect(cs.whiteSpace, why).to.equal('normal');
        expect(cs.writingMode, why).to.equal('horizontal-tb');
        expect(cs.textIndent, why).to.equal('0px');
        expect(cs.textShadow, why).to.equal('none');
        expect(cs.fontStyle, why).to.equal('normal');
        expect(cs.wordBreak, why).to.equal('normal');
        expect(parseFloat(cs.fontSize), `${why} font size`).to.be.at.least(14);
        expect(parseFloat(cs.lineHeight), `${why} line height`).to.be.at.least(parseFloat(cs.fontSize));
        const box = node.getBoundingClientRect();
        expect(box.height, `${why} height`).to.be.at.least(parseFloat(cs.fontSize));
        expect(box.width, `${why} width`).to.be.greaterThan(box.height);
      }
    });

    it('still draws the status icons', () => {
      const svg = shadow(el).querySelector('[part=marker] svg')!;
      const box = svg.getBoundingClientRect();
      expect(box.width).to.be.at.least(16);
      expect(getComputedStyle(svg).display).to.not.equal('none');
      expect(getComputedStyle(svg.querySelector('circle')!).fill).to.not.match(/none|transparent|, 0\)$/);
    });
  });
}

describe('embedding: theming through --profiad-* properties and ::part()', () => {
  let style: HTMLStyleElement;
  afterEach(() => style?.remove());

  it('takes colours and font from custom properties, and styles from ::part()', async () => {
    style = document.createElement('style');
    style.textContent = `
      .themed {
        --profiad-color-done: rgb(10, 20, 30);
        --profiad-color-delayed: rgb(200, 0, 100);
        --profiad-color-today: rgb(40, 50, 60);
        --profiad-font-family: Georgia, serif;
      }
      profiad-milestone-tracker::part(title) { color: rgb(1, 2, 3); }
      profiad-milestone-tracker::part(milestone-delayed) { background-color: rgb(250, 240, 230); }
      profiad-milestone-tracker::part(summary) { font-size: 30px; }
    `;
    document.head.append(style);
    const el = await fixture<ProfiadMilestoneTracker>(html`<profiad-milestone-tracker
      class="themed"
      today="2026-11-25"
      .milestones=${{milestones: [milestone('done', {status: 'done'}), milestone('late', {status: 'delayed', date: '2026-12-01'})]}}
    ></profiad-milestone-tracker>`);
    const marker = (id: string) => getComputedStyle(shadow(el).querySelector(`[data-id="${id}"] [part=marker]`)!);
    expect(marker('done').color).to.equal('rgb(10, 20, 30)');
    expect(marker('late').color).to.equal('rgb(200, 0, 100)');
    expect(getComputedStyle(part(el, 'today')!).color).to.equal('rgb(40, 50, 60)');
    expect(getComputedStyle(part(el, 'base')!).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(part(el, 'title')!).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(part(el, 'milestone-delayed')!).backgroundColor).to.equal('rgb(250, 240, 230)');
    expect(getComputedStyle(part(el, 'summary')!).fontSize).to.equal('30px');

    // A theme on an ancestor reaches the widget too.
    el.classList.remove('themed');
    el.parentElement!.classList.add('themed');
    await settle(el);
    expect(marker('done').color).to.equal('rgb(10, 20, 30)');
  });

  it('keeps the default NHS Wales-like colours without a theme', async () => {
    const el = await trackerFromSrc(PLAN_URL, 'en');
    expect(getComputedStyle(shadow(el).querySelector('[data-status=done] [part=marker]')!).color).to.equal('rgb(0, 127, 59)');
    expect(getComputedStyle(part(el, 'link')!).color).to.equal('rgb(0, 94, 184)');
  });
});
