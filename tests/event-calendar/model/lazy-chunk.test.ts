/**
 * The iCalendar reader (ics-feed.ts and ical.js) is a lazy chunk: a page with
 * only JSON feeds never downloads it. This file imports nothing that imports
 * it, and runs in its own page, so the resource list shows what was loaded.
 */
import {expect} from '@open-wc/testing';
import {decodeEventFeed} from '../../../src/event-calendar/model/decode.js';
import {eventsBetween} from './events-between.js';
import {parseEventFeed} from '../../../src/event-calendar/model/json-feed.js';

const loaded = (pattern: RegExp) => performance.getEntriesByType('resource').some((entry) => pattern.test(entry.name));
const ICAL_MODULE = /ical\.js/;
const ICS_READER = /ics-feed/;

describe('the iCalendar chunk', () => {
  before(() => performance.setResourceTimingBufferSize(5000));

  it('is not loaded to read a JSON feed', async () => {
    const url = new URL('/examples/event-calendar/events.json', location.href).href;
    const response = await fetch(url);
    const body = await decodeEventFeed(await response.text(), {contentType: response.headers.get('content-type') ?? '', url});
    const feed = parseEventFeed(body, {source: url, baseUrl: url}, 'Europe/London');
    expect(feed.items.length).to.be.above(5);
    expect(eventsBetween(feed.items, Date.parse('2026-01-01T00:00:00Z'), Date.parse('2028-01-01T00:00:00Z')).length).to.be.above(5);
    expect(loaded(ICAL_MODULE), 'ical.js was loaded').to.equal(false);
    expect(loaded(ICS_READER), 'ics-feed was loaded').to.equal(false);
  });

  it('is loaded when an iCalendar feed arrives', async () => {
    const url = new URL('/examples/event-calendar/events.ics', location.href).href;
    const response = await fetch(url);
    const body = await decodeEventFeed(await response.text(), {contentType: response.headers.get('content-type') ?? '', url});
    expect(parseEventFeed(body, {source: url, baseUrl: url}, 'Europe/London').items.length).to.be.above(3);
    expect(loaded(ICAL_MODULE), 'ical.js was not loaded').to.equal(true);
    expect(loaded(ICS_READER), 'ics-feed was not loaded').to.equal(true);
  });
});
