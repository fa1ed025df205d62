import {expect, html} from '@open-wc/testing';
import type {ProfiadEventCalendar} from '../../src/event-calendar/event-calendar.js';
import {nextEvent, until, visibleText} from '../helpers/fixtures.js';
import {$, $$, calendar, dayHeadings, listedTitles, loaded, sampleEvents, TODAY, withEvents, type Lang} from './calendar-data.js';

const FEEDS = '/tests/event-calendar/feeds';

describe('event calendar: loading', () => {
  for (const lang of ['en', 'cy'] as Lang[]) {
    describe(lang, () => {
      const title = (t: {en: string; cy: string}) => t[lang];

      it('shows events from the .events property (an array or a whole feed)', async () => {
        const el = await withEvents(sampleEvents, {lang});
        expect(listedTitles(el)).to.include(title(sampleEvents[0]!.title as {en: string; cy: string}));
        el.events = {events: [sampleEvents[2]!]};
        await el.updateComplete;
        expect(listedTitles(el)).to.deep.equal([title(sampleEvents[2]!.title as {en: string; cy: string})]);
      });

      it('shows events from an inline <script type="application/json">', async () => {
        const json = JSON.stringify({events: [sampleEvents[1]]});
        const el = await calendar(html`<profiad-event-calendar today=${TODAY}><script type="application/json">${json}</script></profiad-event-calendar>`, {lang});
        await loaded(el);
        expect(listedTitles(el)).to.deep.equal([lang === 'cy' ? 'Digwyddiad ymgysylltu yng Nghaerfyrddin' : 'Engagement event in Carmarthen']);
      });

      it('loads a JSON feed from src, shows its title, and reports the broken item while showing the rest', async () => {
        const warn = console.warn;
        const warnings: string[] = [];
        console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
        try {
          const el = await calendar(html`<profiad-event-calendar today=${TODAY} src="${FEEDS}/north.json"></profiad-event-calendar>`, {lang});
          const root = el.shadowRoot!;
          await loaded(el);
          expect(visibleText(root.querySelector('[part=heading]'))).to.equal(lang === 'cy' ? 'Digwyddiadau ymgysylltu' : 'Engagement events');
          expect(listedTitles(el)).to.deep.equal([lang === 'cy' ? 'Gweithdy Gogledd Cymru' : 'North Wales workshop']);
          expect(visibleText(root.querySelector('[part=notice]'))).to.equal(lang === 'cy' ? 'Nid oedd modd dangos rhai digwyddiadau.' : 'Some events could not be shown.');
          expect(warnings.some((w) => w.includes('north.json') && w.includes('item 2'))).to.equal(true, warnings.join('\n'));
        } finally {
          console.warn = warn;
        }
      });

      it('merges several feeds listed in src into one calendar, in date order', async () => {
        const el = await calendar(html`<profiad-event-calendar today=${TODAY} src="${FEEDS}/west.json ${FEEDS}/north.json"></profiad-event-calendar>`, {lang});
        await loaded(el);
        expect(listedTitles(el)).to.deep.equal(lang === 'cy' ? ['Gweithdy Gogledd Cymru', 'Digwyddiad ymgysylltu Caerfyrddin'] : ['North Wales workshop', 'Carmarthen engagement event']);
        expect(dayHeadings(el)).to.deep.equal(lang === 'cy' ? ['Dydd Mercher, 14 Ionawr 2026', 'Dydd Iau, 15 Ionawr 2026'] : ['Wednesday 14 January 2026', 'Thursday 15 January 2026']);
      });

      it('says it is loading, in the live region and visibly', async () => {
        const el = await calendar(html`<profiad-event-calendar today=${TODAY} src="/test-feeds/hang"></profiad-event-calendar>`, {lang});
        const loading = lang === 'cy' ? "Wrthi'n llwytho digwyddiadau…" : 'Loading events…';
        expect(visibleText($(el, '[part=loading]'))).to.equal(loading);
        expect(visibleText($(el, '[part=status]'))).to.equal(loading);
        expect($(el, '[part=status]')!.getAttribute('aria-live')).to.equal('polite');
        el.remove();
      });

      it('says so in a sentence, with a retry button, when the feed cannot be loaded', async () => {
        const error = console.error;
        console.error = () => {};
        try {
          // Listen before the element exists: a local 404 can come back before the fixture resolves.
          const failed = nextEvent(document, 'profiad-error');
          const el = await calendar(html`<profiad-event-calendar today=${TODAY} src="/test-feeds/status/404"></profiad-event-calendar>`, {lang});
          await failed;
          await el.updateComplete;
          const block = $(el, '[part=error]')!;
          expect(visibleText(block)).to.contain(lang === 'cy' ? "Nid oedd modd llwytho'r digwyddiadau" : 'We could not load the events');
          expect(visibleText(block.querySelector('button'))).to.equal(lang === 'cy' ? 'Rhowch gynnig arall arni' : 'Try again');
        } finally {
          console.error = error;
        }
      });

      it('says there are no events when the feed is empty', async () => {
        const el = await withEvents({events: []}, {lang});
        expect(visibleText($(el, '[part=empty]'))).to.equal(lang === 'cy' ? "Does dim digwyddiadau i'w dangos" : 'There are no events to show');
        expect($(el, '[part~=list]')).to.equal(null);
      });
    });
  }

  it('shows an event once when merged feeds both list it', async () => {
    const el = await calendar(html`<profiad-event-calendar today=${TODAY} src="${FEEDS}/north.json ${FEEDS}/north.json"></profiad-event-calendar>`);
    await loaded(el);
    expect(listedTitles(el)).to.deep.equal(['North Wales workshop']);
  });

  it('reads an iCalendar (.ics) feed from src, Welsh letters included', async () => {
    const el = await calendar(html`<profiad-event-calendar today=${TODAY} src="${FEEDS}/swansea.ics"></profiad-event-calendar>`);
    await loaded(el);
    expect(listedTitles(el)).to.deep.equal(['Gweithdy Abertawe â ŵ ŷ']);
    expect(dayHeadings(el)).to.deep.equal(['Friday 16 January 2026']);
  });

  it('leaves private Outlook entries out without telling readers something is missing, and tells the author why', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const loadedEvent = nextEvent<{problems: {message: string}[]}>(document, 'profiad-load');
      const el = await calendar(html`<profiad-event-calendar view="list" today="2027-03-01" src="/test-feeds/raw/ics/outlook-all-day-private.ics"></profiad-event-calendar>`);
      await loaded(el);
      expect((await loadedEvent).detail.problems.map((p) => p.message)).to.have.length(3);
      expect(listedTitles(el)).to.include('Co-production panel');
      for (const hidden of ['Dentist', 'Staff supervision', 'Appointment with my GP']) expect(listedTitles(el)).to.not.include(hidden);
      expect($(el, '[part=notice]')).to.equal(null);
      expect(warnings.filter((w) => w.includes('CLASS:'))).to.have.length(3);
    } finally {
      console.warn = warn;
    }
  });

  it('merges a JSON feed and an iCalendar feed', async () => {
    const el = await calendar(html`<profiad-event-calendar today=${TODAY} src="${FEEDS}/swansea.ics ${FEEDS}/west.json"></profiad-event-calendar>`);
    await loaded(el);
    expect(listedTitles(el)).to.deep.equal(['Carmarthen engagement event', 'Gweithdy Abertawe â ŵ ŷ']);
  });

  for (const lang of ['en', 'cy'] as Lang[]) {
    it(`${lang}: shows the named sample feed (examples/event-calendar/events.json), upcoming from today`, async () => {
      const el = await calendar(html`<profiad-event-calendar today="2026-01-01" src="/examples/event-calendar/events.json"></profiad-event-calendar>`, {lang});
      await loaded(el);
      expect($(el, '[part=error]')).to.equal(null);
      expect(visibleText($(el, '[part=heading]'))).to.equal(
        lang === 'cy' ? 'Cynllun gweithlu profiad bywyd a chymorth gan gymheiriaid: digwyddiadau ymgysylltu' : 'Lived experience and peer support workforce plan: engagement events',
      );
      // The North Wales workshop of 14 January 2026 is the first upcoming event.
      expect(dayHeadings(el)[0]).to.equal(lang === 'cy' ? 'Dydd Mercher, 14 Ionawr 2026' : 'Wednesday 14 January 2026');
      expect($(el, '[part~=event]')!.dataset.id).to.equal('north-wales-workshop-2026');
    });

    it(`${lang}: shows the named iCalendar sample (examples/event-calendar/events.ics) with its recurrences, exceptions and moved occurrence`, async () => {
      const el = await calendar(html`<profiad-event-calendar today="2026-11-25" src="/examples/event-calendar/events.ics"></profiad-event-calendar>`, {lang});
      await loaded(el);
      const dropIn = lang === 'cy' ? 'Sesiwn galw heibio cymorth gan gymheiriaid (ar-lein)' : 'Peer support drop-in (online)';
      const days = $$(el, '[part~=event]')
        .filter((item) => visibleText(item.querySelector('[part~=event-button]')) === dropIn)
        .map((item) => item.closest<HTMLElement>('[part~=day]')!.dataset.day);
      // First Wednesdays from December 2026 to July 2027; 6 January is excluded (EXDATE), April's moved to the 14th.
      expect(days).to.deep.equal(['2026-12-02', '2027-02-03', '2027-03-03', '2027-04-14', '2027-05-05', '2027-06-02', '2027-07-07']);
    });
  }

  it('tells the author precisely, in the console, why a feed on another site could not be read', async () => {
    const error = console.error;
    const errors: string[] = [];
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      // Nothing listens on port 9 of 127.0.0.1: the request fails as a CORS-blocked one does (a TypeError, no status).
      const failed = nextEvent<{kind: string}>(document, 'profiad-error');
      const el = await calendar(html`<profiad-event-calendar today=${TODAY} timeout="3000" src="http://127.0.0.1:9/calendar.ics"></profiad-event-calendar>`);
      expect((await failed).detail.kind).to.equal('network');
      await el.updateComplete;
      await until(() => errors.length >= 2, 'console errors');
      const all = errors.join('\n');
      expect(all).to.contain('http://127.0.0.1:9/calendar.ics');
      expect(all).to.contain(`Access-Control-Allow-Origin: ${location.origin}`);
      expect(all).to.contain('Google Calendar and Outlook');
      // The reader gets a sentence, not the technical detail.
      expect(visibleText($(el, '[part=error]'))).to.contain('We could not load the events');
      expect(visibleText($(el, '[part=error]'))).not.to.contain('Access-Control');
    } finally {
      console.error = error;
    }
  });

  it('follows a change of src, and a change of time-zone re-reads the feed', async () => {
    const el = await calendar(html`<profiad-event-calendar today=${TODAY} src="${FEEDS}/north.json"></profiad-event-calendar>`);
    await loaded(el);
    el.src = `${FEEDS}/west.json`;
    await nextEvent(el, 'profiad-load');
    await el.updateComplete;
    expect(listedTitles(el)).to.deep.equal(['Carmarthen engagement event']);
    expect($(el, '[part~=event-time]')!.textContent).to.contain('14:00');
    el.timeZone = 'America/New_York';
    await nextEvent(el, 'profiad-load');
    await el.updateComplete;
    // Feed times without an offset are read in the calendar's zone, so 14:00 stays 14:00 there.
    expect(visibleText($(el, '[part~=event-time]'))).to.contain('14:00');
  });

  it('keeps the calendar usable when given a time-zone the browser does not know', async () => {
    const el = (await withEvents(sampleEvents, {attrs: {'time-zone': 'Mars/Olympus'}})) as ProfiadEventCalendar;
    expect(listedTitles(el).length).to.be.greaterThan(0);
    expect(visibleText($(el, '[part~=event-time]'))).to.contain('10:00');
  });
});
