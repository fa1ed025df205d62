/**
 * FeedController and renderFeedStatus, through a tiny element that uses them
 * the way every widget does. Feeds: the milestone tracker's sample plan (7
 * items), tests/core/fixtures/*.json, and the test server's failing routes.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {LitElement, nothing, type PropertyDeclarations} from 'lit';
import {textFor} from '../../src/core/dom-free/bilingual-text.js';
import {FeedController} from '../../src/core/element/feed-controller.js';
import {renderFeedStatus} from '../../src/core/element/feed-status.js';
import type {ProfiadErrorDetail, ProfiadLoadDetail} from '../../src/core/dom-free/feed-types.js';
import {LocaleController} from '../../src/core/element/locale-controller.js';
import {parseMilestoneFeed, type Milestone} from '../../src/milestone-tracker/milestone-model.js';
import {loadExample, nextEvent, until, visibleText} from '../helpers/fixtures.js';

const PLAN = '/examples/milestone-tracker/plan.json';
const SECOND = '/tests/core/fixtures/second-feed.json';
const NOT_A_FEED = '/tests/core/fixtures/not-a-feed.json';
const MAX_ITEMS = 10;

const item = (id: string, date = '2026-01-14') => ({id, title: {en: `Item ${id}`, cy: `Eitem ${id}`}, date, status: 'done'});
const feedOf = (...ids: string[]) => ({milestones: ids.map((id) => item(id))});

/** The smallest widget: status UI from renderFeedStatus, then a list of item titles. */
class TestFeedElement extends LitElement {
  static override properties: PropertyDeclarations = {
    data: {attribute: false},
    src: {},
    timeout: {type: Number},
  };

  data?: unknown;
  src?: string;
  timeout = 5000;

  readonly locale = new LocaleController(this);
  readonly feed = new FeedController<Milestone>(this, {
    property: () => this.data,
    src: () => this.src,
    timeout: () => this.timeout,
    parse: (body, origin) => parseMilestoneFeed(body, origin),
    maxItems: MAX_ITEMS,
  });

  override render() {
    const text = {loading: 'Loading test items…', failed: 'We could not load the test items', empty: 'There are no test items', someNotShown: 'Some test items could not be shown.'};
    return html`
      ${renderFeedStatus(this.feed, this.locale.locale, text, () => this.feed.retry())}
      ${
        this.feed.state === 'ready'
          ? html`<ul>
            ${this.feed.items.map((m) => html`<li data-id=${m.id}>${textFor(m.title, this.locale.locale)}</li>`)}
          </ul>`
          : nothing
      }
    `;
  }
}
customElements.define('test-feed', TestFeedElement);

declare global {
  interface HTMLElementTagNameMap {
    'test-feed': TestFeedElement;
  }
}

// What a reader sees.
const shownIds = (el: TestFeedElement) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.dataset.id);
const part = (el: TestFeedElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const partText = (el: TestFeedElement, name: string) => visibleText(part(el, name));

interface Options {
  data?: unknown;
  src?: string;
  /** Text of a child <script type="application/json">; objects are stringified. */
  inline?: unknown;
  timeout?: number;
  lang?: string;
}

/** A test-feed element, not yet on the page, recording every profiad-* event it fires. */
function create(options: Options = {}): {el: TestFeedElement; events: CustomEvent[]} {
  const el = document.createElement('test-feed');
  if (options.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = typeof options.inline === 'string' ? options.inline : JSON.stringify(options.inline);
    el.append(script);
  }
  if (options.data !== undefined) el.data = options.data;
  if (options.src !== undefined) el.src = options.src;
  if (options.timeout !== undefined) el.timeout = options.timeout;
  if (options.lang) el.lang = options.lang;
  const events: CustomEvent[] = [];
  for (const type of ['profiad-load', 'profiad-error']) el.addEventListener(type, (event) => events.push(event as CustomEvent));
  return {el, events};
}

/** Puts the element on the page and resolves with the first profiad-load or profiad-error. */
async function mount(el: TestFeedElement): Promise<CustomEvent> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const settled = Promise.race([nextEvent(el, 'profiad-load'), nextEvent(el, 'profiad-error')]);
  container.append(el);
  return settled;
}

