import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {BilingualText} from '../dom-free/bilingual-text.js';
import {describeProblem} from '../dom-free/feed-problems.js';
import {FeedFormatError, ReaderLoadError, type FeedError, type FeedOrigin, type FeedProblem, type FeedResult, type FeedState} from '../dom-free/feed-types.js';
import {feedBaseUrl} from '../dom-free/safe-url.js';
import type {FeedEventName} from './feed-events.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface FeedOptions<T> {
  /** Data set as a JS property, or `undefined` when none was set. Wins over everything else. */
  property: () => unknown;
  /** The `src` attribute: one URL, or several separated by spaces (merged into one list). */
  src: () => string | null | undefined;
  /** Milliseconds to wait for each response before giving up. */
  timeout: () => number;
  /**
   * Validates a decoded feed item by item, resolving its relative links
   * against `origin.baseUrl`. Throws FeedFormatError when it is no feed at all.
   */
  parse: (body: unknown, origin: FeedOrigin) => FeedResult<T>;
  /**
   * Turns a response body into something `parse` takes. Default: JSON.
   * `bytes` is the raw body: iCalendar must unfold lines before decoding UTF-8,
   * as a fold may split a multi-byte character (RFC 5545, section 3.1).
   */
  decode?: (text: string, response: {contentType: string; url: string; bytes?: Uint8Array}) => unknown | Promise<unknown>;
  /** Sorts the merged items (e.g. by date). */
  sort?: (a: T, b: T) => number;
  /** The most items shown; beyond it the feed is reported, not rendered (a hostile 10,000-item feed). */
  maxItems?: number;
}

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

class FetchFailure extends Error {
  constructor(readonly error: FeedError) {
    super(error.message);
  }
}

/**
 * Loads an element's data from, first found wins: a JS property, a child
 * `<script type="application/json">`, or `src` (fetched with a timeout, aborted
 * when the element leaves the page or `src` changes). Holds the state the
 * element renders (loading / error / empty / ready) and fires `profiad-load`
 * and `profiad-error`.
 */
export class FeedController<T> implements ReactiveController {
  state: FeedState = 'loading';
  items: T[] = [];
  problems: FeedProblem[] = [];
  title?: BilingualText;
  error?: FeedError;

  /** Identifies the input last loaded, so a render without a change does not reload. */
  private loadedInput?: unknown;
  private abort?: AbortController;
  private childObserver?: MutationObserver;
  private pendingEvent?: CustomEvent;

  constructor(
    private readonly host: Host,
    private readonly options: FeedOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A CMS may add or fill the inline <script> after the element upgrades.
    this.childObserver = new MutationObserver(() => this.host.requestUpdate());
    this.childObserver.observe(this.host, {childList: true, subtree: true, characterData: true});
    if (this.loadedInput !== undefined && this.state === 'loading') {
      // We were moved while a fetch was under way and it was aborted: start again.
      this.loadedInput = undefined;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.childObserver?.disconnect();
    this.abort?.abort();
  }

  /** Runs before each render: loads again only when the input changed. */
  hostUpdate(): void {
    const property = this.options.property();
    if (property !== undefined) {
      if (property !== this.loadedInput) this.loadFromValue(property, 'property');
      return;
    }
    const script = this.host.querySelector<HTMLScriptElement>(INLINE_SELECTOR);
    if (script) {
      const text = script.textContent ?? '';
      if (`inline:${text}` !== this.loadedInput) this.loadInline(text);
      return;
    }
    const src = (this.options.src() ?? '').trim();
    if (`src:${src}` !== this.loadedInput) {
      this.loadedInput = `src:${src}`;
      if (src) void this.loadUrls(src.split(/\s+/));
      else this.finish({items: [], problems: []});
    }
  }

  /** Loads everything again (the retry button). */
  retry(): void {
    this.loadedInput = undefined;
    this.host.requestUpdate();
  }

  private loadFromValue(value: unknown, source: string, input: unknown = value): void {
    this.abort?.abort();
    this.loadedInput = input;
    try {
      this.finish(this.options.parse(value, this.origin(source)));
    } catch (error) {
      this.fail(this.formatError(error, source), []);
    }
  }

  private loadInline(text: string): void {
    this.abort?.abort();
    this.loadedInput = `inline:${text}`;
    const source = 'inline <script type="application/json">';
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      this.fail({kind: 'format', message: `${source} is not valid JSON: ${(error as Error).message}`}, []);
      return;
    }
    this.loadFromValue(value, source, `inline:${text}`);
  }

  private async loadUrls(urls: string[]): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.state = 'loading';
    this.error = undefined;
    this.host.requestUpdate();

    const results = await Promise.allSettled(urls.map((url) => this.loadUrl(url, abort.signal)));
    if (abort.signal.aborted) return;

