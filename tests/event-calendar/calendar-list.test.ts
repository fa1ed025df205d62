import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {LIST_PAGE_SIZE} from '../../src/event-calendar/event-calendar.js';
import {visibleText} from '../helpers/fixtures.js';
import {$, $$, dayHeadings, deepActiveElement, listedTitles, sampleEvents, withEvents, type Lang} from './calendar-data.js';

const eventItem = (el: Element, id: string) => $(el, `[part~=event][data-id="${id}"]`)!;

describe('event calendar: list view', () => {
  for (const lang of ['en', 'cy'] as Lang[]) {
    describe(lang, () => {
      it('groups upcoming events under day headings, in time order', async () => {
        const el = await withEvents(sampleEvents, {lang});
        expect(dayHeadings(el)).to.deep.equal(
          lang === 'cy'
            ? ['Dydd Mercher, 14 Ionawr 2026', 'Dydd Mawrth, 20 Ionawr 2026', 'Dydd Iau, 22 Ionawr 2026', 'Dydd Mawrth, 3 Chwefror 2026']
            : ['Wednesday 14 January 2026', 'Tuesday 20 January 2026', 'Thursday 22 January 2026', 'Tuesday 3 February 2026'],
        );
        const firstDay = $(el, '[part~=day]')!;
        expect([...firstDay.querySelectorAll('[part~=event-button]')].map(visibleText)).to.deep.equal(
          lang === 'cy' ? ['Gweithdy profiad bywyd', 'Digwyddiad ymgysylltu yng Nghaerfyrddin'] : ['Lived experience workshop', 'Engagement event in Carmarthen'],
        );
        // Day headings are headings, one level below the calendar's (2), as there is no feed title.
        expect($(el, '[part~=day-heading]')!.localName).to.equal('h2');
        expect($(el, '[part~=day-heading] time')!.getAttribute('datetime')).to.equal('2026-01-14');
      });

      it('shows each event with its time, location and region, format, language and status in words', async () => {
        const el = await withEvents(sampleEvents, {lang});
        const workshop = eventItem(el, 'workshop-north');
        expect(visibleText(workshop.querySelector('[part~=event-time]'))).to.equal(lang === 'cy' ? '10:00 i 12:30' : '10:00 to 12:30');
        expect(visibleText(workshop.querySelector('[part~=event-location]'))).to.equal(lang === 'cy' ? 'Venue Cymru, Gogledd Cymru' : 'Venue Cymru, North Wales');
        expect([...workshop.querySelectorAll('[part~=event-facts] span')].map(visibleText)).to.deep.equal(lang === 'cy' ? ['Wyneb yn wyneb', 'Yn ddwyieithog'] : ['In person', 'Held bilingually']);
        const full = eventItem(el, 'peer-online');
        expect(visibleText(full.querySelector('[part~=event-status]'))).to.equal(lang === 'cy' ? 'Llawn' : 'Fully booked');
        expect([...full.querySelectorAll('[part~=event-facts] span')].map(visibleText)).to.deep.equal(lang === 'cy' ? ['Ar-lein', 'Yn Saesneg'] : ['Online', 'Held in English']);
        const cancelled = eventItem(el, 'cardiff-cancelled');
        expect(visibleText(cancelled.querySelector('[part~=event-status]'))).to.equal(lang === 'cy' ? "Wedi'i ganslo" : 'Cancelled');
        expect(visibleText(cancelled.querySelector('[part~=event-time]'))).to.equal(lang === 'cy' ? "Drwy'r dydd" : 'All day');
        // Two-day all-day event: listed on its first day, with its end in words.
        const conference = eventItem(el, 'conference');
        expect(visibleText(conference.querySelector('[part~=event-time]'))).to.equal(
          lang === 'cy' ? "Drwy'r dydd Yn gorffen: Dydd Mercher, 4 Chwefror 2026" : 'All day Ends: Wednesday 4 February 2026',
        );
        // Each event is a button that opens its details.
        expect(workshop.querySelector('[part~=event-button]')!.getAttribute('aria-haspopup')).to.equal('dialog');
      });

      it('hides past events until the reader asks for them', async () => {
        const el = await withEvents(sampleEvents, {lang});
        const toggle = $(el, '[part~=past-toggle]')!;
        expect(visibleText(toggle)).to.equal(lang === 'cy' ? 'Dangos digwyddiadau blaenorol' : 'Show past events');
        expect(listedTitles(el)).not.to.include(lang === 'cy' ? 'Sesiwn wrando Canolbarth Cymru' : 'Mid Wales listening session');
        toggle.querySelector('input')!.click();
        await el.updateComplete;
        expect(listedTitles(el)[0]).to.equal(lang === 'cy' ? 'Sesiwn wrando Canolbarth Cymru' : 'Mid Wales listening session');
        expect(dayHeadings(el)[0]).to.equal(lang === 'cy' ? 'Dydd Llun, 5 Ionawr 2026' : 'Monday 5 January 2026');
      });
    });
  }

  it('lists events from initial-date on, and keeps within min-date and max-date (past events included)', async () => {
    const el = await withEvents(sampleEvents, {attrs: {'initial-date': '2026-01-15'}});
    expect(listedTitles(el)[0]).to.equal('Peer support session');
    el.initialDate = undefined;
    el.minDate = '2026-01-06';
    el.maxDate = '2026-01-21';
    await el.updateComplete;
    expect(listedTitles(el)).to.deep.equal(['Lived experience workshop', 'Engagement event in Carmarthen', 'Peer support session']);
    $(el, '[part~=past-toggle] input')!.click();
    await el.updateComplete;
    // The past event on 5 January is before min-date: still hidden.
    expect(listedTitles(el)).to.deep.equal(['Lived experience workshop', 'Engagement event in Carmarthen', 'Peer support session']);
  });

  it('shows an event that started before today under today while it lasts', async () => {
    const el = await withEvents([{id: 'long', title: 'Exhibition', start: '2026-01-08', end: '2026-01-12'}]);
    expect(dayHeadings(el)).to.deep.equal(['Saturday 10 January 2026']);
    expect(visibleText($(el, '[part~=event-time]'))).to.equal('All day Ends: Monday 12 January 2026');
  });

  it('says when there are no upcoming events', async () => {
    const el = await withEvents([sampleEvents[4]], {lang: 'cy'});
    expect(visibleText($(el, '[part~=no-results]'))).to.equal('Does dim digwyddiadau i ddod.');
  });

  it('renders a bounded window of a huge feed, and "Show more events" moves focus to the first new event', async () => {
    const many = Array.from({length: 10_000}, (_, i) => ({
      id: `e${i}`,
      title: `Event ${String(i).padStart(5, '0')}`,
      start: new Date(Date.UTC(2026, 0, 11) + i * 3_600_000).toISOString(),
    }));
    const el = await withEvents({events: many});
    expect($$(el, '[part~=event]').length).to.equal(LIST_PAGE_SIZE);
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.lessThan(600);
    expect(visibleText($(el, '[part~=result-count]'))).to.equal('10,000 events');
    const more = $(el, '[part~=show-more]')!;
    expect(visibleText(more)).to.equal('Show more events');
    more.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    await el.updateComplete;
    expect($$(el, '[part~=event]').length).to.equal(2 * LIST_PAGE_SIZE);
    expect(visibleText(deepActiveElement())).to.equal(`Event ${String(LIST_PAGE_SIZE).padStart(5, '0')}`);
  });

  it('reaches every event with Tab and opens one with Enter', async () => {
    const el = await withEvents(sampleEvents);
    $(el, '[part~=past-toggle] input')!.focus();
    const seen: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      await sendKeys({press: 'Tab'});
      const active = deepActiveElement() as HTMLElement | null;
      if (active?.matches('[part~=event-button]')) seen.push(visibleText(active));
    }
    expect(seen).to.deep.equal(listedTitles(el));
    const first = $$(el, '[part~=event-button]')[0]!;
    first.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(first);
  });
});
