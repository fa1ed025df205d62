/** What a reader sees of each milestone, and the summary line, in Welsh and English. */
import {expect} from '@open-wc/testing';
import {summaryText} from '../../src/milestone-tracker/milestone-messages.js';
import type {MilestoneInput} from '../../src/milestone-tracker/milestone-tracker.js';
import {loadExample, visibleText} from '../helpers/fixtures.js';
import {LANGS, PLAN_URL, captureConsole, markup, milestone, milestoneItems, part, readMilestone, shadow, textOf, titles, trackerFromSrc, trackerWith, type Lang} from './tracker-helpers.js';

const STATUS_WORDS: Record<Lang, Record<MilestoneInput['status'], string>> = {
  en: {done: 'Completed', 'in-progress': 'In progress', upcoming: 'Not started', delayed: 'Delayed'},
  cy: {done: "Wedi'i chwblhau", 'in-progress': 'Ar y gweill', upcoming: 'Heb ddechrau', delayed: "Wedi'i hoedi"},
};

const DATE_TEXT: Record<Lang, Record<string, string>> = {
  en: {
    '2026-01-14': 'Wednesday 14 January 2026',
    '2025-11': 'November 2025',
    '2026-spring': 'Spring 2026',
    '2026-summer': 'Summer 2026',
    '2026-winter': 'Winter 2026',
    '2026-Q4': 'Quarter 4 2026',
    '2027': '2027',
  },
  cy: {
    '2026-01-14': 'Dydd Mercher, 14 Ionawr 2026',
    '2025-11': 'Tachwedd 2025',
    '2026-spring': 'Gwanwyn 2026',
    '2026-summer': 'Haf 2026',
    '2026-winter': 'Gaeaf 2026',
    '2026-Q4': 'Chwarter 4 2026',
    '2027': '2027',
  },
};

