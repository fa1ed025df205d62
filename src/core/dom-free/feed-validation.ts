import {parseBilingualText, type BilingualText} from './bilingual-text.js';
import type {ProblemReport} from './feed-problems.js';

/** A feed value as an author would recognise it in a console message, cut short when long. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`;
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 60 ? `${json.slice(0, 60)}…` : json;
}

/** The optional `title` of a feed object (every widget's feed may have one); a bad one is reported, not shown. */
export function readFeedTitle(body: unknown, problems: ProblemReport): BilingualText | undefined {
  const title = Array.isArray(body) || !body || typeof body !== 'object' ? undefined : (body as {title?: unknown}).title;
  if (title === undefined) return undefined;
  const parsed = parseBilingualText(title);
  if (!parsed) problems.feed(`"title" must be a string or {"en", "cy"}, got ${describeValue(title)}; no title is shown.`);
  return parsed;
}
