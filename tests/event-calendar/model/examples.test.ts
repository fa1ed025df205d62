/**
 * The named examples (examples/event-calendar/) are the data the stories, the
 * demo and the other tests use: they must read without problems, match the
 * schema, and cover what the views need to show.
 */
import {expect} from '@open-wc/testing';
import {textFor} from '../../../src/core/dom-free/bilingual-text.js';
import {decodeEventFeed} from '../../../src/event-calendar/model/decode.js';
import type {CalendarEvent} from '../../../src/event-calendar/model/event-types.js';
import {eventsBetween} from './events-between.js';
import {parseEventFeed} from '../../../src/event-calendar/model/json-feed.js';

const LONDON = 'Europe/London';
const TODAY = Date.parse('2026-11-25T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

async function load(path: string) {
  const url = new URL(path, location.href).href;
  const response = await fetch(url);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const body = await decodeEventFeed(new TextDecoder().decode(bytes), {contentType: response.headers.get('content-type') ?? '', url, bytes});
  return parseEventFeed(body, {source: url, baseUrl: url}, LONDON);
}

const allOf = (feedItems: Parameters<typeof eventsBetween>[0]) => eventsBetween(feedItems, Date.parse('2025-01-01T00:00:00Z'), Date.parse('2028-01-01T00:00:00Z'), LONDON);
const both = (value: CalendarEvent['title'] | undefined) => [textFor(value, 'en'), textFor(value, 'cy')];

describe('examples/event-calendar/events.json', () => {
  it('reads without problems and holds the real engagement series', async () => {
    const feed = await load('/examples/event-calendar/events.json');
    expect(feed.problems).to.deep.equal([]);
    expect(both(feed.title)).to.deep.equal([
      'Lived experience and peer support workforce plan: engagement events',
      'Cynllun gweithlu profiad bywyd a chymorth gan gymheiriaid: digwyddiadau ymgysylltu',
    ]);
    const events = allOf(feed.items);
    const carmarthen = events.find((e) => e.id === 'carmarthen-2025')!;
    expect(both(carmarthen.description)[0]).to.match(/More than 50 people.*Swansea Bay and Hywel Dda University Health Boards and the mental health charity Platfform/);
    expect(both(carmarthen.description)[1]).to.match(/mwy na 50 o bobl.*Bwrdd Iechyd Prifysgol Bae Abertawe, Bwrdd Iechyd Prifysgol Hywel Dda a'r elusen iechyd meddwl Platfform/);
    const northWales = events.find((e) => e.id === 'north-wales-workshop-2026')!;
    expect([iso(northWales.start), iso(northWales.end)]).to.deep.equal(['2026-01-14T10:00:00Z', '2026-01-14T15:00:00Z']);
    expect(both(northWales.location?.region)).to.deep.equal(['North Wales', 'Gogledd Cymru']);
  });

  it('has upcoming events across every region, format, language and audience, one cancelled and one full', async () => {
    const events = allOf((await load('/examples/event-calendar/events.json')).items);
    const upcoming = events.filter((e) => e.start >= TODAY);
    expect(upcoming.length).to.be.at.least(8);
    expect(upcoming.every((e) => e.start < Date.parse('2027-08-01T00:00:00Z'))).to.equal(true);
    const regions = new Set(upcoming.map((e) => both(e.location?.region).join(' / ')).filter((r) => r !== ' / '));
    expect([...regions].sort()).to.deep.equal(['Mid Wales / Canolbarth Cymru', 'North Wales / Gogledd Cymru', 'South Wales / De Cymru', 'West Wales / Gorllewin Cymru']);
    expect(new Set(upcoming.map((e) => e.format))).to.deep.equal(new Set(['in-person', 'online', 'hybrid']));
    expect(new Set(upcoming.map((e) => e.language))).to.deep.equal(new Set(['cy', 'en', 'bilingual']));
    expect(new Set(upcoming.flatMap((e) => (e.audience ?? []).map((a) => textFor(a, 'en')))).size).to.be.at.least(4);
    expect(upcoming.filter((e) => e.status === 'cancelled').map((e) => e.id)).to.deep.equal(['wrexham-workshop-2027-03']);
    expect(upcoming.filter((e) => e.status === 'full').map((e) => e.id)).to.deep.equal(['swansea-listening-2026-12']);
    expect(upcoming.some((e) => e.allDay && e.end - e.start > 86_400_000)).to.equal(true);
    for (const event of events) {
      // Every text in both languages, so the Welsh page is Welsh throughout.
      for (const text of [event.title, event.description, event.accessibility, ...(event.audience ?? [])]) {
        if (text === undefined) continue;
        expect(typeof text === 'string' || (text.en && text.cy), `${event.id}: ${JSON.stringify(text)}`).to.be.ok;
      }
      if (event.status !== 'cancelled' && event.start >= TODAY) {
        expect(event.accessibility, `${event.id} accessibility`).to.not.equal(undefined);
      }
      if (event.bookingUrl) expect(event.bookingUrl).to.match(/^https:\/\/heiw\.nhs\.wales\//);
    }
  });

  it('matches schemas/events.schema.json: only known fields, allowed values, dates as the pattern says', async () => {
    const schema = await (await fetch('/schemas/events.schema.json')).json();
    const raw = await (await fetch('/examples/event-calendar/events.json')).json();
    const eventSchema = schema.$defs.event;
    const known = new Set(Object.keys(eventSchema.properties));
    const date = new RegExp(schema.$defs.dateOrDateTime.pattern);
    for (const event of raw.events as Record<string, unknown>[]) {
      for (const key of Object.keys(event)) expect(known.has(key), `${String(event.id)}.${key}`).to.equal(true);
      for (const key of eventSchema.required as string[]) expect(event[key], `${String(event.id)}.${key}`).to.not.equal(undefined);
      expect(date.test(event.start as string), String(event.start)).to.equal(true);
      if (event.end) expect(date.test(event.end as string), String(event.end)).to.equal(true);
      for (const key of ['format', 'language', 'status']) {
        if (event[key] !== undefined) expect(eventSchema.properties[key].enum).to.include(event[key]);
      }
    }
    // Every field the schema lists has a description, for authors reading it.
    for (const [name, property] of Object.entries(eventSchema.properties as Record<string, {description?: string}>)) {
      expect(property.description, name).to.be.a('string');
    }
  });
});

describe('examples/event-calendar/events.ics', () => {
  it('reads without problems: a monthly drop-in with one EXDATE and one moved occurrence, bilingual text, a cancelled and an all-day week', async () => {
    const feed = await load('/examples/event-calendar/events.ics');
    expect(feed.problems).to.deep.equal([]);
    expect(feed.title).to.deep.equal({cy: 'Cymorth gan gymheiriaid: digwyddiadau', en: 'Peer support: events'});
    const events = allOf(feed.items);
    const dropIn = events.filter((e) => e.seriesId === 'peer-support-drop-in@heiw.example');
    expect(dropIn.map((e) => iso(e.start))).to.deep.equal([
      '2026-12-02T18:00:00Z',
      // 6 January: EXDATE
      '2027-02-03T18:00:00Z',
      '2027-03-03T18:00:00Z',
      '2027-04-14T17:00:00Z', // moved a week for Easter; BST
      '2027-05-05T17:00:00Z',
      '2027-06-02T17:00:00Z',
      '2027-07-07T17:00:00Z',
    ]);
    expect(dropIn[0]).to.deep.include({
      title: {cy: 'Sesiwn galw heibio cymorth gan gymheiriaid (ar-lein)', en: 'Peer support drop-in (online)'},
      format: 'online',
      language: 'bilingual',
      bookingUrl: 'https://heiw.nhs.wales/events/peer-support-drop-in/',
    });
    const forum = events.find((e) => e.id === 'swansea-bay-forum-2027@heiw.example')!;
    expect(forum.location).to.deep.equal({
      name: {cy: 'Ysbyty Treforys', en: 'Morriston Hospital'},
      address: {cy: 'Abertawe SA6 6NL', en: 'Swansea SA6 6NL'},
      region: {cy: 'De Cymru', en: 'South Wales'},
    });
    expect(events.find((e) => e.id === 'caernarfon-meet-2027@heiw.example')!.status).to.equal('cancelled');
    const carersWeek = events.find((e) => e.id === 'carers-week-2027@heiw.example')!;
    expect([carersWeek.allDay, iso(carersWeek.start), iso(carersWeek.end)]).to.deep.equal([true, '2027-06-07T00:00:00Z', '2027-06-14T00:00:00Z']);
  });
});