/** Records each fetch the element makes, with its abort signal and outcome. */
interface FetchCall {
  url: string;
  signal?: AbortSignal;
  done: Promise<unknown>;
}
const realFetch = window.fetch;
let fetches: FetchCall[] = [];
/** Replaces the next fetches, in order; after that, real fetch. */
let fetchOverrides: (() => Promise<Response>)[] = [];

const realWarn = console.warn;
const realError = console.error;
let warnings: string[] = [];
let errors: string[] = [];

beforeEach(() => {
  fetches = [];
  fetchOverrides = [];
  warnings = [];
  errors = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const override = fetchOverrides.shift();
    const promise = override ? override() : realFetch(input, init);
    fetches.push({
      url: String(input),
      signal: init?.signal ?? undefined,
      done: promise.then(
        () => 'resolved',
        (error: Error) => error.name,
      ),
    });
    return promise;
  };
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
});

afterEach(() => {
  window.fetch = realFetch;
  console.warn = realWarn;
  console.error = realError;
});

describe('FeedController: where the data comes from', () => {
  let planIds: string[];
  before(async () => {
    planIds = (await loadExample<{milestones: {id: string}[]}>('milestone-tracker/plan.json')).milestones.map((m) => m.id);
  });

  it('prefers the property to inline JSON, and inline JSON to src', async () => {
    const {el, events} = create({data: feedOf('from-property'), inline: feedOf('from-inline'), src: PLAN});
    await mount(el);
    expect(shownIds(el)).to.deep.equal(['from-property']);
    expect(fetches).to.have.length(0);

    el.data = undefined;
    await until(() => events.length === 2, 'second profiad-load');
    expect(shownIds(el)).to.deep.equal(['from-inline']);
    expect(fetches).to.have.length(0);

    el.querySelector('script')!.remove();
    await until(() => events.length === 3, 'third profiad-load');
    expect(events.map((e) => e.type)).to.deep.equal(['profiad-load', 'profiad-load', 'profiad-load']);
    expect(shownIds(el)).to.deep.equal(planIds);
    expect(fetches.map((f) => new URL(f.url).pathname)).to.deep.equal([PLAN]);
  });

  it('reads inline JSON, and reads it again when a CMS changes it', async () => {
    const {el, events} = create({inline: feedOf('one', 'two')});
    const first = await mount(el);
    expect((first.detail as ProfiadLoadDetail).count).to.equal(2);
    expect(shownIds(el)).to.deep.equal(['one', 'two']);

    el.querySelector('script')!.textContent = JSON.stringify(feedOf('three'));
    await until(() => events.length === 2, 'profiad-load after the edit');
    expect(shownIds(el)).to.deep.equal(['three']);
  });

  it('reads inline JSON added after the element is on the page', async () => {
    const {el, events} = create();
    const first = await mount(el);
    expect(first.type).to.equal('profiad-load');
    expect(el.feed.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('There are no test items');

    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(feedOf('late'));
    el.append(script);
    await until(() => events.length === 2, 'profiad-load after the script was added');
    expect(shownIds(el)).to.deep.equal(['late']);
    expect(part(el, 'empty')).to.equal(null);
  });

  it('reads inline JSON that was on the page before the element was defined (upgrade)', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    // As a CMS page has it: the markup is parsed before the element's script runs.
    const el = document.createElement('test-feed-upgraded') as TestFeedElement;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(feedOf('upgraded'));
    el.append(script);
    container.append(el);
    expect(el instanceof TestFeedElement).to.equal(false);
    const loaded = nextEvent(el, 'profiad-load');
    customElements.define('test-feed-upgraded', class extends TestFeedElement {});
    await loaded;
    expect(shownIds(el)).to.deep.equal(['upgraded']);
  });

  it('reports inline text that is not JSON as a format error', async () => {
    const {el} = create({inline: '{"milestones": [ oops'});
    const event = await mount(el);
    expect(event.type).to.equal('profiad-error');
    expect((event.detail as ProfiadErrorDetail).kind).to.equal('format');
    expect((event.detail as ProfiadErrorDetail).message).to.include('not valid JSON');
    expect(partText(el, 'error')).to.include('The information is not in a form we can show.');
  });

  it('fetches src, announcing that it is loading meanwhile', async () => {
    const {el} = create({src: PLAN});
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const loaded = nextEvent<ProfiadLoadDetail>(el, 'profiad-load');
    container.append(el);
    await el.updateComplete;
    expect(el.feed.state).to.equal('loading');
    expect(partText(el, 'status')).to.equal('Loading test items…');
    expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
    expect(partText(el, 'loading')).to.equal('Loading test items…');

    const event = await loaded;
    expect(event.detail.count).to.equal(planIds.length);
    expect(event.detail.problems).to.deep.equal([]);
    expect(shownIds(el)).to.deep.equal(planIds);
    expect(partText(el, 'status')).to.equal('');
    expect(part(el, 'loading')).to.equal(null);
    expect(warnings).to.deep.equal([]);
  });

  it('merges several space-separated feeds, still showing the others when one fails', async () => {
    const {el} = create({src: ` ${PLAN}   /test-feeds/status/500\n${SECOND} `});
    const event = await mount(el);
    expect(event.type).to.equal('profiad-load');
    const detail = event.detail as ProfiadLoadDetail;
    expect(shownIds(el)).to.deep.equal([...planIds, 'second-a', 'second-b']);
    expect(detail.count).to.equal(planIds.length + 2);
    expect(detail.problems).to.have.length(1);
    expect(detail.problems[0]!.source).to.match(/\/test-feeds\/status\/500$/);
    expect(detail.problems[0]!.message).to.include('500');
    expect(partText(el, 'notice')).to.equal('Some test items could not be shown.');
    expect(part(el, 'error')).to.equal(null);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^test-feed: .*\/test-feeds\/status\/500: .*500/);
    // The first feed that has a title names the merged list.
    expect(textFor(el.feed.title, 'en')).to.equal('Lived experience and peer support workforce plan: milestones');
  });
});

