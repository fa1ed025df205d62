import type {BilingualText} from './bilingual-text.js';

/** What is wrong with one item (or the whole feed), in English for the page author's console. */
export interface FeedProblem {
  /** Where the data came from: a URL, "inline <script>" or "property". */
  source: string;
  /** Position of the item in its feed, from 0; absent for a problem with the whole feed. */
  index?: number;
  /** The item's id, when it had a usable one. */
  id?: string;
  message: string;
  /**
   * Left out on purpose, not wrong (e.g. a private calendar entry): told to
   * the author in the console, but readers are not told "some could not be shown".
   */
  intended?: true;
  /**
   * Nothing was left out: the item (or the feed) is shown all the same,
   * without what the message names (a bad optional field, an unknown time
   * zone). Readers are not told "some could not be shown".
   */
  stillShown?: true;
}

/** Where a feed came from, as its parser needs to know. */
export interface FeedOrigin {
  /** A URL, "inline <script>" or "property": names the feed in its problems. */
  source: string;
  /** What the feed's relative links resolve against: the feed's own URL when it was fetched, else the page's (see feedBaseUrl). */
  baseUrl: string;
}

/** Validated items plus what was wrong. Invalid items are left out; valid ones still show. */
export interface FeedResult<T> {
  items: T[];
  problems: FeedProblem[];
  /** The feed's own title, when it has one (the first feed's, when several are merged). */
  title?: BilingualText;
}

/** Thrown by a feed parser when the body is not a feed of this kind at all. */
export class FeedFormatError extends Error {
  override name = 'FeedFormatError';
}

/**
 * Thrown when a part of profiad that reading the feed needs could not be
 * loaded (the iCalendar reader, a lazy chunk): the feed may be fine, so the
 * reader is told that something did not load, not that the data is wrong.
 */
export class ReaderLoadError extends Error {
  override name = 'ReaderLoadError';
}

export type FeedState = 'loading' | 'error' | 'empty' | 'ready';

/**
 * Why nothing could be loaded:
 * - `network`: the request failed (offline, DNS, or a feed on another site without CORS headers)
 * - `timeout`: no answer within the time allowed
 * - `http`: the server answered with an error status (404, 500...)
 * - `format`: the body is not a feed this element understands (not JSON, HTML page, wrong shape)
 */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'format';

export interface FeedError {
  kind: FeedErrorKind;
  /** English, precise, for the console and the `profiad-error` event. */
  message: string;
  status?: number;
  url?: string;
}

/** `detail` of the `profiad-load` event. */
export interface ProfiadLoadDetail {
  count: number;
  problems: FeedProblem[];
}

/** `detail` of the `profiad-error` event. */
export interface ProfiadErrorDetail extends FeedError {
  problems: FeedProblem[];
}
