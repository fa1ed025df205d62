/** A change of language, on the element, an ancestor or <html>, switches every word the tracker shows, live. */
import {expect, fixture, html} from '@open-wc/testing';
import type {ProfiadMilestoneTracker} from '../../src/milestone-tracker/milestone-tracker.js';
import {loadExample} from '../helpers/fixtures.js';
import {captureConsole, milestone, part, settle, shadowText, textOf, trackerFromSrc, trackerWith, type FeedInput} from './tracker-helpers.js';

const ENGLISH_WORDS = [
  ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  ...['Completed', 'In progress', 'Not started', 'Delayed', 'Today', 'Spring', 'Summer', 'Autumn', 'Winter', 'Quarter'],
  ...['milestones?', 'completed', 'of', 'Loading', 'Try again', 'could not', 'Sorry'],
];
const WELSH_WORDS = ['Ionawr', 'Tachwedd', 'Dydd', 'Heddiw', "Wedi'i", 'Ar y gweill', 'Heb ddechrau', 'Gwanwyn', 'Chwarter', 'carreg', 'Cerrig', "wedi'u cwblhau", 'Rhowch'];

/** Every listed word found in `text` as a whole word. */
const wordsIn = (text: string, words: string[]) => words.filter((word) => new RegExp(`(^|[^\\p{L}'])${word}($|[^\\p{L}])`, 'iu').test(text));

/** Every kind of date and status, plus the sample plan's bilingual content. */
async function everything(): Promise<FeedInput> {
  const plan = await loadExample<{title: unknown; milestones: FeedInput & unknown[]}>('milestone-tracker/plan.json');
  return {
    title: plan.title,
    milestones: [
      ...(plan.milestones as never[]),
      milestone('day', {date: '2026-12-01', status: 'delayed', title: {en: 'A day', cy: 'Diwrnod'}}),
      milestone('summer', {date: '2026-summer', status: 'in-progress', title: {en: 'Summer work', cy: 'Gwaith yr haf'}}),
      milestone('winter', {date: '2026-winter', status: 'upcoming', title: {en: 'Winter work', cy: 'Gwaith y gaeaf'}}),
      milestone('quarter', {date: '2027-Q1', status: 'upcoming', title: {en: 'First quarter', cy: 'Chwarter cyntaf'}}),
    ],
  };
}

describe('live language switch', () => {
  const originalLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = originalLang;
  });

  it("switches every word when the element's own lang changes, with no English left in Welsh", async () => {
    const el = await trackerWith(await everything(), 'en', {today: '2026-11-25'});
    expect(textOf(el, 'summary')).to.equal('Milestones completed: 4 of 11');
    expect(textOf(el, 'today')).to.equal('Today: 25 November 2026');
    expect(wordsIn(shadowText(el), WELSH_WORDS), 'Welsh in English mode').to.deep.equal([]);

    el.lang = 'cy';
    await settle(el);
    expect(textOf(el, 'summary')).to.equal("Cerrig milltir wedi'u cwblhau: 4 o 11");
    expect(textOf(el, 'today')).to.equal('Heddiw: 25 Tachwedd 2026');
    expect(textOf(el, 'heading')).to.equal('Cynllun gweithlu profiad bywyd a chymorth gan gymheiriaid: cerrig milltir');
    const dates = [...el.shadowRoot!.querySelectorAll('[part=date]')].map((p) => p.textContent!.trim());
    expect(dates).to.include.members(['Dydd Mercher, 14 Ionawr 2026', 'Dydd Mawrth, 1 Rhagfyr 2026', 'Gwanwyn 2026', 'Haf 2026', 'Gaeaf 2026', 'Chwarter 1 2027', 'Tachwedd 2025', 'Medi 2026']);
    const statuses = new Set([...el.shadowRoot!.querySelectorAll('[part=status-label]')].map((p) => p.textContent!.trim()));
    expect([...statuses].sort()).to.deep.equal(['Ar y gweill', 'Heb ddechrau', "Wedi'i chwblhau", "Wedi'i hoedi"]);
    expect(wordsIn(shadowText(el), ENGLISH_WORDS), 'English in Welsh mode').to.deep.equal([]);
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('cy');

    el.lang = 'en';
    await settle(el);
    expect(textOf(el, 'summary')).to.equal('Milestones completed: 4 of 11');
    expect(wordsIn(shadowText(el), WELSH_WORDS), 'Welsh left after switching back').to.deep.equal([]);
  });

  it('follows <html lang> when neither the element nor an ancestor has one', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<ProfiadMilestoneTracker>(html`<profiad-milestone-tracker today="2026-11-25" .milestones=${await everything()}></profiad-milestone-tracker>`);
    expect(textOf(el, 'today')).to.equal('Today: 25 November 2026');

    document.documentElement.lang = 'cy-GB';
    await settle(el);
    expect(textOf(el, 'today')).to.equal('Heddiw: 25 Tachwedd 2026');
    expect(textOf(el, 'summary')).to.equal("Cerrig milltir wedi'u cwblhau: 4 o 11");
    expect(wordsIn(shadowText(el), ENGLISH_WORDS)).to.deep.equal([]);

    document.documentElement.lang = 'en-GB';
    await settle(el);
    expect(textOf(el, 'today')).to.equal('Today: 25 November 2026');
  });

  it('follows a change of lang on an ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="cy"><profiad-milestone-tracker today="2026-11-25" .milestones=${{milestones: [milestone('a', {status: 'done'})]}}></profiad-milestone-tracker></div>`,
    );
    const el = wrapper.firstElementChild as ProfiadMilestoneTracker;
    await el.updateComplete;
    expect(textOf(el, 'summary')).to.equal("Cerrig milltir wedi'u cwblhau: 1 o 1");
    wrapper.lang = 'en';
    await settle(el);
    expect(textOf(el, 'summary')).to.equal('Milestones completed: 1 of 1');
  });

  it('switches the error message, its advice and the retry button', async () => {
    const {result: el} = await captureConsole(() => trackerFromSrc('/test-feeds/status/404', 'en'));
    expect(shadowText(el)).to.contain('We could not load the milestones');
    el.lang = 'cy';
    await settle(el);
    expect(textOf(el, 'error')).to.equal("Nid oedd modd llwytho'r cerrig milltir Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth. Rhowch gynnig arall arni yn nes ymlaen. Rhowch gynnig arall arni");
    expect(wordsIn(shadowText(el), ENGLISH_WORDS)).to.deep.equal([]);
  });

  it('switches the loading announcement', async () => {
    const el = await fixture<ProfiadMilestoneTracker>(html`<profiad-milestone-tracker lang="en" src="/test-feeds/hang" timeout="10000"></profiad-milestone-tracker>`);
    expect(textOf(el, 'status')).to.equal('Loading milestones…');
    el.lang = 'cy';
    await settle(el);
    expect(textOf(el, 'status')).to.equal("Wrthi'n llwytho cerrig milltir…");
    expect(textOf(el, 'loading')).to.equal("Wrthi'n llwytho cerrig milltir…");
  });
});
