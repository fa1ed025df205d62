/**
 * The HTML recipes (examples/recipes/html/, docs/recipes/) work as pasted: a
 * plain page, a WordPress Custom HTML block and a Drupal block, each under the
 * Content Security Policy its recipe names (Trusted Types with only Lit's
 * `lit-html` policy allowed), loading the built dist/ from where the recipe
 * copied it. Every element renders, every feed loads, and nothing is refused.
 */
import {expect} from '@open-wc/testing';
import {until} from '../helpers/fixtures.js';

interface CspWindow extends Window {
  __cspViolations: Array<{directive: string; blocked: string; sample: string}>;
  __profiadLoads: number;
}

const RECIPES: Record<string, {tags: string[]; langs: string[]}> = {
  'plain-page': {tags: ['profiad-event-calendar', 'profiad-milestone-tracker'], langs: ['cy', 'en']},
  'wordpress-block': {tags: ['profiad-milestone-tracker'], langs: ['en']},
  'drupal-block': {tags: ['profiad-story-carousel', 'profiad-contact-form'], langs: ['en', 'en']},
};

describe('recipes: the HTML recipes under their Content Security Policy', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const [name, expected] of Object.entries(RECIPES)) {
    it(`${name}: every element renders and loads, with no policy violation`, async () => {
      frame = document.createElement('iframe');
      frame.style.cssText = 'width: 900px; height: 700px; border: 0';
      const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, {once: true}));
      frame.src = `/recipe-pages/${name}.html`;
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow as CspWindow;
      const doc = frame.contentDocument!;
      expect(win.__cspViolations, 'csp-page.js ran').to.be.an('array');

      const elements = [...doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('profiad-')) as Array<HTMLElement & {updateComplete?: Promise<unknown>}>;
      expect(elements.map((el) => el.localName)).to.deep.equal(expected.tags);
      const feeds = elements.filter((el) => el.localName !== 'profiad-contact-form').length;
      await until(() => win.__profiadLoads === feeds, `${feeds} profiad-load event(s) (is dist/ built?)`, 8000);
      for (const [i, el] of elements.entries()) {
        expect(win.customElements.get(el.localName), `<${el.localName}> defined`).to.exist;
        await el.updateComplete;
        const base = el.shadowRoot!.querySelector('[part~="base"]');
        expect(base, `<${el.localName}> rendered`).to.exist;
        expect(base!.getAttribute('lang'), `<${el.localName}>'s language`).to.equal(expected.langs[i]);
      }
      expect(win.__cspViolations).to.deep.equal([]);
    });
  }
});