for (const lang of LANGS) {
  describe(`milestones (lang="${lang}")`, () => {
    it('shows the sample plan: its title, every milestone with its title, date, status and description', async () => {
      const plan = await loadExample<{title: {en: string; cy: string}; milestones: Array<{id: string; title: {en: string; cy: string}; description?: {en: string; cy: string}}>}>(
        'milestone-tracker/plan.json',
      );
      const el = await trackerFromSrc(PLAN_URL, lang);
      expect(textOf(el, 'heading')).to.equal(plan.title[lang]);
      const shown = milestoneItems(el).map(readMilestone);
      expect(shown).to.have.length(plan.milestones.length);
      // The sample plan is already in date order.
      expect(shown.map((m) => m.title)).to.deep.equal(plan.milestones.map((m) => m.title[lang]));
      expect(shown.map((m) => m.description)).to.deep.equal(plan.milestones.map((m) => m.description?.[lang]));
      expect(shown[2]!.date).to.equal(DATE_TEXT[lang]['2026-01-14']);
      expect(shown[3]!.date).to.equal(DATE_TEXT[lang]['2026-spring']);
      expect(shown[5]!.date).to.equal(DATE_TEXT[lang]['2026-Q4']);
      expect(shown[6]!.date).to.equal('2027');
      expect(shown[3]!.link).to.equal('https://heiw.nhs.wales/');
    });

    it('puts milestones in date order, imprecise dates among exact ones, equal dates in feed order', async () => {
      const feed = [
        milestone('q4', {date: '2026-Q4'}),
        milestone('tie-1', {date: '2026-06-10'}),
        milestone('jan14', {date: '2026-01-14'}),
        milestone('summer-1', {date: '2026-summer'}),
        milestone('spring', {date: '2026-spring'}),
        milestone('y2027', {date: '2027'}),
        milestone('tie-2', {date: '2026-06-10'}),
        milestone('mar1', {date: '2026-03-01'}),
        milestone('summer-2', {date: '2026-summer'}),
        milestone('dec', {date: '2025-12'}),
        milestone('tie-3', {date: '2026-06-10'}),
        milestone('y2026', {date: '2026'}),
      ];
      const el = await trackerWith({milestones: feed}, lang);
      expect(milestoneItems(el).map((li) => li.dataset.id)).to.deep.equal([
        'dec', // December 2025
        'y2026', // the year 2026 begins on 1 January
        'jan14',
        'mar1', // begins with spring, but narrower
        'spring',
        'summer-1', // summer begins on 1 June, before 10 June
        'summer-2',
        'tie-1',
        'tie-2',
        'tie-3',
        'q4',
        'y2027',
      ]);
    });

    it('writes each kind of date as a reader would say it', async () => {
      const dates = Object.keys(DATE_TEXT[lang]);
      const el = await trackerWith({milestones: dates.map((date, i) => milestone(`m${i}`, {date}))}, lang);
      const shown = Object.fromEntries(milestoneItems(el).map((li) => [dates[Number(li.dataset.id!.slice(1))]!, readMilestone(li).date]));
      expect(shown).to.deep.equal(DATE_TEXT[lang]);
    });

    it('marks up dates with <time datetime> where HTML has a format for them, and only there', async () => {
      const el = await trackerWith({milestones: ['2026-01-14', '2025-11', '2027', '2026-spring', '2026-Q4'].map((date) => milestone(date, {date}))}, lang);
      const time = (id: string) => shadow(el).querySelector(`[data-id="${id}"] [part=date] time`);
      expect(time('2026-01-14')?.getAttribute('datetime')).to.equal('2026-01-14');
      expect(time('2025-11')?.getAttribute('datetime')).to.equal('2025-11');
      expect(time('2027')?.getAttribute('datetime')).to.equal('2027');
      // HTML has no machine-readable season or quarter; a <time> would claim "Spring 2026" is one.
      expect(markup(time('2026-spring'))).to.equal(null);
      expect(markup(time('2026-Q4'))).to.equal(null);
      expect(visibleText(shadow(el).querySelector('[data-id="2026-Q4"] [part=date]'))).to.equal(DATE_TEXT[lang]['2026-Q4']);
    });

    it('says each status in words, with a different icon shape for each, never colour alone', async () => {
      const statuses = ['done', 'in-progress', 'upcoming', 'delayed', 'done'] as const;
      const el = await trackerWith({milestones: statuses.map((status, i) => milestone(`m${i}`, {status}))}, lang);
      const items = milestoneItems(el);
      expect(items.map((li) => readMilestone(li).status)).to.deep.equal(statuses.map((s) => STATUS_WORDS[lang][s]));

      // The shape without any colour: remove every paint attribute and compare what is left.
      const shape = (li: HTMLElement) => {
        const svg = li.querySelector('[part=marker] svg')!.cloneNode(true) as SVGElement;
        for (const node of svg.querySelectorAll('*')) for (const attr of ['fill', 'stroke', 'color', 'style', 'class']) node.removeAttribute(attr);
        return svg.innerHTML.replace(/<!--.*?-->/g, '');
      };
      const shapes = items.map(shape);
      expect(new Set(shapes.slice(0, 4)).size, 'four statuses, four shapes').to.equal(4);
      expect(shapes[4], 'the same status, the same shape').to.equal(shapes[0]);
      for (const li of items) {
        expect(li.querySelector('[part=marker]')!.getAttribute('aria-hidden'), 'the icon is decoration; the words carry the status').to.equal('true');
      }
    });

    it('shows a description only when there is one', async () => {
      const el = await trackerWith({milestones: [milestone('with', {description: {en: 'What happened', cy: 'Beth ddigwyddodd'}}), milestone('without', {date: '2026-02-01'})]}, lang);
      const [withDescription, without] = milestoneItems(el);
      expect(readMilestone(withDescription!).description).to.equal(lang === 'cy' ? 'Beth ddigwyddodd' : 'What happened');
      expect(markup(without!.querySelector('[part=description]'))).to.equal(null);
    });

    it('links a title only to a safe address', async () => {
      const {result: el, warnings} = await captureConsole(() =>
        trackerWith(
          {
            milestones: [
              milestone('https', {link: 'https://example.org/plan'}),
              milestone('mail', {link: 'mailto:team@example.org', date: '2026-01-15'}),
              milestone('relative', {link: '/plan/review', date: '2026-01-16'}),
              milestone('js', {link: 'javascript:alert(1)', date: '2026-01-17'}),
              milestone('data', {link: 'data:text/html,<script>alert(1)</script>', date: '2026-01-18'}),
              milestone('none', {date: '2026-01-19'}),
            ],
          },
          lang,
        ),
      );
      const links = Object.fromEntries(milestoneItems(el).map((li) => [li.dataset.id, readMilestone(li).link]));
      expect(links).to.deep.equal({
        https: 'https://example.org/plan',
        mail: 'mailto:team@example.org',
        relative: new URL('/plan/review', document.baseURI).href,
        js: undefined,
        data: undefined,
        none: undefined,
      });
      // The unsafe ones still show their title, as plain text.
      expect(titles(el)).to.include('Milestone js');
      // The page author learns which items lost their link, and why.
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.contain('item 4 (id "js")').and.contain('"link"').and.contain('javascript:alert(1)');
      expect(warnings[1]).to.contain('item 5 (id "data")').and.contain('"link"');
    });

    it('falls back to the other language inside an element with that lang, so it is pronounced right', async () => {
      const other: Lang = lang === 'cy' ? 'en' : 'cy';
      const el = await trackerWith(
        {
          title: {[other]: `Plan (${other} only)`},
          milestones: [
            milestone('one-language', {title: {[other]: `Title (${other} only)`}, description: {[other]: `Description (${other} only)`}}),
            milestone('both', {title: {en: 'English title', cy: 'Teitl Cymraeg'}, date: '2026-02-01'}),
          ],
        },
        lang,
      );
      const heading = part(el, 'heading')!;
      expect(heading.querySelector(`span[lang="${other}"]`)?.textContent).to.equal(`Plan (${other} only)`);
      const [oneLanguage, both] = milestoneItems(el);
      expect(oneLanguage!.querySelector(`[part=title] span[lang="${other}"]`)?.textContent).to.equal(`Title (${other} only)`);
      expect(oneLanguage!.querySelector(`[part=description] span[lang="${other}"]`)?.textContent).to.equal(`Description (${other} only)`);
      // Text in the reader's own language needs no marking: it inherits the widget's lang.
      expect(readMilestone(both!).title).to.equal(lang === 'cy' ? 'Teitl Cymraeg' : 'English title');
      expect(markup(both!.querySelector('[part=title] [lang]'))).to.equal(null);
      expect(part(el, 'base')!.getAttribute('lang')).to.equal(lang);
    });
  });
}

