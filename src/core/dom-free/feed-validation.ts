import {parseBilingualText, type BilingualText} from './bilingual-text.js';
import type {ProblemReport, ReportProblem} from './feed-problems.js';
import {FeedFormatError} from './feed-types.js';
import {safeUrl, type SafeUrl} from './safe-url.js';

/** A feed value as an author would recognise it in a console message, cut short when long. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`;
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- JSON has no text only for a function or a symbol, whose String() is its source or description
  return json === undefined ? String(value) : json.length > 60 ? `${json.slice(0, 60)}…` : json;
}

/** The optional `title` of a feed object (every widget's feed may have one); a bad one is reported, not shown. */
export function readFeedTitle(body: unknown, problems: ProblemReport): BilingualText | undefined {
  const title = isObject(body) ? body.title : undefined;
  if (title === undefined) return undefined;
  const parsed = parseBilingualText(title);
  if (!parsed) problems.feed(`"title" must be a string or {"en", "cy"}, got ${describeValue(title)}; no title is shown.`);
  return parsed;
}

/** A plain object (not null, not an array): what every feed item must be. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The items of a feed: the body itself when it is an array, else its `key`
 * array (`{"milestones": [...]}`). Anything else is not this kind of feed.
 */
export function feedItems(body: unknown, key: string): unknown[] {
  const list = Array.isArray(body) ? body : isObject(body) ? body[key] : undefined;
  if (!Array.isArray(list)) throw new FeedFormatError(`expected an array, or an object with the "${key}" array (see schemas/${key}.schema.json), got ${describeValue(body)}.`);
  return list;
}

/**
 * An item's `id`: a non-empty string (trimmed) or a finite number, unused by
 * an earlier item of the feed; otherwise why not, in the words every reader
 * reports (`noun`: "event", "story", "milestone").
 */
export function readItemId(value: unknown, seen: ReadonlySet<string>, noun: string): {id?: string; error?: string} {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  const id = trimmed ? trimmed : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
  if (id === undefined) return {error: `"id" must be a non-empty string, got ${describeValue(value)}`};
  return seen.has(id) ? {id, error: `"id" "${id}" is used by an earlier ${noun}`} : {id};
}

/** An optional bilingual text field of an item that is shown anyway: the text, or a report and nothing. */
export function optionalText(item: Record<string, unknown>, field: string, report: ReportProblem, noun: string): BilingualText | undefined {
  const value = item[field];
  if (value === undefined) return undefined;
  const text = parseBilingualText(value);
  if (!text) report(`"${field}" must be a non-empty string or {"en", "cy"}, got ${describeValue(value)}; the ${noun} is shown without it.`);
  return text;
}

/** An optional link of an item that is shown anyway: an allowed URL resolved against the feed's, or a report and nothing. */
export function optionalLink(item: Record<string, unknown>, field: string, baseUrl: string, report: ReportProblem, noun: string): SafeUrl | undefined {
  const value = item[field];
  if (value === undefined) return undefined;
  const link = safeUrl(value, baseUrl);
  if (!link) report(`"${field}" ${describeValue(value)} is not an http(s), mailto or tel URL; the ${noun} is shown without it.`);
  return link;
}
