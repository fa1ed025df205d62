import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {visibleText} from '../helpers/fixtures.js';
import {$, $$, choose, countText, deepActiveElement, listedTitles, sampleEvents, withEvents, type Lang} from './calendar-data.js';

const optionTexts = (el: Element, filter: string) => $$(el, `select[data-filter=${filter}] option`).map(visibleText);
const labelOf = (el: Element, filter: string) => {
  const select = $<HTMLSelectElement>(el, `select[data-filter=${filter}]`)!;
  return visibleText(select.labels[0]!);
};

/** `n` upcoming events in one region, to reach each plural category. */
const inRegion = (n: number, region: string) =>
  Array.from({length: n}, (_, i) => ({id: `${region}-${i}`, title: `${region} ${i}`, start: `2026-01-${String(12 + (i % 15)).padStart(2, '0')}T10:00`, location: {name: 'Hall', region}}));

describe('event calendar: filters', () => {
  it('marks an option shown in the other language with its lang, so a Welsh voice reads it in English', async () => {
    const events = [
      {id: 'a', title: 'A', start: '2026-01-12T10:00', location: {name: 'Hall', region: {en: 'Powys'}}},
      {id: 'b', title: 'B', start: '2026-01-13T10:00', location: {name: 'Hall', region: {en: 'North Wales', cy: 'Gogledd Cymru'}}},
    ];
    const el = await withEvents(events, {lang: 'cy'});
    const options = $$(el, 'select[data-filter=region] option').map((o) => [visibleText(o), o.getAttribute('lang')]);
    expect(options).to.deep.include(['Powys', 'en']);
    expect(options).to.deep.include(['Gogledd Cymru', null]);
  });

  for (const lang of ['en', 'cy'] as Lang[]) {
    describe(lang, () => {
      it('offers labelled filters whose options come from the events', async () => {
        const el = await withEvents(sampleEvents, {lang});
        expect(visibleText($(el, '[part~=filters] legend'))).to.equal(lang === 'cy' ? 'Hidlo digwyddiadau' : 'Filter events');
        expect(['region', 'format', 'audience', 'language'].map((f) => labelOf(el, f))).to.deep.equal(
          lang === 'cy' ? ['Rhanbarth', 'Fformat', 'Cynulleidfa', 'Iaith'] : ['Region', 'Format', 'Audience', 'Language'],
        );
        expect(optionTexts(el, 'region')).to.deep.equal(
          lang === 'cy' ? ['Pob rhanbarth', 'Canolbarth Cymru', 'De Cymru', 'Gogledd Cymru', 'Gorllewin Cymru'] : ['All regions', 'Mid Wales', 'North Wales', 'South Wales', 'West Wales'],
        );
        expect(optionTexts(el, 'format')).to.deep.equal(
          lang === 'cy' ? ['Pob fformat', 'Wyneb yn wyneb', 'Ar-lein', 'Hybrid (wyneb yn wyneb ac ar-lein)'] : ['All formats', 'In person', 'Online', 'Hybrid (in person and online)'],
        );
        expect(optionTexts(el, 'language')).to.deep.equal(
          lang === 'cy' ? ['Pob iaith', 'Yn Gymraeg', 'Yn ddwyieithog', 'Yn Saesneg'] : ['All languages', 'Held in Welsh', 'Held bilingually', 'Held in English'],
        );
        expect(optionTexts(el, 'audience')).to.deep.equal(
          lang === 'cy' ? ['Pob cynulleidfa', 'Gofalwyr', 'Mentoriaid cymheiriaid', 'Pobl sydd â phrofiad bywyd'] : ['All audiences', 'Carers', 'Peer mentors', 'People with lived experience'],
        );
      });

      it('filters the list and announces the count politely, with the right plural', async () => {
        const el = await withEvents(sampleEvents, {lang});
        const count = $(el, '[part~=result-count]')!;
        expect(count.getAttribute('role')).to.equal('status');
        expect(countText(el)).to.equal(lang === 'cy' ? '5 o ddigwyddiadau' : '5 events');

        await choose(el, 'region', 'south wales');
        expect(listedTitles(el)).to.deep.equal(lang === 'cy' ? ['Sesiwn galw heibio Caerdydd', 'Cynhadledd / Conference'] : ['Cardiff drop-in', 'Cynhadledd / Conference']);
        expect(countText(el)).to.equal(lang === 'cy' ? "Mae 2 ddigwyddiad yn cyfateb i'r hidlyddion" : '2 events match the filters');

        await choose(el, 'region', 'north wales');
        expect(countText(el)).to.equal(lang === 'cy' ? "Mae 1 digwyddiad yn cyfateb i'r hidlyddion" : '1 event matches the filters');

        await choose(el, 'region', '');
        await choose(el, 'language', 'cy');
        // Bilingual events are held in Welsh too.
        expect(listedTitles(el).length).to.equal(3);
        expect(countText(el)).to.equal(lang === 'cy' ? "Mae 3 digwyddiad yn cyfateb i'r hidlyddion" : '3 events match the filters');

        await choose(el, 'language', '');
        await choose(el, 'region', 'mid wales');
        expect(countText(el)).to.equal(lang === 'cy' ? "Does dim digwyddiadau'n cyfateb i'r hidlyddion" : 'No events match the filters');
        expect(visibleText($(el, '[part~=no-results]'))).to.equal(
          lang === 'cy' ? "Does dim digwyddiadau'n cyfateb i'r hidlyddion. Cliriwch yr hidlyddion i weld pob digwyddiad." : 'No events match the filters. Clear the filters to see every event.',
        );
        // The past event is in Mid Wales: showing past events finds it.
        $(el, '[part~=past-toggle] input')!.click();
        await el.updateComplete;
        expect(listedTitles(el)).to.deep.equal([lang === 'cy' ? 'Sesiwn wrando Canolbarth Cymru' : 'Mid Wales listening session']);
      });

      it('uses every Welsh plural form for the count', async () => {
        const expected: Record<number, string> =
          lang === 'cy'
            ? {
                1: "Mae 1 digwyddiad yn cyfateb i'r hidlyddion",
                2: "Mae 2 ddigwyddiad yn cyfateb i'r hidlyddion",
                3: "Mae 3 digwyddiad yn cyfateb i'r hidlyddion",
                4: "Mae 4 o ddigwyddiadau yn cyfateb i'r hidlyddion",
                6: "Mae 6 digwyddiad yn cyfateb i'r hidlyddion",
                11: "Mae 11 o ddigwyddiadau yn cyfateb i'r hidlyddion",
              }
            : {
                1: '1 event matches the filters',
                2: '2 events match the filters',
                3: '3 events match the filters',
                4: '4 events match the filters',
                6: '6 events match the filters',
                11: '11 events match the filters',
              };
        for (const [n, sentence] of Object.entries(expected)) {
          const el = await withEvents([...inRegion(Number(n), 'Powys'), ...inRegion(1, 'Gwent')], {lang});
          await choose(el, 'region', 'powys');
          expect(countText(el)).to.equal(sentence);
        }
        const el = await withEvents(inRegion(6, 'Powys'), {lang});
        expect(countText(el)).to.equal(lang === 'cy' ? '6 digwyddiad' : '6 events');
      });

      it('clears every filter with one button', async () => {
        const el = await withEvents(sampleEvents, {lang});
        expect($(el, '[part~=clear-filters]')).to.equal(null);
        await choose(el, 'format', 'online');
        const clear = $(el, '[part~=clear-filters]')!;
        expect(visibleText(clear)).to.equal(lang === 'cy' ? "Clirio'r hidlyddion" : 'Clear filters');
        clear.click();
        await el.updateComplete;
        await el.updateComplete;
        expect(listedTitles(el).length).to.equal(5);
        expect($<HTMLSelectElement>(el, 'select[data-filter=format]')!.value).to.equal('');
        expect(deepActiveElement()).to.equal($(el, 'select[data-filter=region]'));
      });
    });
  }

  it('merges a region written in different ways into one option', async () => {
    const el = await withEvents([
      {id: 'a', title: 'A', start: '2026-01-12', location: {name: 'X', region: 'North Wales'}},
      {id: 'b', title: 'B', start: '2026-01-13', location: {name: 'Y', region: {en: 'North Wales', cy: 'Gogledd Cymru'}}},
      {id: 'c', title: 'C', start: '2026-01-14', location: {name: 'Z', region: 'gogledd cymru'}},
      {id: 'd', title: 'D', start: '2026-01-15', location: {name: 'W', region: 'Powys'}},
    ]);
    expect(optionTexts(el, 'region')).to.deep.equal(['All regions', 'North Wales', 'Powys']);
    await choose(el, 'region', 'north wales');
    expect(listedTitles(el)).to.deep.equal(['A', 'B', 'C']);
  });

  it('hides a filter that has nothing to choose between', async () => {
    const el = await withEvents([sampleEvents[0], sampleEvents[1]]);
    expect($(el, 'select[data-filter=format]')).to.equal(null);
    expect($(el, 'select[data-filter=region]')).not.to.equal(null);
    const none = await withEvents([{id: 'a', title: 'A', start: '2026-01-12'}]);
    expect($(none, '[part~=filters]')).to.equal(null);
  });

  it('works from the keyboard: Tab to a filter, arrow keys choose, the list follows', async () => {
    const el = await withEvents(sampleEvents);
    $(el, '[part~=past-toggle] input')!.focus();
    await sendKeys({press: 'Tab'});
    expect(deepActiveElement()).to.equal($(el, 'select[data-filter=region]'));
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'ArrowDown'});
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, 'select[data-filter=region]')!.value).to.equal('north wales');
    expect(listedTitles(el)).to.deep.equal(['Lived experience workshop']);
    expect(countText(el)).to.equal('1 event matches the filters');
  });

  it('filters the month view too', async () => {
    const el = await withEvents(sampleEvents, {width: 900});
    expect(el.currentView).to.equal('month');
    expect(countText(el)).to.equal('5 events');
    await choose(el, 'format', 'online');
    // January: the online peer session, the hybrid Cardiff drop-in, and the past online session in Mid Wales.
    expect(countText(el)).to.equal('3 events match the filters');
    const grid = $(el, 'profiad-calendar-month') as HTMLElement & {filter?: (e: unknown) => boolean};
    expect(grid.filter!({...sampleEvents[0], id: 'x', start: 0, end: 0, allDay: false, status: 'scheduled', format: 'in-person'})).to.equal(false);
  });
});
