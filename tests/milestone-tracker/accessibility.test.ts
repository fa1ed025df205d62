/**
 * What a screen reader and keyboard user meet, in Welsh and English: axe in
 * every state, the accessibility tree, Tab order, retry focus, announcements.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {a11ySnapshot, sendKeys} from '@web/test-runner-commands';
import type {ProfiadMilestoneTracker} from '../../src/milestone-tracker/milestone-tracker.js';
import {loadExample, nextEvent, until, visibleText} from '../helpers/fixtures.js';
import {captureConsole, LANGS, markup, milestone, part, PLAN_URL, shadow, trackerFromSrc, trackerWith, type Lang} from './tracker-helpers.js';

interface AXNode {
  role: string;
  name?: string;
  level?: number;
  live?: string;
  children?: AXNode[];
}

/** The accessibility tree Chromium exposes for the element, flattened to role/name pairs. */
async function heard(el: ProfiadMilestoneTracker): Promise<AXNode[]> {
  el.id ||= `tracker-${Math.random().toString(36).slice(2)}`;
  const root = (await a11ySnapshot({selector: `#${el.id}`})) as unknown as AXNode;
  const flat: AXNode[] = [];
  const walk = (node: AXNode) => {
    flat.push({role: node.role, name: node.name, ...(node.level ? {level: node.level} : {}), ...(node.live ? {live: node.live} : {})});
    node.children?.forEach(walk);
  };
  walk(root);
  return flat;
}

const TODAY_WORDS: Record<Lang, string> = {en: 'Today: 25 November 2026.', cy: 'Heddiw: 25 Tachwedd 2026.'};
const LOADING: Record<Lang, string> = {en: 'Loading milestones…', cy: "Wrthi'n llwytho cerrig milltir…"};
const FAILED: Record<Lang, string> = {en: 'We could not load the milestones', cy: "Nid oedd modd llwytho'r cerrig milltir"};
const RETRY: Record<Lang, string> = {en: 'Try again', cy: 'Rhowch gynnig arall arni'};
const ADVICE: Record<Lang, Record<'network' | 'timeout' | 'http' | 'format', string>> = {
  en: {
    network: 'Check your internet connection, then try again.',
    timeout: 'The service took too long to answer. Try again in a moment.',
    http: 'Sorry, there is a problem with the service. Try again later.',
    format: 'The information is not in a form we can show. If this continues, contact the owner of this website.',
  },
  cy: {
    network: "Gwiriwch eich cysylltiad â'r rhyngrwyd, yna rhowch gynnig arall arni.",
    timeout: 'Cymerodd y gwasanaeth ormod o amser i ateb. Rhowch gynnig arall arni mewn munud.',
    http: "Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth. Rhowch gynnig arall arni yn nes ymlaen.",
    format: "Nid yw'r wybodaeth mewn ffurf y gallwn ei dangos. Os bydd hyn yn parhau, cysylltwch â pherchennog y wefan hon.",
  },
};

/** A tracker still waiting for a server that never answers. */
async function loadingTracker(lang: Lang): Promise<ProfiadMilestoneTracker> {
  const el = await fixture<ProfiadMilestoneTracker>(html`<profiad-milestone-tracker lang=${lang} src="/test-feeds/hang" timeout="10000"></profiad-milestone-tracker>`);
  await el.updateComplete;
  return el;
}

const failing = (src: string, lang: Lang, timeout?: string) => captureConsole(() => trackerFromSrc(src, lang, {timeout})).then(({result}) => result);

/** Where keyboard focus is: inside the tracker, the focused element's text; else the focused light DOM element's id. */
function focusedName(el: ProfiadMilestoneTracker): string {
  if (document.activeElement === el) {
    const inner = shadow(el).activeElement as HTMLElement | null;
    return inner ? `tracker:${inner.tagName.toLowerCase()}:${visibleText(inner)}` : 'tracker:(none)';
  }
  return (document.activeElement as HTMLElement | null)?.id || document.activeElement?.tagName || 'nothing';
}

