/**
 * Layout by the element's own width (container queries), reflow at 400% zoom,
 * forced colours and reduced motion.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, executeServerCommand, setViewport} from '@web/test-runner-commands';
import type {ProfiadMilestoneTracker} from '../../src/milestone-tracker/milestone-tracker.js';
import {loadExample} from '../helpers/fixtures.js';
import {LANGS, milestone, milestoneItems, part, shadow, type FeedInput, type Lang} from './tracker-helpers.js';

const plan = () => loadExample<FeedInput>('milestone-tracker/plan.json');

/** A tracker inside a wrapper of the given width (px) and extra wrapper style. */
async function inWrapper(width: number | null, lang: Lang, data: FeedInput, style = ''): Promise<ProfiadMilestoneTracker> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style=${`${width ? `width: ${width}px;` : ''} ${style}`}>
    <profiad-milestone-tracker today="2026-11-25" .milestones=${data}></profiad-milestone-tracker>
  </div>`);
  const el = wrapper.querySelector('profiad-milestone-tracker')!;
  await el.updateComplete;
  return el;
}

/** Every element in the shadow root whose right edge passes the host's. */
function overflowing(el: ProfiadMilestoneTracker): string[] {
  const right = el.getBoundingClientRect().right + 0.5;
  return [...shadow(el).querySelectorAll<HTMLElement>('*')]
    .filter((node) => node.getBoundingClientRect().right > right)
    .map((node) => `${node.tagName.toLowerCase()}[part=${node.getAttribute('part')}] right ${Math.round(node.getBoundingClientRect().right)} > ${Math.round(right)}`);
}

const unbreakable = {
  milestones: [
    milestone('long', {
      title: {en: 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch workshop', cy: 'Gweithdy Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch'},
      description: 'https://example.org/a/very/long/address/that/does/not/break/anywhere/naturally/at/all/0123456789',
      link: 'https://example.org/',
    }),
  ],
};

for (const lang of LANGS) {
  describe(`layout (lang="${lang}")`, () => {
    it('stacks milestones vertically in a narrow (320px) container', async () => {
      const el = await inWrapper(320, lang, await plan());
      const boxes = milestoneItems(el).map((li) => li.getBoundingClientRect());
      expect(boxes).to.have.length(7);
      for (let i = 1; i < boxes.length; i++) {
        expect(boxes[i]!.top, `milestone ${i + 1} starts below milestone ${i}`).to.be.at.least(boxes[i - 1]!.bottom - 0.5);
        expect(Math.round(boxes[i]!.left)).to.equal(Math.round(boxes[0]!.left));
      }
      expect(overflowing(el)).to.deep.equal([]);
    });

    it('sets milestones side by side in a wide (1200px) container', async () => {
      const el = await inWrapper(1200, lang, await plan());
      const boxes = milestoneItems(el).map((li) => li.getBoundingClientRect());
      // At least the first three share a row, left to right.
      for (let i = 1; i < 3; i++) {
        expect(Math.round(boxes[i]!.top), `milestone ${i + 1} on the first row`).to.equal(Math.round(boxes[0]!.top));
        expect(boxes[i]!.left, `milestone ${i + 1} to the right of milestone ${i}`).to.be.at.least(boxes[i - 1]!.right - 0.5);
      }
      expect(overflowing(el)).to.deep.equal([]);
    });

    it('reflows without horizontal scrolling at 400% zoom (a 320px viewport), even with long unbroken words', async () => {
      await setViewport({width: 320, height: 640});
      try {
        for (const data of [await plan(), unbreakable]) {
          const el = await inWrapper(null, lang, data);
          const base = part(el, 'base')!;
          expect(base.scrollWidth, 'the widget scrolls sideways').to.be.at.most(base.clientWidth);
          expect(el.getBoundingClientRect().width).to.be.at.most(320);
          expect(overflowing(el)).to.deep.equal([]);
        }
      } finally {
        await setViewport({width: 800, height: 600});
      }
    });

    it('reflows with text at 200% in a 320px container', async () => {
      const el = await inWrapper(320, lang, unbreakable, '--profiad-font-size: 2rem');
      expect(parseFloat(getComputedStyle(part(el, 'summary')!).fontSize)).to.equal(32);
      const base = part(el, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(overflowing(el)).to.deep.equal([]);
    });
  });
}

describe('forced colours (Windows High Contrast)', () => {
  before(() => executeServerCommand('emulate-media-features', {features: [{name: 'forced-colors', value: 'active'}]}));
  after(() => executeServerCommand('emulate-media-features', {features: []}));

  /** A system colour as this browser computes it. */
  const systemColour = (name: string) => {
    const probe = document.createElement('span');
    probe.style.color = name;
    document.body.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  };

  for (const lang of LANGS) {
    it(`still draws every status icon, in system colours (lang="${lang}")`, async () => {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.equal(true);
      const el = await inWrapper(320, lang, {
        milestones: (['done', 'in-progress', 'upcoming', 'delayed'] as const).map((status, i) => milestone(status, {status, date: `2026-0${i + 1}-01`})),
      });
      const canvasText = systemColour('CanvasText');
      const canvas = systemColour('Canvas');
      expect(canvasText).to.not.equal(canvas);
      for (const li of milestoneItems(el)) {
        const marker = li.querySelector('[part=marker]')!;
        const svg = marker.querySelector('svg')!;
        expect(getComputedStyle(marker).color, `${li.dataset.status} icon colour`).to.equal(canvasText);
        expect(svg.getBoundingClientRect().width, `${li.dataset.status} icon size`).to.be.at.least(16);
        // Each shape is drawn in CanvasText, with any inner detail (tick, exclamation mark, hollow) in Canvas.
        const paints = [...svg.querySelectorAll('circle, path')].flatMap((shape) => {
          const cs = getComputedStyle(shape);
          return [cs.fill, cs.stroke].filter((paint) => paint !== 'none');
        });
        expect(paints, `${li.dataset.status} paints`).to.include(canvasText);
        for (const paint of paints) expect([canvasText, canvas], `${li.dataset.status} uses only system colours`).to.include(paint);
      }
      expect(getComputedStyle(part(el, 'today')!).borderTopColor === canvasText || getComputedStyle(part(el, 'today')!).borderLeftColor === canvasText).to.equal(true);
      expect(getComputedStyle(part(el, 'status-label')!).borderTopColor).to.equal(canvasText);
    });
  }
});

describe('reduced motion', () => {
  before(() => emulateMedia({reducedMotion: 'reduce'}));
  after(() => emulateMedia({reducedMotion: 'no-preference'}));

  for (const lang of LANGS) {
    it(`has no transitions or animations when the reader asks for less motion (lang="${lang}")`, async () => {
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'reduced motion is emulated').to.equal(true);
      const el = await inWrapper(1200, lang, await plan());
      const moving: string[] = [];
      for (const node of shadow(el).querySelectorAll('*')) {
        for (const pseudo of [null, '::before', '::after']) {
          const cs = getComputedStyle(node, pseudo);
          const durations = [...cs.transitionDuration.split(','), ...cs.animationDuration.split(',')].map((d) => parseFloat(d));
          if (durations.some((d) => d > 0) || cs.animationName !== 'none') moving.push(`${node.tagName.toLowerCase()}${pseudo ?? ''}`);
        }
      }
      expect(moving).to.deep.equal([]);
    });
  }
});
