import {expect, html} from '@open-wc/testing';
import {nextEvent} from '../helpers/fixtures.js';
import {calendar, choose, openEvent, sampleEvents, TODAY, withEvents, type Lang} from './calendar-data.js';

describe('event calendar: accessibility (axe)', () => {
  for (const lang of ['en', 'cy'] as Lang[]) {
    describe(lang, () => {
      it('list view, with filters chosen and past events shown', async () => {
        const el = await withEvents(sampleEvents, {lang});
        await expect(el).to.be.accessible();
        await choose(el, 'format', 'online');
        el.shadowRoot!.querySelector<HTMLInputElement>('[part~=past-toggle] input')!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });

      it('month view', async () => {
        const el = await withEvents(sampleEvents, {lang, width: 900});
        await (el.shadowRoot!.querySelector('profiad-calendar-month') as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
        await expect(el).to.be.accessible();
      });

      it('details dialog open', async () => {
        const el = await withEvents(sampleEvents, {lang});
        await openEvent(el, lang === 'cy' ? 'Gweithdy profiad bywyd' : 'Lived experience workshop');
        await expect(el).to.be.accessible();
      });

      it('error state', async () => {
        const error = console.error;
        console.error = () => {};
        try {
          const failed = nextEvent(document, 'profiad-error');
          const el = await calendar(html`<profiad-event-calendar today=${TODAY} src="/test-feeds/status/500"></profiad-event-calendar>`, {lang});
          await failed;
          await el.updateComplete;
          await expect(el).to.be.accessible();
        } finally {
          console.error = error;
        }
      });

      it('empty feed, and no upcoming events', async () => {
        await expect(await withEvents({events: []}, {lang})).to.be.accessible();
        await expect(await withEvents([sampleEvents[4]], {lang})).to.be.accessible();
      });

      it('loading state', async () => {
        const el = await calendar(html`<profiad-event-calendar today=${TODAY} src="/test-feeds/hang"></profiad-event-calendar>`, {lang});
        await expect(el).to.be.accessible();
        el.remove();
      });
    });
  }
});