for (const lang of LANGS) {
  describe(`accessibility (lang="${lang}")`, () => {
    describe('axe finds nothing wrong', () => {
      it('when ready (the sample plan)', async () => {
        const el = await trackerFromSrc(PLAN_URL, lang);
        expect(part(el, 'list')).to.exist;
        await expect(el).to.be.accessible();
      });

      it('while loading', async () => {
        const el = await loadingTracker(lang);
        expect(part(el, 'loading')).to.exist;
        await expect(el).to.be.accessible();
      });

      it('when loading failed', async () => {
        const el = await failing('/test-feeds/status/500', lang);
        expect(part(el, 'error')).to.exist;
        await expect(el).to.be.accessible();
      });

      it('when there are no milestones', async () => {
        const el = await trackerWith({milestones: []}, lang);
        expect(part(el, 'empty')).to.exist;
        await expect(el).to.be.accessible();
      });

      it('when some milestones could not be shown', async () => {
        const {result: el} = await captureConsole(() => trackerWith({milestones: [milestone('ok'), {id: 'bad'}]}, lang));
        expect(part(el, 'notice')).to.exist;
        await expect(el).to.be.accessible();
      });
    });

    it('exposes a named region with the title as a heading, milestone headings, links and a polite status', async () => {
      const el = await trackerFromSrc(PLAN_URL, lang);
      const tree = await heard(el);
      const title = lang === 'cy' ? 'Cynllun gweithlu profiad bywyd a chymorth gan gymheiriaid: cerrig milltir' : 'Lived experience and peer support workforce plan: milestones';
      expect(tree[0]).to.deep.equal({role: 'region', name: title});
      expect(tree).to.deep.include({role: 'heading', name: title, level: 2});
      // Chromium's tree folds a heading whose only content is a link into the link, so the linked title is heard as a link.
      const plan = await loadExample<{milestones: Array<{title: Record<Lang, string>; link?: string}>}>('milestone-tracker/plan.json');
      expect(tree.filter((n) => n.role === 'heading' && n.level === 3).map((n) => n.name)).to.deep.equal(plan.milestones.filter((m) => !m.link).map((m) => m.title[lang]));
      expect(tree).to.deep.include({role: 'link', name: lang === 'cy' ? "Lansio'r cynllun strategol" : 'Strategic plan launched'});
      expect(tree).to.deep.include({role: 'status', name: '', live: 'polite'});
      expect(tree).to.deep.include({role: 'StaticText', name: lang === 'cy' ? "Wedi'i hoedi" : 'Delayed'});
      // The status icons are decoration: nothing announces "image" or "graphic".
      expect(tree.filter((n) => /img|image|graphic|svg/i.test(n.role))).to.deep.equal([]);
    });

    it('marks the milestones up as a list of list items (the list survives list-style: none)', async () => {
      const el = await trackerFromSrc(PLAN_URL, lang);
      const list = part(el, 'list')!;
      expect(list.tagName).to.equal('OL');
      // Safari drops list semantics from a list with list-style: none unless the role is explicit.
      expect(list.getAttribute('role')).to.equal('list');
      const items = [...list.children];
      expect(items.map((li) => li.tagName)).to.deep.equal(Array(8).fill('LI')); // 7 milestones + the drawn "today" marker
      // A screen reader hears a list of 7 items, the milestones: the marker is hidden from it ...
      expect(part(el, 'today')!.getAttribute('aria-hidden')).to.equal('true');
      expect(items.filter((li) => li.getAttribute('aria-hidden') !== 'true').map((li) => li.getAttribute('part'))).to.have.length(7);
      const tree = await heard(el);
      // ... and hears "Today: ..." where the marker is drawn, just before the first milestone still to come.
      const words = tree.filter((n) => n.role === 'StaticText' || n.role === 'heading' || n.role === 'link').map((n) => n.name);
      const todayAt = words.indexOf(TODAY_WORDS[lang]);
      expect(todayAt, words.join(' | ')).to.be.greaterThan(-1);
      expect(words.filter((w) => w === TODAY_WORDS[lang])).to.have.length(1);
      const plan = await loadExample<{milestones: Array<{id: string; title: Record<Lang, string>}>}>('milestone-tracker/plan.json');
      const next = plan.milestones.find((m) => m.id === 'first-year-review')!.title[lang];
      expect(words.slice(todayAt + 1, todayAt + 2)).to.deep.equal([next]);
    });

    it('says "Today" after the last milestone when every milestone has begun', async () => {
      const el = await trackerWith({milestones: [milestone('a', {date: '2025-01-01', title: 'First'}), milestone('b', {date: '2025-06-01', title: 'Second'})]}, lang, {today: '2026-11-25'});
      const words = (await heard(el)).filter((n) => n.role === 'StaticText' || n.role === 'heading').map((n) => n.name);
      expect(words.indexOf('Second')).to.be.greaterThan(-1);
      expect(words.indexOf(TODAY_WORDS[lang])).to.be.greaterThan(words.indexOf('Second'));
    });

    it('lets Tab reach each milestone link in order, and nothing else', async () => {
      const {result: page} = await captureConsole(() =>
        fixture<HTMLDivElement>(html`<div>
        <button id="before">Before</button>
        <profiad-milestone-tracker
          lang=${lang}
          today="2026-11-25"
          .milestones=${{
            milestones: [
              milestone('third', {date: '2026-03-01', link: 'https://example.org/3', title: 'Third'}),
              milestone('first', {date: '2026-01-01', link: 'https://example.org/1', title: 'First'}),
              milestone('unsafe', {date: '2026-02-01', link: 'javascript:alert(1)', title: 'Unsafe'}),
              milestone('second', {date: '2026-02-02', link: 'mailto:a@example.org', title: 'Second'}),
              milestone('plain', {date: '2026-04-01', title: 'Plain'}),
            ],
          }}
        ></profiad-milestone-tracker>
        <button id="after">After</button>
      </div>`),
      );
      const el = page.querySelector('profiad-milestone-tracker')!;
      await el.updateComplete;
      page.querySelector<HTMLButtonElement>('#before')!.focus();
      const stops: string[] = [];
      for (let i = 0; i < 4; i++) {
        await sendKeys({press: 'Tab'});
        stops.push(focusedName(el));
      }
      expect(stops).to.deep.equal(['tracker:a:First', 'tracker:a:Second', 'tracker:a:Third', 'after']);
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'Tab'});
      await sendKeys({up: 'Shift'});
      expect(focusedName(el)).to.equal('tracker:a:Third');
    });

    it('lets Tab reach the retry button, and keeps focus inside the tracker after Enter', async () => {
      await captureConsole(async () => {
        const page = await fixture<HTMLDivElement>(html`<div>
          <button id="before">Before</button>
          <profiad-milestone-tracker lang=${lang} src="/test-feeds/status/500"></profiad-milestone-tracker>
          <button id="after">After</button>
        </div>`);
        const el = page.querySelector('profiad-milestone-tracker')!;
        await until(() => part(el, 'retry-button') !== null, 'the error state');
        page.querySelector<HTMLButtonElement>('#before')!.focus();
        await sendKeys({press: 'Tab'});
        expect(focusedName(el)).to.equal(`tracker:button:${RETRY[lang]}`);

        const failedAgain = nextEvent(el, 'profiad-error');
        await sendKeys({press: 'Enter'});
        // The button goes away while loading: focus moves to the tracker, not to <body>.
        expect(focusedName(el)).to.match(/^tracker:section:/);
        expect(shadow(el).activeElement?.getAttribute('part')).to.equal('base');
        await failedAgain;
        await el.updateComplete;
        expect(focusedName(el)).to.match(/^tracker:section:/);
        expect(part(el, 'error')).to.exist;
        // And the next Tab reaches the new "Try again" button.
        await sendKeys({press: 'Tab'});
        expect(focusedName(el)).to.equal(`tracker:button:${RETRY[lang]}`);
      });
    });

    it(`announces "${LOADING[lang]}" politely while loading, and clears it once loaded`, async () => {
      const el = document.createElement('profiad-milestone-tracker');
      el.lang = lang;
      el.src = '/test-feeds/slow?ms=400';
      const loaded = nextEvent(el, 'profiad-load');
      await fixture(el);
      const status = shadow(el).querySelector('[role=status]')!;
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(visibleText(status)).to.equal(LOADING[lang]);
      // The visible copy is hidden from screen readers, so it is not read twice.
      expect(visibleText(part(el, 'loading'))).to.equal(LOADING[lang]);
      expect(part(el, 'loading')!.getAttribute('aria-hidden')).to.equal('true');
      await loaded;
      await el.updateComplete;
      expect(visibleText(status)).to.equal('');
      expect(markup(part(el, 'loading'))).to.equal(null);
    });

    for (const [kind, src, timeout] of [
      ['http', '/test-feeds/status/500', undefined],
      ['format', '/test-feeds/html', undefined],
      ['timeout', '/test-feeds/hang', '300'],
      // Another origin (127.0.0.1 rather than localhost) that sends no CORS headers: the browser refuses the response.
      ['network', `http://127.0.0.1:${location.port}${PLAN_URL}`, undefined],
    ] as const) {
      it(`alerts a ${kind} failure in the reader's language, with advice for it and a retry button`, async () => {
        const el = await failing(src, lang, timeout);
        const alert = shadow(el).querySelector('[role=alert]');
        expect(alert?.getAttribute('part')).to.equal('error');
        const paragraphs = [...alert!.querySelectorAll('p')].map(visibleText);
        expect(paragraphs).to.deep.equal([FAILED[lang], ADVICE[lang][kind], RETRY[lang]]);
        expect(alert!.querySelector('button')?.getAttribute('type')).to.equal('button');
      });
    }
  });
}
