/**
 * The bridge to @lit/localize (src/core/dom-free/translate.ts). Fails loudly
 * when an upgrade of @lit/localize changes what it relies on: the shape of
 * the generated Welsh templates and of `str` results.
 */
import {expect} from '@open-wc/testing';
import {str} from '@lit/localize';
import {templates} from '../../src/generated/locales/cy.js';
import {translator} from '../../src/core/dom-free/translate.js';
import {welsh as calendarWelsh} from '../../src/generated/welsh/event-calendar.js';
import {welsh as coreWelsh} from '../../src/generated/welsh/core.js';
import {welsh as storyWelsh} from '../../src/generated/welsh/story-carousel.js';
import {welsh as trackerWelsh} from '../../src/generated/welsh/milestone-tracker.js';
import {welsh as contactWelsh} from '../../src/generated/welsh/contact-form.js';
import {welsh as emailWelsh} from '../../src/generated/welsh/contact-email.js';
import {welsh as urgentWelsh} from '../../src/generated/welsh/urgent-help.js';
import {resultCount} from '../../src/event-calendar/calendar-messages.js';
import {eventName} from '../../src/event-calendar/month-grid/month-messages.js';
import {urgentServiceSentences} from '../../src/core/dom-free/urgent-help.js';

const msgIn = translator(calendarWelsh);

describe('translator', () => {
  it('reads lit-localize build output: ids map to strings or `str` results whose values are the order of the source values', () => {
    const plain = templates['calendar.close' as keyof typeof templates];
    expect(plain).to.equal('Cau');
    const withValues = templates['month.event.name' as keyof typeof templates] as unknown as {strTag: true; strings: readonly string[]; values: readonly number[]};
    expect(withValues.strTag, 'a `str` result').to.equal(true);
    expect(
      withValues.values.every((v) => typeof v === 'number'),
      'values are source positions',
    ).to.equal(true);
    expect(withValues.strings.length).to.equal(withValues.values.length + 1);
    // `str` in the code builds the same shape, with the real values.
    const built = str`${'a'} and ${'b'}` as unknown as {strTag: true; strings: readonly string[]; values: unknown[]};
    expect(built.strTag).to.equal(true);
    expect(built.values).to.deep.equal(['a', 'b']);
  });

  it('gives the English source text for English and the Welsh for Welsh, by id', () => {
    expect(msgIn('en')('Close', {id: 'calendar.close'})).to.equal('Close');
    expect(msgIn('cy')('Close', {id: 'calendar.close'})).to.equal('Cau');
  });

  it('puts each value where the Welsh places it, and numbers by plural category', () => {
    expect(eventName('en', '14:00', 'Gweithdy', 'Dydd Mercher, 14 Ionawr 2026', 'scheduled')).to.equal('14:00, Gweithdy, Dydd Mercher, 14 Ionawr 2026');
    expect(eventName('cy', '14:00', 'Gweithdy', 'Dydd Mercher, 14 Ionawr 2026', 'cancelled')).to.contain('Gweithdy');
    expect(resultCount('en', 2)).to.equal('2 events match the filters');
    expect(resultCount('cy', 2)).to.equal("Mae 2 ddigwyddiad yn cyfateb i'r hidlyddion");
    expect(resultCount('cy', 20)).to.equal("Mae 20 o ddigwyddiadau yn cyfateb i'r hidlyddion");
  });

  it('shows the English, never nothing, for an id without Welsh (which check:welsh stops from shipping)', () => {
    expect(msgIn('cy')('Not translated', {id: 'test.no-such-id'})).to.equal('Not translated');
    expect(msgIn('cy')(str`${3} things`, {id: 'test.no-such-id'})).to.equal('3 things');
  });

  it("each part of the Welsh holds its own ids, all of lit-localize's build between them", () => {
    expect(calendarWelsh['calendar.close']).to.equal('Cau');
    expect(calendarWelsh['story.previous']).to.equal(undefined);
    expect(storyWelsh['story.previous']).to.be.a('string');
    expect(coreWelsh['feed.retry']).to.equal('Rhowch gynnig arall arni');
    // Every string of the build is in exactly one part.
    const parts = [coreWelsh, urgentWelsh, calendarWelsh, trackerWelsh, storyWelsh, contactWelsh, emailWelsh];
    const inParts = parts.flatMap((part) => Object.keys(part)).sort();
    expect(inParts).to.deep.equal(Object.keys(templates).sort());
  });

  it("puts an author's wording first, by id, in the language asked for, and profiad's where the author gave none", () => {
    const wording = {'calendar.close': {en: 'Done', cy: 'Wedi gorffen'}, 'calendar.view.month': {cy: 'Grid'}};
    expect(msgIn({locale: 'en', wording})('Close', {id: 'calendar.close'})).to.equal('Done');
    expect(msgIn({locale: 'cy', wording})('Close', {id: 'calendar.close'})).to.equal('Wedi gorffen');
    expect(msgIn({locale: 'en', wording})('Month', {id: 'calendar.view.month'})).to.equal('Month');
    expect(msgIn({locale: 'cy', wording})('Month', {id: 'calendar.view.month'})).to.equal('Grid');
    expect(msgIn({locale: 'cy', wording})('List', {id: 'calendar.view.list'})).to.equal('Rhestr');
    // A plain locale is a language with no wording of the author's.
    expect(msgIn('cy')('Close', {id: 'calendar.close'})).to.equal('Cau');
  });

  it('fills {0}, {1}… with the values in the order the English has them, whatever order the author writes them in', () => {
    const wording = {'month.event.name': {en: '{1} at {0} on {2}', cy: '{1} ({2}, {0})'}, 'calendar.count.other': {en: 'Matches: {0}'}};
    expect(eventName({locale: 'en', wording}, '14:00', 'Workshop', 'Wednesday 14 January 2026', 'scheduled')).to.equal('Workshop at 14:00 on Wednesday 14 January 2026');
    expect(eventName({locale: 'cy', wording}, '14:00', 'Gweithdy', 'Dydd Mercher, 14 Ionawr 2026', 'scheduled')).to.equal('Gweithdy (Dydd Mercher, 14 Ionawr 2026, 14:00)');
    expect(resultCount({locale: 'en', wording}, 20)).to.equal('Matches: 20');
    // A placeholder past the message's values is left as written; a message without values shows the text as given.
    expect(msgIn({locale: 'en', wording: {'calendar.close': {en: 'Close {0}'}}})('Close', {id: 'calendar.close'})).to.equal('Close {0}');
    expect(msgIn({locale: 'en', wording: {'calendar.count.other': {en: '{0} of {3}'}}})(str`${4} events match the filters`, {id: 'calendar.count.other'})).to.equal('4 of {3}');
  });

  it('gives a sentence with a number in it to its caller with the number where the author put it', () => {
    const wording = {'urgent.emergency': {en: 'Call {0} in an emergency'}};
    expect(urgentServiceSentences({locale: 'en', wording})[0]).to.equal('Call 999 in an emergency');
    expect(urgentServiceSentences({locale: 'cy', wording})[0]).to.equal(urgentServiceSentences('cy')[0]);
  });

  it('depends on nothing but its argument: messages built across awaits keep their language', async () => {
    const build = async (locale: 'en' | 'cy', wait: number) => {
      await new Promise((resolve) => setTimeout(resolve, wait));
      return msgIn(locale)('Close', {id: 'calendar.close'});
    };
    expect(await Promise.all([build('cy', 5), build('en', 0), build('cy', 0), build('en', 5)])).to.deep.equal(['Cau', 'Close', 'Cau', 'Close']);
  });
});
