import {parseBilingualText, type BilingualText} from '../core/dom-free/bilingual-text.js';
import {compareFuzzyDates, parseFuzzyDate, type FuzzyDate} from '../core/dom-free/dates/fuzzy-date.js';
import {FeedFormatError, type FeedOrigin, type FeedResult} from '../core/dom-free/feed-types.js';
import {ProblemReport} from '../core/dom-free/feed-problems.js';
import {safeUrl, type SafeUrl} from '../core/dom-free/safe-url.js';
import {describeValue, readFeedTitle} from '../core/dom-free/feed-validation.js';

export const MILESTONE_STATUSES = ['done', 'in-progress', 'upcoming', 'delayed'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/**
 * A milestone, and the whole feed, as an author writes them: types generated
 * from schemas/milestones.schema.json (src/generated/feeds/). The reader below
 * still checks every item, since a page can hand it anything.
 */
export type {MilestoneInput, MilestonesFeedInput} from '../generated/feeds/milestones.js';

/** A milestone checked and ready to show. */
export interface Milestone {
  id: string;
  title: BilingualText;
  description?: BilingualText;
  date: FuzzyDate;
  status: MilestoneStatus;
  /** Present only when it passed the URL allowlist; a relative link is resolved against the feed's base URL. */
  link?: SafeUrl;
  /** Position in the feed, to keep feed order among milestones with the same date. */
  order: number;
}

export type MilestoneFeed = FeedResult<Milestone>;


/**
 * Validates a milestones feed item by item. An item with a problem is left out
 * and reported; the others are kept. Relative links resolve against
 * `origin.baseUrl`. Throws FeedFormatError only when the whole thing is not a
 * milestones feed.
 */
export function parseMilestoneFeed(body: unknown, {source, baseUrl}: FeedOrigin, timeZone?: string): MilestoneFeed {
  const list = Array.isArray(body) ? body : (body as {milestones?: unknown} | null)?.milestones;
  if (!Array.isArray(list)) {
    throw new FeedFormatError('expected an object with a "milestones" array (see schemas/milestones.schema.json).');
  }
  const problems = new ProblemReport(source);
  const items: Milestone[] = [];
  const seen = new Set<string>();

  list.forEach((raw: unknown, index) => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      problems.item(index)(`expected an object, got ${describeValue(raw)}; it is not shown.`);
      return;
    }
    const item = raw as Record<string, unknown>;
    const id = typeof item.id === 'string' && item.id.trim() ? item.id.trim() : typeof item.id === 'number' ? String(item.id) : undefined;
    const errors: string[] = [];
    if (id === undefined) errors.push(`"id" must be a non-empty string, got ${describeValue(item.id)}`);
    else if (seen.has(id)) errors.push(`"id" "${id}" is used by an earlier milestone`);
    const title = parseBilingualText(item.title);
    if (!title) errors.push(`"title" must be a non-empty string or {"en", "cy"}, got ${describeValue(item.title)}`);
    const date = parseFuzzyDate(item.date, timeZone);
    if (!date) errors.push(`"date" must be like 2026-01-14, 2026-03, 2026-spring, 2026-Q2 or 2026, got ${describeValue(item.date)}`);
    const status = MILESTONE_STATUSES.find((s) => s === item.status);
    if (!status) errors.push(`"status" must be one of ${MILESTONE_STATUSES.join(', ')}, got ${describeValue(item.status)}`);
    if (errors.length) {
      problems.item(index, id)(`${errors.join('; ')}. It is not shown.`);
      return;
    }
    // From here on the milestone is shown: what is wrong leaves out a field, not the milestone.
    const report = problems.field(index, id);

    const milestone: Milestone = {id: id!, title: title!, date: date!, status: status!, order: index};
    if (item.description !== undefined) {
      const description = parseBilingualText(item.description);
      if (description) milestone.description = description;
      else report(`"description" must be a string or {"en", "cy"}, got ${describeValue(item.description)}; the milestone is shown without it.`);
    }
    if (item.link !== undefined) {
      const link = safeUrl(item.link, baseUrl);
      if (link) milestone.link = link;
      else report(`"link" ${describeValue(item.link)} is not an http(s), mailto or tel URL; the milestone is shown without it.`);
    }
    seen.add(id!);
    items.push(milestone);
  });

  const feed: MilestoneFeed = {items, problems: problems.list};
  const title = readFeedTitle(body, problems);
  if (title) feed.title = title;
  return feed;
}

/** Date order; feed order among milestones on the same dates. */
export function compareMilestones(a: Milestone, b: Milestone): number {
  return compareFuzzyDates(a.date, b.date) || a.order - b.order;
}
