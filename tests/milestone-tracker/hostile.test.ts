/**
 * Broken and hostile feeds: the reader gets a clear message in their language
 * and every valid milestone; the page author gets one precise console line per
 * problem; nothing in a feed ever runs as code or becomes markup.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {MAX_MILESTONES, type ProfiadMilestoneTracker} from '../../src/milestone-tracker/milestone-tracker.js';
import type {ProfiadErrorDetail} from '../../src/core/dom-free/feed-types.js';
import {nextEvent, visibleText} from '../helpers/fixtures.js';
import {captureConsole, LANGS, markup, milestone, milestoneItems, part, PLAN_URL, readMilestone, shadow, textOf, titles, trackerFromSrc, trackerWith, type Lang} from './tracker-helpers.js';
import {afterImagesFail, PAYLOADS} from '../helpers/hostile.js';

const NOTICE: Record<Lang, string> = {en: 'Some milestones could not be shown.', cy: 'Nid oedd modd dangos rhai cerrig milltir.'};
const FAILED: Record<Lang, string> = {en: 'We could not load the milestones', cy: "Nid oedd modd llwytho'r cerrig milltir"};

/** Elements that would only exist if feed text had become markup. */
const INJECTED = 'script, img, iframe, object, embed, b, i, [onerror], [onload]';