    const merged: FeedResult<T> = {items: [], problems: []};
    const failures: FeedError[] = [];
    for (const result of results) {
      if (result.status === 'fulfilled') {
        merged.items.push(...result.value.items);
        merged.title ??= result.value.title;
        merged.problems.push(...result.value.problems);
      } else {
        failures.push(result.reason instanceof FetchFailure ? result.reason.error : this.formatError(result.reason, ''));
      }
    }
    const asProblem = (error: FeedError): FeedProblem => ({source: error.url ?? '', message: error.message});
    if (failures.length === urls.length) {
      // Nothing loaded: the first failure is the error; any others are listed with it.
      this.fail(failures[0]!, failures.slice(1).map(asProblem));
    } else {
      this.finish({...merged, problems: [...failures.map(asProblem), ...merged.problems]});
    }
  }

  private async loadUrl(url: string, signal: AbortSignal): Promise<FeedResult<T>> {
    let absolute: string;
    try {
      absolute = new URL(url, document.baseURI).href;
    } catch {
      throw new FetchFailure({kind: 'network', url, message: `"${url}" is not a valid URL.`});
    }
    const timeoutMs = this.options.timeout();
    const request = new AbortController();
    const onAbort = () => request.abort();
    signal.addEventListener('abort', onAbort);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      request.abort();
    }, timeoutMs);
    try {
      let response: Response;
      try {
        response = await fetch(absolute, {signal: request.signal, credentials: 'same-origin', headers: {Accept: 'application/json, text/calendar;q=0.9, */*;q=0.1'}});
      } catch (error) {
        if (timedOut) throw new FetchFailure({kind: 'timeout', url: absolute, message: `${absolute} did not answer within ${timeoutMs} ms.`});
        throw new FetchFailure({
          kind: 'network',
          url: absolute,
          message:
            `Could not fetch ${absolute} (${(error as Error).message}). The reader may be offline; ` +
            'or, if the feed is on another site, that site must send an Access-Control-Allow-Origin header (README: "Publishing a feed").',
        });
      }
      if (!response.ok) {
        throw new FetchFailure({kind: 'http', status: response.status, url: absolute, message: `${absolute} answered ${response.status} ${response.statusText}.`});
      }
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await response.arrayBuffer());
      } catch {
        if (timedOut) throw new FetchFailure({kind: 'timeout', url: absolute, message: `${absolute} did not finish sending within ${timeoutMs} ms.`});
        throw new FetchFailure({kind: 'network', url: absolute, message: `The connection to ${absolute} broke while reading it.`});
      }
      // What response.text() does: UTF-8, a leading BOM dropped.
      const text = new TextDecoder().decode(bytes);
      const contentType = response.headers.get('content-type') ?? '';
      let body: unknown;
      try {
        body = this.options.decode ? await this.options.decode(text, {contentType, url: absolute, bytes}) : JSON.parse(text);
      } catch (error) {
        // A reader that did not load is a network failure to the reader (try again), not bad data.
        if (error instanceof ReaderLoadError) throw new FetchFailure({kind: 'network', url: absolute, message: `${absolute}: ${error.message}`});
        throw new FetchFailure(this.formatError(error, absolute, contentType));
      }
      try {
        return this.options.parse(body, this.origin(absolute));
      } catch (error) {
        throw new FetchFailure(this.formatError(error, absolute));
      }
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    }
  }

  /** A feed's relative links resolve against its own URL when it was fetched, else against the page's. */
  private origin(source: string): FeedOrigin {
    return {source, baseUrl: feedBaseUrl(source, document.baseURI)};
  }

  private formatError(error: unknown, source: string, contentType?: string): FeedError {
    const why = error instanceof FeedFormatError ? error.message : `it could not be read (${(error as Error)?.message ?? String(error)})`;
    const type = contentType ? ` (Content-Type: ${contentType})` : '';
    return {kind: 'format', url: source || undefined, message: `${source || 'The data'}${type} is not a feed this element can show: ${why}`};
  }

  private finish(result: FeedResult<T>): void {
    const problems = [...result.problems];
    let items = result.items;
    if (this.options.sort) items = [...items].sort(this.options.sort);
    const max = this.options.maxItems;
    if (max !== undefined && items.length > max) {
      problems.push({source: '', message: `${items.length} items is more than the ${max} this element shows; only the first ${max} are shown.`});
      items = items.slice(0, max);
    }
    this.items = items;
    this.problems = problems;
    this.title = result.title;
    this.error = undefined;
    this.state = items.length ? 'ready' : 'empty';
    this.report();
    this.dispatch('profiad-load', {count: items.length, problems});
    this.host.requestUpdate();
  }

  private fail(error: FeedError, problems: FeedProblem[]): void {
    this.items = [];
    this.problems = problems;
    this.title = undefined;
    this.error = error;
    this.state = 'error';
    console.error(`${this.host.localName}: ${error.message}`);
    this.report();
    this.dispatch('profiad-error', {...error, problems});
    this.host.requestUpdate();
  }

  /** One console line per problem, so an author can find and fix each item. */
  private report(): void {
    for (const problem of this.problems) console.warn(`${this.host.localName}: ${describeProblem(problem)}`);
  }

  /**
   * Events wait for the render that shows their result, so listeners see the new DOM.
   * The detail's type is the one declared in HTMLElementEventMap (feed-events.ts), so the two cannot drift apart.
   */
  private dispatch<K extends FeedEventName>(type: K, detail: HTMLElementEventMap[K]['detail']): void {
    this.pendingEvent = new CustomEvent(type, {detail, bubbles: true, composed: true});
  }

  hostUpdated(): void {
    const event = this.pendingEvent;
    this.pendingEvent = undefined;
    if (event) this.host.dispatchEvent(event);
  }
}