describe('FeedController: failures', () => {
  it('shows an error with a retry button on 404, and fires profiad-error with the status', async () => {
    const {el, events} = create({src: '/test-feeds/status/404'});
    const event = await mount(el);
    expect(event.type).to.equal('profiad-error');
    const detail = event.detail as ProfiadErrorDetail;
    expect(detail.kind).to.equal('http');
    expect(detail.status).to.equal(404);
    expect(detail.url).to.equal(new URL('/test-feeds/status/404', document.baseURI).href);
    expect(detail.message).to.include('404');
    expect(el.feed.state).to.equal('error');
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(visibleText(error)).to.equal('We could not load the test items Sorry, there is a problem with the service. Try again later. Try again');
    expect(part(el, 'retry-button')!.localName).to.equal('button');
    expect(shownIds(el)).to.deep.equal([]);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/^test-feed: .*\/test-feeds\/status\/404 answered 404/);
    expect(events).to.have.length(1);
  });

  it('calls an HTML page a format error, not a feed', async () => {
    const {el} = create({src: '/test-feeds/html'});
    const event = await mount(el);
    const detail = event.detail as ProfiadErrorDetail;
    expect(event.type).to.equal('profiad-error');
    expect(detail.kind).to.equal('format');
    expect(detail.message).to.include('text/html');
    expect(partText(el, 'error')).to.include('The information is not in a form we can show.');
    expect((window as {__pwned?: boolean}).__pwned).to.equal(undefined);
  });

  it('calls JSON of the wrong shape a format error', async () => {
    const {el} = create({src: NOT_A_FEED});
    const event = await mount(el);
    expect(event.type).to.equal('profiad-error');
    expect((event.detail as ProfiadErrorDetail).kind).to.equal('format');
    expect((event.detail as ProfiadErrorDetail).message).to.include('"milestones" array');
  });

  it('gives up on a feed that never answers after `timeout` ms', async () => {
    const {el} = create({src: '/test-feeds/hang', timeout: 300});
    const start = performance.now();
    const event = await mount(el);
    const elapsed = performance.now() - start;
    expect(event.type).to.equal('profiad-error');
    expect((event.detail as ProfiadErrorDetail).kind).to.equal('timeout');
    expect(elapsed).to.be.within(250, 1000);
    expect(partText(el, 'error')).to.include('The service took too long to answer.');
    expect(fetches[0]!.signal!.aborted, 'the hanging request is cancelled').to.equal(true);
  });

  it('loads again when the reader presses "Try again" (in Welsh on a Welsh element)', async () => {
    fetchOverrides.push(() => Promise.reject(new TypeError('Failed to fetch')));
    const {el, events} = create({src: PLAN, lang: 'cy'});
    const first = await mount(el);
    expect(first.type).to.equal('profiad-error');
    expect((first.detail as ProfiadErrorDetail).kind).to.equal('network');
    expect(partText(el, 'error')).to.include("Gwiriwch eich cysylltiad â'r rhyngrwyd");
    const button = part(el, 'retry-button')!;
    expect(visibleText(button)).to.equal('Rhowch gynnig arall arni');

    button.click();
    await el.updateComplete;
    expect(el.feed.state).to.equal('loading');
    expect(part(el, 'error')).to.equal(null);
    await until(() => events.length === 2, 'profiad-load after retry');
    expect(events[1]!.type).to.equal('profiad-load');
    expect(shownIds(el)).to.have.length(7);
    expect(fetches).to.have.length(2);
  });
});

