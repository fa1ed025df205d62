/** The "Today" marker: where it sits between past and future, and what it says. */
import {expect, fixture, html} from '@open-wc/testing';
import type {ProfiadMilestoneTracker} from '../../src/milestone-tracker/milestone-tracker.js';
import {LANGS, PLAN_URL, milestone, textOf, timelineOrder, trackerFromSrc, trackerWith, type Lang} from './tracker-helpers.js';

const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TODAY_TEXT: Record<Lang, string> = {en: 'Today: 25 November 2026', cy: 'Heddiw: 25 Tachwedd 2026'};

/** The calendar date in London right now, computed independently of the element's code. */
function londonToday(): {year: number; month: number; day: number} {
  const parts = new Intl.DateTimeFormat('en-GB', {timeZone: 'Europe/London', year: 'numeric', month: 'numeric', day: 'numeric'}).formatToParts(new Date());
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return {year: get('year'), month: get('month'), day: get('day')};
}
const iso = (date: Date) => date.toISOString().slice(0, 10);

for (const lang of LANGS) {
  describe(`today marker (lang="${lang}")`, () => {
    it(`says "${TODAY_TEXT[lang]}"`, async () => {
      const el = await trackerWith({milestones: [milestone('a')]}, lang, {today: '2026-11-25'});
      expect(textOf(el, 'today')).to.equal(TODAY_TEXT[lang]);
    });

    it('sits after milestones that have begun (an imprecise date that has begun counts) and before the first that has not', async () => {
      const el = await trackerWith(
        {
          milestones: [
            milestone('tomorrow', {date: '2026-11-26'}),
            milestone('quarter', {date: '2026-Q4'}), // 1 October to 31 December: begun
            milestone('january', {date: '2026-01-14', status: 'done'}),
            milestone('next-year', {date: '2027'}),
            milestone('on-the-day', {date: '2026-11-25'}),
            milestone('next-month', {date: '2026-12'}),
          ],
        },
        lang,
        {today: '2026-11-25'},
      );
      expect(timelineOrder(el)).to.deep.equal(['january', 'quarter', 'on-the-day', 'TODAY', 'tomorrow', 'next-month', 'next-year']);
    });

    it('sits in the sample plan between the Quarter 4 work and the 2027 review', async () => {
      const el = await trackerFromSrc(PLAN_URL, lang, {today: '2026-11-25'});
      expect(timelineOrder(el).slice(-3)).to.deep.equal(['roles-agreed', 'TODAY', 'first-year-review']);
    });

    it('comes first when every milestone is still to come', async () => {
      const el = await trackerWith({milestones: [milestone('b', {date: '2026-spring'}), milestone('a', {date: '2026-01-14'})]}, lang, {today: '2025-12-31'});
      expect(timelineOrder(el)).to.deep.equal(['TODAY', 'a', 'b']);
      expect(textOf(el, 'today')).to.equal(lang === 'cy' ? 'Heddiw: 31 Rhagfyr 2025' : 'Today: 31 December 2025');
    });

    it('comes last when every milestone has begun', async () => {
      const el = await trackerWith({milestones: [milestone('b', {date: '2026'}), milestone('a', {date: '2025-autumn'})]}, lang, {today: '2026-01-01'});
      expect(timelineOrder(el)).to.deep.equal(['a', 'b', 'TODAY']);
    });

    it('uses the current date in Europe/London when no "today" is given', async () => {
      const now = londonToday();
      const noon = Date.UTC(now.year, now.month - 1, now.day, 12);
      const el = await fixture<ProfiadMilestoneTracker>(html`<profiad-milestone-tracker
        lang=${lang}
        .milestones=${{
          milestones: [
            milestone('tomorrow', {date: iso(new Date(noon + 86_400_000))}),
            milestone('today', {date: iso(new Date(noon))}),
            milestone('yesterday', {date: iso(new Date(noon - 86_400_000))}),
          ],
        }}
      ></profiad-milestone-tracker>`);
      const month = (lang === 'cy' ? WELSH_MONTHS : ENGLISH_MONTHS)[now.month - 1];
      expect(textOf(el, 'today')).to.equal(`${lang === 'cy' ? 'Heddiw' : 'Today'}: ${now.day} ${month} ${now.year}`);
      expect(timelineOrder(el)).to.deep.equal(['yesterday', 'today', 'TODAY', 'tomorrow']);
    });

    it('ignores a "today" that is not a real date and uses the current date', async () => {
      const now = londonToday();
      const el = await trackerWith({milestones: [milestone('a')]}, lang, {today: '2026-02-30'});
      expect(textOf(el, 'today')).to.contain(` ${now.year}`).and.contain(`${now.day} `);
    });
  });
}