for (const lang of LANGS) {
  describe(`hostile feeds (lang="${lang}")`, () => {
    beforeEach(() => {
      delete window.__pwned;
    });
    afterEach(() => {
      expect(window.__pwned, 'no feed content ran as script').to.equal(undefined);
    });

    it('shows HTML and script in every text field as text, and runs none of it', async () => {
      for (const payload of PAYLOADS) {
        const feed = {
          title: {en: `${payload} en`, cy: `${payload} cy`},
          milestones: [
            milestone('string', {title: payload, description: payload}),
            milestone('bilingual', {title: {en: `${payload} en`, cy: `${payload} cy`}, description: {en: `${payload} en`, cy: `${payload} cy`}, date: '2026-02-01'}),
            milestone(`id ${payload}`, {date: '2026-03-01'}),
          ],
        };
        const el = await trackerWith(feed, lang);
        await afterImagesFail();
        expect(markup(shadow(el).querySelector(INJECTED)), `nothing injected by ${payload}`).to.equal(null);
        expect(textOf(el, 'heading')).to.equal(visibleText(document.createTextNode(`${payload} ${lang}`)));
        const [asString, asBilingual, byId] = milestoneItems(el).map(readMilestone);
        expect(asString!.title).to.equal(visibleText(document.createTextNode(payload)));
        expect(asString!.description).to.equal(visibleText(document.createTextNode(payload)));
        expect(asBilingual!.title).to.equal(visibleText(document.createTextNode(`${payload} ${lang}`)));
        expect(asBilingual!.description).to.equal(visibleText(document.createTextNode(`${payload} ${lang}`)));
        expect(byId!.title).to.equal(`Milestone id ${payload}`);
      }
    });

    it('leaves out items of the wrong type or with missing or invalid fields, warns about each, and shows the rest', async () => {
      const feed = {
        milestones: [
          milestone('ok-1', {date: '2026-01-01'}),
          null,
          42,
          'a milestone',
          [milestone('nested')],
          {},
          {title: 'No id', date: '2026-01-01', status: 'done'},
          milestone('no-title', {title: undefined}),
          milestone('empty-title', {title: {en: ' ', cy: ''}}),
          milestone('array-title', {title: ['x']}),
          milestone('bad-date', {date: '2026-02-30'}),
          milestone('number-date', {date: 20260114}),
          milestone('bad-status', {status: 'finished'}),
          milestone('bad-description', {description: 42, date: '2026-01-02'}),
          milestone('bad-link', {link: {href: 'https://example.org'}, date: '2026-01-03'}),
          milestone('ok-2', {date: '2026-01-04'}),
        ],
      };
      const {result: el, warnings, errors} = await captureConsole(() => trackerWith(feed, lang));
      expect(titles(el)).to.deep.equal(['Milestone ok-1', 'Milestone bad-description', 'Milestone bad-link', 'Milestone ok-2']);
      expect(readMilestone(milestoneItems(el)[1]!).description).to.equal(undefined);
      expect(readMilestone(milestoneItems(el)[2]!).link).to.equal(undefined);
      expect(textOf(el, 'notice')).to.equal(NOTICE[lang]);
      expect(errors).to.deep.equal([]);

      // One line per problem, naming the item and what is wrong with it.
      const expected: Array<[string, ...string[]]> = [
        ['item 2:', 'expected an object, got null'],
        ['item 3:', 'expected an object, got 42'],
        ['item 4:', 'expected an object, got "a milestone"'],
        ['item 5:', 'expected an object'],
        ['item 6:', '"id" must be', '"title" must be', '"date" must be', '"status" must be'],
        ['item 7:', '"id" must be a non-empty string'],
        ['item 8 (id "no-title")', '"title" must be'],
        ['item 9 (id "empty-title")', '"title" must be'],
        ['item 10 (id "array-title")', '"title" must be'],
        ['item 11 (id "bad-date")', '"date" must be', '"2026-02-30"'],
        ['item 12 (id "number-date")', '"date" must be', '20260114'],
        ['item 13 (id "bad-status")', '"status" must be one of done, in-progress, upcoming, delayed', '"finished"'],
        ['item 14 (id "bad-description")', '"description" must be', 'shown without it'],
        ['item 15 (id "bad-link")', '"link"', 'shown without it'],
      ];
      expect(warnings).to.have.length(expected.length);
      expected.forEach(([where, ...what], i) => {
        expect(warnings[i]).to.contain('profiad-milestone-tracker: property').and.contain(where);
        for (const fragment of what) expect(warnings[i]).to.contain(fragment);
      });
    });

    for (const [name, data, why] of [
      ['a string', 'milestones', '"milestones" array'],
      ['a number', 42, '"milestones" array'],
      ['an object without milestones', {events: []}, '"milestones" array'],
      ['milestones that are not a list', {milestones: {id: 'a'}}, '"milestones" array'],
    ] as const) {
      it(`says it cannot show ${name}, in the reader's language`, async () => {
        const {result: el, errors} = await captureConsole(() => trackerWith(data, lang));
        expect(visibleText(part(el, 'error')!.querySelector('strong'))).to.equal(FAILED[lang]);
        expect(textOf(el, 'error')).to.contain(lang === 'cy' ? "Nid yw'r wybodaeth mewn ffurf y gallwn ei dangos." : 'The information is not in a form we can show.');
        expect(errors).to.have.length(1);
        expect(errors[0]).to.contain('profiad-milestone-tracker: property is not a feed this element can show').and.contain(why);
      });
    }

    it('says it cannot show inline JSON that does not parse', async () => {
      const {result: el, errors} = await captureConsole(async () => {
        const tracker = await fixture<ProfiadMilestoneTracker>(html`<profiad-milestone-tracker lang=${lang}
          ><script type="application/json">{"milestones": [ {"id": "a",</script></profiad-milestone-tracker
        >`);
        await tracker.updateComplete;
        return tracker;
      });
      expect(visibleText(part(el, 'error')!.querySelector('strong'))).to.equal(FAILED[lang]);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('inline <script type="application/json"> is not valid JSON');
    });

    it('shows the milestones without a feed title of the wrong type, and says why', async () => {
      const {result: el, warnings} = await captureConsole(() => trackerWith({title: ['Plan'], milestones: [milestone('a')]}, lang));
      expect(markup(part(el, 'heading'))).to.equal(null);
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal(lang === 'cy' ? 'Cerrig milltir' : 'Milestones');
      expect(titles(el)).to.deep.equal(['Milestone a']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"title" must be a string or {"en", "cy"}').and.contain('no title is shown');
    });

    it('links only to http(s), mailto and tel, however a dangerous scheme is disguised', async () => {
      const unsafe = [
        'javascript:window.__pwned=1',
        'JaVaScRiPt:window.__pwned=1',
        '  javascript:window.__pwned=1',
        'java\tscript:window.__pwned=1',
        'java\nscript:window.__pwned=1',
        '\u0000javascript:window.__pwned=1',
        '\u0001 javascript:window.__pwned=1',
        'data:text/html,<script>window.parent.__pwned=1</script>',
        'DATA:text/html;base64,PHNjcmlwdD53aW5kb3cucGFyZW50Ll9fcHduZWQ9MTwvc2NyaXB0Pg==',
        'vbscript:msgbox(1)',
        'file:///etc/passwd',
        'blob:https://example.org/1234',
      ];
      const safe = ['https://example.org/plan', 'HTTP://example.org/upper', 'tel:+442920000000', 'mailto:tim@example.org'];
      const feed = {milestones: [...unsafe, ...safe].map((link, i) => milestone(`m${String(i).padStart(2, '0')}`, {link, date: `2026-01-${String(i + 1).padStart(2, '0')}`}))};
      const {result: el, warnings} = await captureConsole(() => trackerWith(feed, lang));

      expect(milestoneItems(el)).to.have.length(unsafe.length + safe.length);
      const hrefs = [...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['https://example.org/plan', 'http://example.org/upper', 'tel:+442920000000', 'mailto:tim@example.org']);
      // Every milestone with an unsafe link still shows, as plain text, and the author hears about each.
      expect(warnings).to.have.length(unsafe.length);
      unsafe.forEach((_, i) =>
        expect(warnings[i])
          .to.contain(`(id "m${String(i).padStart(2, '0')}")`)
          .and.contain('is not an http(s), mailto or tel URL'),
      );
    });

    it('keeps the first of two milestones with the same id, and says so', async () => {
      const feed = {
        milestones: [
          milestone('same', {title: 'First with this id', date: '2025-12-01'}),
          milestone('same', {title: 'Second with this id', date: '2026-01-01'}),
          milestone(' same ', {title: 'Third, id with spaces', date: '2026-01-02'}),
          milestone('other', {title: 'Another', date: '2026-01-03'}),
        ],
      };
      const {result: el, warnings} = await captureConsole(() => trackerWith(feed, lang));
      expect(titles(el)).to.deep.equal(['First with this id', 'Another']);
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.contain('item 2 (id "same")').and.contain('"id" "same" is used by an earlier milestone');
      expect(warnings[1]).to.contain('item 3 (id "same")').and.contain('used by an earlier milestone');
      expect(textOf(el, 'notice')).to.equal(NOTICE[lang]);
    });

    it(`shows the first ${MAX_MILESTONES} of 10,000 milestones, in date order, and says some could not be shown`, async () => {
      const start = Date.UTC(2000, 0, 1);
      // Fed in reverse date order, so the first 500 shown must have been sorted, not just cut.
      const feed = {
        milestones: Array.from({length: 10_000}, (_, i) =>
          milestone(`m${i}`, {date: new Date(start + (9_999 - i) * 86_400_000).toISOString().slice(0, 10), status: i % 2 ? 'done' : 'upcoming', title: {en: `Step ${i}`, cy: `Cam ${i}`}}),
        ),
      };
      const {result: el, warnings} = await captureConsole(() => trackerWith(feed, lang));
      const items = milestoneItems(el);
      expect(items).to.have.length(MAX_MILESTONES);
      expect(items[0]!.dataset.id).to.equal('m9999');
      expect(items[MAX_MILESTONES - 1]!.dataset.id).to.equal(`m${10_000 - MAX_MILESTONES}`);
      expect(textOf(el, 'notice')).to.equal(NOTICE[lang]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`10000 items is more than the ${MAX_MILESTONES} this element shows`);
    });

    for (const [name, src, timeout, kind, advice, consoleSays] of [
      [
        'an HTML page instead of a feed',
        '/test-feeds/html',
        undefined,
        'format',
        {en: 'The information is not in a form we can show.', cy: "Nid yw'r wybodaeth mewn ffurf y gallwn ei dangos."},
        ['/test-feeds/html (Content-Type: text/html', 'is not a feed this element can show'],
      ],
      [
        'a 404',
        '/test-feeds/status/404',
        undefined,
        'http',
        {en: 'Sorry, there is a problem with the service.', cy: "Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth."},
        ['/test-feeds/status/404 answered 404 Not Found'],
      ],
      [
        'a 500',
        '/test-feeds/status/500',
        undefined,
        'http',
        {en: 'Sorry, there is a problem with the service.', cy: "Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth."},
        ['/test-feeds/status/500 answered 500 Internal Server Error'],
      ],
      [
        'a server that never answers',
        '/test-feeds/hang',
        '300',
        'timeout',
        {en: 'The service took too long to answer.', cy: 'Cymerodd y gwasanaeth ormod o amser i ateb.'},
        ['/test-feeds/hang did not answer within 300 ms'],
      ],
    ] as const) {
      it(`explains ${name} in the reader's language, offers a retry, and tells the author exactly what happened`, async () => {
        const el = document.createElement('profiad-milestone-tracker');
        el.lang = lang;
        if (timeout) el.setAttribute('timeout', timeout);
        el.src = src;
        const failed = nextEvent<ProfiadErrorDetail>(el, 'profiad-error');
        const {result: event, errors} = await captureConsole(async () => {
          await fixture(el);
          return failed;
        });
        await el.updateComplete;
        await afterImagesFail();
        expect(event.detail.kind).to.equal(kind);
        const alert = shadow(el).querySelector('[role=alert]')!;
        expect(visibleText(alert.querySelector('strong'))).to.equal(FAILED[lang]);
        expect(visibleText(alert)).to.contain(advice[lang]);
        expect(visibleText(alert.querySelector('button'))).to.equal(lang === 'cy' ? 'Rhowch gynnig arall arni' : 'Try again');
        expect(errors).to.have.length(1);
        for (const fragment of consoleSays) expect(errors[0]).to.contain(fragment);
        expect(markup(shadow(el).querySelector(INJECTED))).to.equal(null);
      });
    }

    it('still shows the milestones of one feed when another in src fails', async () => {
      const {result: el, warnings} = await captureConsole(() => trackerFromSrc(`${PLAN_URL} /test-feeds/status/404`, lang));
      expect(milestoneItems(el)).to.have.length(7);
      expect(textOf(el, 'notice')).to.equal(NOTICE[lang]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('/test-feeds/status/404 answered 404');
    });
  });
}