describe('summary line', () => {
  const feedOf = (total: number, done: number) => ({
    milestones: Array.from({length: total}, (_, i) => milestone(`m${i}`, {status: i < done ? 'done' : 'upcoming', date: `2026-01-${String(i + 1).padStart(2, '0')}`})),
  });
  const summaryFor = async (total: number, done: number, lang: Lang) => textOf(await trackerWith(feedOf(total, done), lang), 'summary');

  it('counts completed milestones in English, as a label before the figures', async () => {
    expect(await summaryFor(7, 3, 'en')).to.equal('Milestones completed: 3 of 7');
    expect(await summaryFor(1, 1, 'en')).to.equal('Milestones completed: 1 of 1');
    expect(await summaryFor(2, 0, 'en')).to.equal('Milestones completed: 0 of 2');
  });

  // A noun after a figure mutates by the number in Welsh, and a singular noun after a figure reads
  // well only up to 10: the label form reads right for every total (a translator's review).
  it('counts completed milestones in Welsh with the label form for every total', async () => {
    for (const [total, done] of [
      [1, 1],
      [2, 1],
      [3, 2],
      [6, 4],
      [7, 3],
      [11, 4],
      [31, 20],
    ] as const) {
      expect(await summaryFor(total, done, 'cy'), String(total)).to.equal(`Cerrig milltir wedi'u cwblhau: ${done} o ${total}`);
    }
  });

  it('has a sentence of its own for no milestones at all', () => {
    expect(summaryText('en', 0, 0)).to.equal('There are no milestones yet');
    expect(summaryText('cy', 0, 0)).to.equal('Does dim cerrig milltir eto');
  });

  it('reads the same way for the largest plans', () => {
    expect(summaryText('cy', 120, 500)).to.equal("Cerrig milltir wedi'u cwblhau: 120 o 500");
    expect(summaryText('en', 120, 500)).to.equal('Milestones completed: 120 of 500');
  });

  it('shows the empty message, not a summary, for a feed with no milestones', async () => {
    for (const [lang, sentence] of [
      ['en', 'There are no milestones to show'],
      ['cy', "Does dim cerrig milltir i'w dangos"],
    ] as const) {
      const el = await trackerWith({milestones: []}, lang);
      expect(textOf(el, 'empty')).to.equal(sentence);
      expect(markup(part(el, 'summary'))).to.equal(null);
      expect(markup(part(el, 'list'))).to.equal(null);
    }
  });
});
