import type {FeedProblem} from './feed-types.js';

/** Reports one problem, in English for the page author, about the thing it was made for. */
export type ReportProblem = (message: string) => void;

/**
 * The problems found while reading one feed, each tagged with where it came
 * from. Every feed reader collects them this way:
 *
 *   const problems = new ProblemReport(source);
 *   problems.item(index, id)('… It is not shown.');     // an item left out
 *   problems.field(index, id)('…; it is shown without it.'); // an item shown without one of its fields
 *   problems.feed('"title" must be a string…');         // the feed as a whole, whose items still show
 *   return {items, problems: problems.list};
 */
export class ProblemReport {
  /** Everything reported so far, in the order it was reported. */
  readonly list: FeedProblem[] = [];

  /** `source`: where the data came from (a URL, "inline <script>" or "property"). */
  constructor(readonly source: string) {}

  /** A problem with the feed as a whole, not with one of its items: its items still show. */
  feed(message: string): void {
    this.list.push({source: this.source, message, stillShown: true});
  }

  /** A reporter for the item at `index` (from 0), with its id when it has a usable one, for problems that leave it out. */
  item(index: number, id?: string): ReportProblem {
    return (message) => this.list.push({source: this.source, index, id, message});
  }

  /** A reporter for problems with one field of the item at `index`, which is shown all the same. */
  field(index: number, id?: string): ReportProblem {
    return (message) => this.list.push({source: this.source, index, id, message, stillShown: true});
  }

  /**
   * An item left out on purpose, not because it is wrong (a private calendar
   * entry): the author is told, readers are not told anything is missing.
   */
  leftOut(index: number, id: string | undefined, message: string): void {
    this.list.push({source: this.source, index, id, message, intended: true});
  }
}

/** A problem as one console line: "<source> item 3 (id "launch"): <message>". */
export function describeProblem(problem: FeedProblem): string {
  const where = [problem.source, problem.index !== undefined ? `item ${problem.index + 1}` : '', problem.id ? `(id "${problem.id}")` : ''].filter(Boolean).join(' ');
  return `${where ? `${where}: ` : ''}${problem.message}`;
}
