/**
 * The model through FeedController, as the calendar element wires it: raw
 * bytes reach the iCalendar reader, several feeds of both kinds merge, and a
 * broken feed among good ones is reported while the rest still load.
 */
import {expect, fixture} from '@open-wc/testing';
import {html, LitElement} from 'lit';
import {FeedController} from '../../../src/core/element/feed-controller.js';
import type {ProfiadLoadDetail} from '../../../src/core/dom-free/feed-types.js';
import {decodeEventFeed} from '../../../src/event-calendar/model/decode.js';
import type {CalendarEntry, CalendarEvent} from '../../../src/event-calendar/model/event-types.js';
import {parseEventFeed} from '../../../src/event-calendar/model/json-feed.js';
import {nextEvent} from '../../helpers/fixtures.js';

class ModelFeedHost extends LitElement {
  static override properties = {src: {type: String}};
  src = '';
  feed = new FeedController<CalendarEntry>(this, {
    property: () => undefined,
    src: () => this.src,
    timeout: () => 5000,
    decode: decodeEventFeed,
    parse: (body, origin) => parseEventFeed(body, origin, 'Europe/London'),
  });
  override render() {
    return html`${this.feed.state}`;
  }
}
customElements.define('model-feed-host', ModelFeedHost);

const load = async (src: string) => {
  const host = await fixture<ModelFeedHost>(html`<model-feed-host></model-feed-host>`);
  const loaded = nextEvent<ProfiadLoadDetail>(host, 'profiad-load');
  host.src = src;
  const event = await loaded;
  return {host, detail: event.detail};
};

describe('events feed through FeedController', () => {
  it('passes the raw bytes, so a fold inside "ŵ" in a served .ics file is mended', async () => {
    const {host} = await load('/test-feeds/raw/ics/folded-welsh-crlf.ics');
    const event = host.feed.items[0] as CalendarEvent;
    expect((event.description as {cy: string}).cy).to.contain('mae’r dŵr yn oer');
  });

  it('merges a JSON feed and iCalendar feeds given together in src, and reports a broken one without losing the rest', async () => {
    const {host, detail} = await load('/examples/event-calendar/events.json /test-feeds/raw/ics/cancelled.ics /test-feeds/raw/ics/google-weekly.ics /test-feeds/raw/ics/truncated.ics');
    expect(host.feed.state).to.equal('ready');
    expect(detail.count).to.equal(host.feed.items.length);
    const ids = host.feed.items.map((entry) => (entry.kind === 'series' ? entry.seriesId : entry.id));
    expect(ids).to.include.members(['north-wales-workshop-2026', 'cancelled-talk@example.org', 'monthly-drop-in@example.org', '7b2c9d4e1f0a@google.com']);
    expect(detail.problems.map((p) => p.message)).to.deep.equal([
      `${new URL('/test-feeds/raw/ics/truncated.ics', location.href).href} (Content-Type: text/calendar; charset=utf-8) is not a feed this element can show: BEGIN:VEVENT on line 23 is never closed by END:VEVENT; the file looks cut short.`,
    ]);
  });
});
