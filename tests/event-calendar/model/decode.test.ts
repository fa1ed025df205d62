import {expect} from '@open-wc/testing';
import {FeedFormatError} from '../../../src/core/dom-free/feed-types.js';
import {decodeEventFeed, isICalendar} from '../../../src/event-calendar/model/decode.js';
import {DecodedICalendar} from '../../../src/event-calendar/model/decoded-calendar.js';

const json = {contentType: 'application/json', url: 'https://example.org/events.json'};
const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nEND:VCALENDAR\r\n';

describe('decodeEventFeed', () => {
  it('reads JSON bodies as JSON', async () => {
    expect(await decodeEventFeed('{"events": []}', json)).to.deep.equal({events: []});
    expect(await decodeEventFeed('{"events": []}', {contentType: 'text/calendar', url: 'https://example.org/x.ics'})).to.deep.equal({events: []});
  });

  it('recognises iCalendar by its first line, by text/calendar, or by a .ics URL', () => {
    expect(isICalendar(`\uFEFF  ${ICS}`, json)).to.equal(true);
    expect(isICalendar('begin:vcalendar', json)).to.equal(true);
    expect(isICalendar('garbage', {contentType: 'text/calendar; charset=utf-8', url: 'https://example.org/feed'})).to.equal(true);
    expect(isICalendar('garbage', {contentType: 'application/octet-stream', url: 'https://example.org/feed.ICS?token=1'})).to.equal(true);
    expect(isICalendar('garbage', {contentType: 'text/plain', url: 'https://example.org/feed.json'})).to.equal(false);
  });

  it('returns a DecodedICalendar for iCalendar', async () => {
    expect(await decodeEventFeed(ICS, {contentType: 'text/calendar', url: 'https://example.org/e.ics'})).to.be.instanceOf(DecodedICalendar);
  });

  it('says precisely what it got when the body is neither', async () => {
    let error: unknown;
    try {
      await decodeEventFeed('<!doctype html><title>Sign in</title><script>window.__pwned=1</script>', {contentType: 'text/html', url: 'https://example.org/login'});
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(FeedFormatError);
    expect((error as Error).message).to.match(
      /^expected JSON or iCalendar \(BEGIN:VCALENDAR\), but the body starts with "<!doctype html><title>Sign in<\/title><sc…" and is not valid JSON \(.+\)\. It looks like an HTML page/,
    );
    expect((window as {__pwned?: number}).__pwned).to.equal(undefined);
    const empty = await decodeEventFeed('', json).catch((caught: Error) => caught);
    expect((empty as Error).message).to.contain('nothing (the body is empty)');
  });
});
