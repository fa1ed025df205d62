import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {EventSelectDetail} from '../../src/event-calendar/event-calendar.js';
import {renderDetails, type DetailsOptions} from '../../src/event-calendar/event-details-dialog.js';
import type {CalendarEvent} from '../../src/event-calendar/model/event-types.js';
import {nextEvent, until, visibleText} from '../helpers/fixtures.js';
import {$, $$, deepActiveElement, openEvent, sampleEvents, withEvents, type Lang} from './calendar-data.js';

/** The dialog's facts as "label: value" pairs. */
const facts = (dialog: Element) => Object.fromEntries([...dialog.querySelectorAll('[part~=details-row]')].map((row) => [visibleText(row.querySelector('dt')), visibleText(row.querySelector('dd'))]));

describe('event calendar: details dialog', () => {
  for (const lang of ['en', 'cy'] as Lang[]) {
    describe(lang, () => {
      const workshopTitle = lang === 'cy' ? 'Gweithdy profiad bywyd' : 'Lived experience workshop';

      it('shows everything about the event, in the reader’s language and time zone', async () => {
        const el = await withEvents(sampleEvents, {lang});
        const dialog = await openEvent(el, workshopTitle);
        expect(dialog.getAttribute('aria-labelledby')).to.equal('dialog-title');
        expect(visibleText(dialog.querySelector('[part~=dialog-title]'))).to.equal(workshopTitle);
        expect(facts(dialog)).to.deep.equal(
          lang === 'cy'
            ? {
                Dyddiad: 'Dydd Mercher, 14 Ionawr 2026',
                Amser: '10:00 i 12:30',
                Lleoliad: 'Venue Cymru Y Promenâd, Llandudno',
                Rhanbarth: 'Gogledd Cymru',
                Fformat: 'Wyneb yn wyneb',
                Iaith: 'Yn ddwyieithog',
                Cynulleidfa: 'Pobl sydd â phrofiad bywyd',
                'Gwybodaeth am hygyrchedd': 'Mynediad heb risiau a dolen sain.',
              }
            : {
                Date: 'Wednesday 14 January 2026',
                Time: '10:00 to 12:30',
                Location: 'Venue Cymru Promenade, Llandudno',
                Region: 'North Wales',
                Format: 'In person',
                Language: 'Held bilingually',
                Audience: 'People with lived experience',
                'Accessibility information': 'Step-free access and a hearing loop.',
              },
        );
        expect(visibleText(dialog.querySelector('[part~=description]'))).to.equal(
          lang === 'cy' ? 'Gweithdy ar gyfer cynllun y gweithlu iechyd meddwl.' : 'A workshop for the mental health workforce plan.',
        );
        const book = dialog.querySelector<HTMLAnchorElement>('[part~=booking-link]')!;
        expect(visibleText(book)).to.equal(lang === 'cy' ? 'Archebu lle' : 'Book a place');
        expect(book.href).to.equal('https://example.org/book/workshop-north');
        expect(visibleText(dialog.querySelector('[part~=close-button]'))).to.equal(lang === 'cy' ? 'Cau' : 'Close');
        expect(visibleText(dialog.querySelector('[part~=add-to-calendar] h3'))).to.equal(lang === 'cy' ? 'Ychwanegu at y calendr' : 'Add to calendar');
        expect(visibleText(dialog.querySelector('[part~=google-link]'))).to.equal(lang === 'cy' ? 'Ychwanegu at Google Calendar (yn agor tab newydd)' : 'Add to Google Calendar (opens in new tab)');
        expect(visibleText(dialog.querySelector('[part~=download-ics]'))).to.equal(lang === 'cy' ? 'Lawrlwytho ffeil calendr (.ics)' : 'Download calendar file (.ics)');
      });

      it('says clearly when an event is cancelled or fully booked', async () => {
        const el = await withEvents(sampleEvents, {lang});
        let dialog = await openEvent(el, lang === 'cy' ? 'Sesiwn galw heibio Caerdydd' : 'Cardiff drop-in');
        expect(visibleText(dialog.querySelector('[part~=details-status]'))).to.equal(lang === 'cy' ? "Mae'r digwyddiad hwn wedi'i ganslo." : 'This event has been cancelled.');
        expect(facts(dialog)[lang === 'cy' ? 'Amser' : 'Time']).to.equal(lang === 'cy' ? "Drwy'r dydd" : 'All day');
        expect(facts(dialog)[lang === 'cy' ? 'Fformat' : 'Format']).to.equal(lang === 'cy' ? 'Hybrid (wyneb yn wyneb ac ar-lein)' : 'Hybrid (in person and online)');
        // Nothing to book or add for a cancelled event.
        expect(dialog.querySelector('[part~=add-to-calendar]')).to.equal(null);
        $(el, '[part~=close-button]')!.click();
        await until(() => !dialog.open, 'dialog to close');

        dialog = await openEvent(el, lang === 'cy' ? 'Sesiwn cymorth gan gymheiriaid' : 'Peer support session');
        expect(visibleText(dialog.querySelector('[part~=details-status]'))).to.equal(lang === 'cy' ? "Mae'r digwyddiad hwn yn llawn." : 'This event is fully booked.');
        // No "Book a place" under "fully booked": a plain link to the booking page (waiting list, returned places).
        const link = dialog.querySelector<HTMLAnchorElement>('[part~=booking-link]')!;
        expect(link.getAttribute('part')).to.equal('booking-link booking-link-full');
        expect(visibleText(link)).to.equal(lang === 'cy' ? "Mynd i'r dudalen archebu" : 'Go to the booking page');
        expect(link.href).to.equal('https://example.org/book/peer-online');
        expect(visibleText(dialog)).to.not.contain(lang === 'cy' ? 'Archebu lle' : 'Book a place');
        // It can still go in a calendar (to keep the date free in case a place comes up).
        expect(dialog.querySelector('[part~=add-to-calendar]')).to.not.equal(null);
      });

      it('moves focus in, closes with Escape, and returns focus to the event', async () => {
        const el = await withEvents(sampleEvents, {lang});
        const button = $$(el, '[part~=event-button]').find((b) => visibleText(b) === workshopTitle)!;
        button.focus();
        await sendKeys({press: 'Enter'});
        const dialog = $<HTMLDialogElement>(el, 'dialog')!;
        await until(() => dialog.open, 'dialog to open');
        expect(dialog.matches(':modal')).to.equal(true);
        expect(deepActiveElement()).to.equal(dialog.querySelector('[part~=dialog-title]'));
        await sendKeys({press: 'Escape'});
        await until(() => !dialog.open, 'dialog to close');
        expect(deepActiveElement()).to.equal(button);
      });

      it('closes with its Close button, from the keyboard, returning focus', async () => {
        const el = await withEvents(sampleEvents, {lang});
        const dialog = await openEvent(el, workshopTitle);
        const button = $$(el, '[part~=event-button]').find((b) => visibleText(b) === workshopTitle)!;
        // Tab reaches the Close button first, then the links; focus never leaves the dialog.
        await sendKeys({press: 'Tab'});
        expect(deepActiveElement()).to.equal(dialog.querySelector('[part~=close-button]'));
        for (let i = 0; i < 8; i += 1) {
          await sendKeys({press: 'Tab'});
          const active = deepActiveElement();
          if (active && active !== document.body) expect(dialog.contains(active), `focus on ${active.outerHTML.slice(0, 80)}`).to.equal(true);
        }
        (dialog.querySelector('[part~=close-button]') as HTMLElement).focus();
        await sendKeys({press: 'Enter'});
        await until(() => !dialog.open, 'dialog to close');
        expect(deepActiveElement()).to.equal(button);
      });
    });
  }

  it('fires profiad-event-select with the event, and an author can cancel it to show the event their own way', async () => {
    const el = await withEvents(sampleEvents);
    const selected = nextEvent<EventSelectDetail>(document, 'profiad-event-select');
    await openEvent(el, 'Lived experience workshop');
    const event = await selected;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.event.id).to.equal('workshop-north');
    expect(event.detail.event.title).to.deep.equal(sampleEvents[0]!.title);
    (el.shadowRoot!.querySelector('[part~=close-button]') as HTMLElement).click();

    el.addEventListener('profiad-event-select', (e) => e.preventDefault(), {once: true});
    $$(el, '[part~=event-button]')[1]!.click();
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
  });

  it('shows the start and end of an event over several days', async () => {
    const el = await withEvents([{id: 'x', title: 'Residential', start: '2026-03-28T10:00', end: '2026-03-29T16:00'}], {lang: 'cy'});
    const dialog = await openEvent(el, 'Residential');
    // 29 March 2026 is the first day of British Summer Time: both times are London wall-clock times.
    expect(facts(dialog)).to.deep.equal({'Yn dechrau': 'Dydd Sadwrn, 28 Mawrth 2026, 10:00', 'Yn gorffen': 'Dydd Sul, 29 Mawrth 2026, 16:00'});
  });

  it('shows times in the time-zone of the calendar', async () => {
    const el = await withEvents([{id: 'x', title: 'Call', start: '2026-01-14T10:00:00Z', end: '2026-01-14T11:00:00Z'}], {attrs: {'time-zone': 'America/New_York'}});
    const dialog = await openEvent(el, 'Call');
    expect(facts(dialog).Time).to.equal('05:00 to 06:00');
  });

  it('builds the .ics download only when the reader clicks, as a valid calendar file', async () => {
    const el = await withEvents(sampleEvents);
    const created: Blob[] = [];
    const realCreate = URL.createObjectURL;
    const realClick = HTMLAnchorElement.prototype.click;
    const downloads: {href: string; download: string}[] = [];
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      created.push(blob as Blob);
      return realCreate.call(URL, blob);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push({href: this.href, download: this.download});
    };
    try {
      const dialog = await openEvent(el, 'Lived experience workshop');
      expect(created.length, 'nothing is built before the click').to.equal(0);
      (dialog.querySelector('[part~=download-ics]') as HTMLElement).click();
      expect(created.length).to.equal(1);
      expect(created[0]!.type).to.equal('text/calendar;charset=utf-8');
      const ics = await created[0]!.text();
      expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/);
      expect(ics).to.match(/END:VCALENDAR\r\n?$/);
      expect(ics).to.contain('BEGIN:VEVENT');
      expect(ics).to.match(/\r\nSUMMARY(;LANGUAGE=en)?:Lived experience workshop\r\n/);
      expect(ics).to.contain('\r\nDTSTART;TZID=Europe/London:20260114T100000\r\n');
      expect(ics).to.contain('\r\nDTEND;TZID=Europe/London:20260114T123000\r\n');
      expect(ics).to.contain('BEGIN:VTIMEZONE');
      expect(downloads).to.have.length(1);
      expect(downloads[0]!.href).to.match(/^blob:/);
      expect(downloads[0]!.download).to.equal('lived-experience-workshop-2026-01-14.ics');
      // A second click builds a fresh file: nothing is cached between clicks.
      (dialog.querySelector('[part~=download-ics]') as HTMLElement).click();
      expect(created.length).to.equal(2);
    } finally {
      URL.createObjectURL = realCreate;
      HTMLAnchorElement.prototype.click = realClick;
    }
  });

  it('gives a Welsh reader the event in Welsh in the .ics file and its name', async () => {
    const el = await withEvents(sampleEvents, {lang: 'cy'});
    const created: Blob[] = [];
    const realCreate = URL.createObjectURL;
    const realClick = HTMLAnchorElement.prototype.click;
    let fileName = '';
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      created.push(blob as Blob);
      return realCreate.call(URL, blob);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      fileName = this.download;
    };
    try {
      const dialog = await openEvent(el, 'Gweithdy profiad bywyd');
      (dialog.querySelector('[part~=download-ics]') as HTMLElement).click();
      expect(await created[0]!.text()).to.contain('SUMMARY;LANGUAGE=cy:Gweithdy profiad bywyd');
      expect(fileName).to.equal('gweithdy-profiad-bywyd-2026-01-14.ics');
    } finally {
      URL.createObjectURL = realCreate;
      HTMLAnchorElement.prototype.click = realClick;
    }
  });

  it('links to Google Calendar and Outlook with well-formed URLs that open in a new tab', async () => {
    const el = await withEvents(sampleEvents);
    const dialog = await openEvent(el, 'Lived experience workshop');
    const google = dialog.querySelector<HTMLAnchorElement>('[part~=google-link]')!;
    const outlook = dialog.querySelector<HTMLAnchorElement>('[part~=outlook-link]')!;
    for (const link of [google, outlook]) {
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.contain('noopener');
    }
    const g = new URL(google.href);
    expect(g.origin).to.equal('https://calendar.google.com');
    expect(g.searchParams.get('text')).to.equal('Lived experience workshop');
    expect(g.searchParams.get('dates')).to.equal('20260114T100000Z/20260114T123000Z');
    const o = new URL(outlook.href);
    expect(o.protocol).to.equal('https:');
    expect(o.hostname).to.match(/outlook\.(live|office)\.com$/);
    expect(o.searchParams.get('subject')).to.equal('Lived experience workshop');
    expect(o.searchParams.get('startdt')).to.match(/^2026-01-14T10:00:00/);
  });

  it('opens the dialog from the month grid and returns focus to the chip that opened it', async () => {
    const el = await withEvents(sampleEvents, {width: 900});
    const grid = $(el, 'profiad-calendar-month')!;
    await (grid as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    const chip = grid.shadowRoot!.querySelector<HTMLElement>('[part~=event-chip]')!;
    expect(chip, 'an event chip in the grid').to.exist;
    const selected = nextEvent<EventSelectDetail>(el, 'profiad-event-select');
    chip.focus();
    await sendKeys({press: 'Enter'});
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    await until(() => dialog.open, 'dialog to open');
    expect((await selected).detail.event.id).to.equal('past-mid');
    await sendKeys({press: 'Escape'});
    await until(() => !dialog.open, 'dialog to close');
    expect(grid.shadowRoot!.activeElement).to.equal(chip);
  });
});

/**
 * Checked by `npm run typecheck`, never called: the dialog renders a booking
 * or place link only as a SafeUrl, so a plain string from a feed cannot reach
 * an href without passing safeUrl when the feed is read.
 */
export function aPlainStringIsNotAnEventLink(event: CalendarEvent, options: DetailsOptions): void {
  // @ts-expect-error a string is not a SafeUrl
  renderDetails({...event, bookingUrl: 'javascript:alert(1)'}, options);
  // @ts-expect-error a string is not a SafeUrl
  renderDetails({...event, location: {name: 'Online', url: 'data:text/html,<script>alert(1)</script>'}}, options);
}