describe('FeedController: cancelling', () => {
  it('aborts a slow fetch when src changes, and never shows its result', async () => {
    const {el, events} = create({src: '/test-feeds/slow?ms=3000'});
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.append(el);
    await until(() => fetches.length === 1, 'the slow fetch');
    el.src = SECOND;
    await until(() => events.length === 1, 'profiad-load from the second src');
    expect(shownIds(el)).to.deep.equal(['second-a', 'second-b']);
    expect(fetches[0]!.signal!.aborted).to.equal(true);
    expect(await fetches[0]!.done).to.equal('AbortError');
    // Let anything the aborted fetch might still trigger run.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(events.map((e) => e.type)).to.deep.equal(['profiad-load']);
    expect(shownIds(el)).to.deep.equal(['second-a', 'second-b']);
    expect(errors).to.deep.equal([]);
  });

  it('aborts its fetch when removed from the page, and starts again when put back', async () => {
    const {el, events} = create({src: '/test-feeds/slow?ms=3000'});
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.append(el);
    await until(() => fetches.length === 1, 'the slow fetch');
    el.remove();
    expect(fetches[0]!.signal!.aborted).to.equal(true);
    expect(await fetches[0]!.done).to.equal('AbortError');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).to.deep.equal([]);
    expect(errors).to.deep.equal([]);

    el.src = PLAN;
    container.append(el);
    await until(() => events.length === 1, 'profiad-load after re-adding');
    expect(events[0]!.type).to.equal('profiad-load');
    expect(shownIds(el)).to.have.length(7);
  });

  it('starts again when moved to another place on the page mid-fetch', async () => {
    const {el, events} = create({src: '/test-feeds/slow?ms=300'});
    const container = await fixture<HTMLDivElement>(html`<div><section></section></div>`);
    container.append(el);
    await until(() => fetches.length === 1, 'the first fetch');
    container.querySelector('section')!.append(el); // disconnect + connect
    await until(() => events.length === 1, 'profiad-load after the move');
    expect(events[0]!.type).to.equal('profiad-load');
    expect(shownIds(el)).to.have.length(7);
    expect(fetches).to.have.length(2);
    expect(fetches[0]!.signal!.aborted).to.equal(true);
  });
});

