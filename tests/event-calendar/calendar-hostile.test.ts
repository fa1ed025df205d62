import {expect} from '@open-wc/testing';
import {visibleText} from '../helpers/fixtures.js';
import {$, $$, listedTitles, openEvent, withEvents} from './calendar-data.js';

const markup = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><b>bold</b>';

/** Elements no feed may create inside the calendar. */
const INJECTED = 'img, script, b, svg, iframe, object, embed, [onerror], [onload], [onclick]';

describe('event calendar: hostile feeds', () => {
  afterEach(() => {
    delete (window as {__pwned?: number}).__pwned;
  });

  it('shows markup in every text field as text, in the list and in the dialog', async () => {
    const el = await withEvents({
      title: markup,
      events: [
        {
          id: 'x',
          title: `Title ${markup}`,
          description: `Description ${markup}`,
          start: '2026-01-14T10:00',
          end: '2026-01-14T11:00',
          location: {name: `Place ${markup}`, address: `Address ${markup}`, region: `Region ${markup}`},
          audience: [`Audience ${markup}`, {en: `Other ${markup}`}],
          accessibility: `Access ${markup}`,
          format: 'online',
        },
        {id: 'y', title: 'Second', start: '2026-01-15', location: {name: 'Hall', region: 'Powys'}},
      ],
    });
    expect(el.shadowRoot!.querySelector(INJECTED)).to.equal(null);
    expect(visibleText($(el, '[part=heading]'))).to.equal(markup);
    expect(listedTitles(el)[0]).to.equal(`Title ${markup}`);
    // The region option is text too.
    expect($$(el, 'select[data-filter=region] option').map(visibleText)).to.include(`Region ${markup}`);
    const dialog = await openEvent(el, `Title ${markup}`);
    expect(dialog.querySelector(INJECTED)).to.equal(null);
    expect(visibleText(dialog)).to.contain(`Description ${markup}`);
    expect(visibleText(dialog)).to.contain(`Access ${markup}`);
    expect((window as {__pwned?: number}).__pwned).to.equal(undefined);
  });

  it('links only to http(s), mailto and tel: javascript: and data: URLs are dropped', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await withEvents([
        {
          id: 'x',
          title: 'Links',
          start: '2026-01-14T10:00',
          bookingUrl: 'javascript:window.__pwned=1',
          location: {name: 'Place', url: 'java\tscript:window.__pwned=1'},
        },
        {id: 'y', title: 'Data', start: '2026-01-15T10:00', bookingUrl: 'data:text/html,<script>1</script>', location: {name: 'Online', url: 'https://example.org/join'}},
      ]);
      let dialog = await openEvent(el, 'Links');
      const hrefs = () => [...dialog.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
      expect(dialog.querySelector('[part~=booking-link]')).to.equal(null);
      expect(hrefs().every((href) => href.startsWith('https://'))).to.equal(true, hrefs().join(' '));
      (dialog.querySelector('[part~=close-button]') as HTMLElement).click();
      await el.updateComplete;
      dialog = await openEvent(el, 'Data');
      expect(dialog.querySelector('[part~=booking-link]')).to.equal(null);
      expect(dialog.querySelector<HTMLAnchorElement>('[part~=details-location] a')!.href).to.equal('https://example.org/join');
    } finally {
      console.warn = warn;
    }
  });

  it('shows the valid events of a feed full of wrong types and impossible dates, and says some were left out', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await withEvents({
        events: [
          null,
          42,
          'event',
          {id: 'no-title', start: '2026-01-14'},
          {id: 'bad-date', title: 'Bad date', start: '2026-02-30'},
          {id: 'bad-time', title: 'Bad time', start: '2026-01-14T25:00'},
          {id: ['array'], title: 'Array id', start: '2026-01-14'},
          {id: 'good', title: 'Good', start: '2026-01-14T10:00', format: 'teleport', status: 'maybe', audience: 'everyone'},
        ],
      });
      expect(listedTitles(el)).to.deep.equal(['Good']);
      expect(visibleText($(el, '[part=notice]'))).to.equal('Some events could not be shown.');
      expect(warnings.length).to.be.greaterThan(5);
    } finally {
      console.warn = warn;
    }
  });

  it('treats a feed that is not a calendar as an error, not a blank box', async () => {
    const error = console.error;
    console.error = () => {};
    try {
      const el = await withEvents({milestones: []}, {lang: 'cy'});
      expect(visibleText($(el, '[part=error]'))).to.contain("Nid oedd modd llwytho'r digwyddiadau");
    } finally {
      console.error = error;
    }
  });
});
