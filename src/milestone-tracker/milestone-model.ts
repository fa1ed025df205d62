import {parseBilingualText, type BilingualText} from '../core/dom-free/bilingual-text.js';
import {compareFuzzyDates, parseFuzzyDate, type FuzzyDate} from '../core/dom-free/dates/fuzzy-date.js';
import type {FeedOrigin, FeedResult} from '../core/dom-free/feed-types.js';
import {ProblemReport} from '../core/dom-free/feed-problems.js';
import type {SafeUrl} from '../core/dom-free/safe-url.js';
import {describeValue, feedItems, isObject, optionalLink, optionalText, readFeedTitle, readItemId} from '../core/dom-free/feed-validation.js';

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
  const list = feedItems(body, 'milestones');
  const problems = new ProblemReport(source);
  const items: Milestone[] = [];
  const seen = new Set<string>();

  list.forEach((item: unknown, index) => {
    if (!isObject(item)) {
      problems.item(index)(`expected an object, got ${describeValue(item)}; it is not shown.`);
      return;
    }
    const {id, error: idError} = readItemId(item.id, seen, 'milestone');
    const errors = idError ? [idError] : [];
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
    const description = optionalText(item, 'description', report, 'milestone');
    if (description) milestone.description = description;
    const link = optionalLink(item, 'link', baseUrl, report, 'milestone');
    if (link) milestone.link = link;
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