describe('FeedController: events and reporting', () => {
  it('fires profiad-load (bubbling out of shadow roots) only once the items are on screen', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = outer.attachShadow({mode: 'open'});
    const {el} = create({src: PLAN});
    let seen: {bubbles: boolean; composed: boolean; count: number; shown: number; loading: boolean} | undefined;
    const onLoad = (event: Event) => {
      const {detail} = event as CustomEvent<ProfiadLoadDetail>;
      seen = {bubbles: event.bubbles, composed: event.composed, count: detail.count, shown: shownIds(el).length, loading: part(el, 'loading') !== null};
    };
    document.addEventListener('profiad-load', onLoad);
    try {
      root.append(el);
      await until(() => seen !== undefined, 'profiad-load on document');
    } finally {
      document.removeEventListener('profiad-load', onLoad);
    }
    expect(seen).to.deep.equal({bubbles: true, composed: true, count: 7, shown: 7, loading: false});
  });

  it('fires profiad-error (bubbling out of shadow roots) only once the error is on screen', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = outer.attachShadow({mode: 'open'});
    const {el} = create({src: '/test-feeds/status/500'});
    let seen: {bubbles: boolean; composed: boolean; status?: number; alert: string} | undefined;
    const onError = (event: Event) => {
      const {detail} = event as CustomEvent<ProfiadErrorDetail>;
      seen = {bubbles: event.bubbles, composed: event.composed, status: detail.status, alert: partText(el, 'error')};
    };
    document.addEventListener('profiad-error', onError);
    try {
      root.append(el);
      await until(() => seen !== undefined, 'profiad-error on document');
    } finally {
      document.removeEventListener('profiad-error', onError);
    }
    expect(seen).to.deep.include({bubbles: true, composed: true, status: 500});
    expect(seen!.alert).to.include('We could not load the test items');
  });

  it(`shows at most ${MAX_ITEMS} items and reports the rest`, async () => {
    const ids = Array.from({length: 12}, (_, i) => `m${String(i + 1).padStart(2, '0')}`);
    const {el} = create({data: feedOf(...ids)});
    const event = await mount(el);
    const detail = event.detail as ProfiadLoadDetail;
    expect(detail.count).to.equal(MAX_ITEMS);
    expect(shownIds(el)).to.deep.equal(ids.slice(0, MAX_ITEMS));
    expect(detail.problems).to.have.length(1);
    expect(detail.problems[0]!.message).to.equal(`12 items is more than the ${MAX_ITEMS} this element shows; only the first ${MAX_ITEMS} are shown.`);
    expect(partText(el, 'notice')).to.equal('Some test items could not be shown.');
    expect(warnings).to.have.length(1);
  });

  it('writes one precise console line per invalid item, and still shows the valid ones', async () => {
    const {el} = create({
      data: {
        milestones: [
          item('good'),
          {id: 'no-title', title: '  ', date: '2026-01', status: 'done'},
          {id: 'bad-date', title: 'Bad date', date: '2026-02-30', status: 'done'},
          'not an object',
          {id: 'bad-link', title: 'Bad link', date: '2026', status: 'upcoming', link: 'javascript:alert(1)'},
        ],
      },
    });
    const event = await mount(el);
    expect(shownIds(el)).to.deep.equal(['good', 'bad-link']);
    expect((event.detail as ProfiadLoadDetail).problems).to.have.length(4);
    expect(warnings).to.have.length(4);
    expect(warnings[0]).to.match(/^test-feed: property item 2 \(id "no-title"\): "title" must be .*It is not shown\.$/);
    expect(warnings[1]).to.match(/^test-feed: property item 3 \(id "bad-date"\): "date" must be .*got "2026-02-30"\. It is not shown\.$/);
    expect(warnings[2]).to.match(/^test-feed: property item 4: expected an object, got "not an object"/);
    expect(warnings[3]).to.match(/^test-feed: property item 5 \(id "bad-link"\): "link" "javascript:alert\(1\)" is not an http\(s\), mailto or tel URL/);
    expect(partText(el, 'notice')).to.equal('Some test items could not be shown.');
    // The unsafe link is dropped, the milestone kept.
    expect(el.feed.items.find((m) => m.id === 'bad-link')!.link).to.equal(undefined);
  });

  it('does not load again, or fire again, on a render that changes nothing', async () => {
    const {el, events} = create({src: PLAN});
    await mount(el);
    el.requestUpdate();
    await el.updateComplete;
    el.timeout = 1234;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetches).to.have.length(1);
    expect(events).to.have.length(1);
  });
});
