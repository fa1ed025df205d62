/**
 * Checks an author's own wording (an element's `strings`, see translate.ts)
 * against the message ids the element knows, for the console: LocaleController
 * loads this module only when an element has `strings`, so pages without
 * any download none of it. The ids it knows are the keys of the Welsh parts its
 * messages use (src/generated/welsh/), so no list of ids ships beside the
 * Welsh. What is wrong is reported, one sentence per problem, and left out;
 * the rest is used.
 */
import {isWordingText, NO_WORDING, type Wording} from './translate.js';

/** How many single-character edits turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let row = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * The known id an author most likely meant by `id`, if one is close: the same
 * id under another widget's prefix ("carousel.support.heading" for
 * "story.support.heading"), else a typo away (at most 3 edits), else the one
 * sharing the longest start beyond the widget's prefix ("story.support.title").
 */
export function nearestId(id: string, known: Iterable<string>): string | undefined {
  const ids = [...known];
  const rest = id.slice(id.indexOf('.'));
  const renamed = id.includes('.') ? ids.find((k) => k.endsWith(rest)) : undefined;
  if (renamed) return renamed;
  let best: string | undefined;
  let bestDistance = 4;
  for (const k of ids) {
    const distance = editDistance(id, k);
    if (distance < bestDistance) [best, bestDistance] = [k, distance];
  }
  if (best) return best;
  let longest = id.indexOf('.') + 1;
  for (const k of ids) {
    let shared = 0;
    while (shared < id.length && id[shared] === k[shared]) shared++;
    if (shared > longest) [best, longest] = [k, shared];
  }
  return best;
}

/**
 * The usable part of `given` (an object, or its JSON text) for an element
 * that knows the ids in `known`. Each id it does not know, each value that is
 * not `{en?, cy?}` text, and text that is not JSON, is reported once through
 * `report` and left out.
 */
export function checkWording(given: unknown, known: ReadonlySet<string>, report: (problem: string) => void): Wording {
  if (given === undefined || given === null) return NO_WORDING;
  let value: unknown = given;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch (error) {
      report(`strings is not valid JSON (${(error as Error).message}), so profiad's own wording is used.`);
      return NO_WORDING;
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report('strings must be an object of message ids, like {"feed.retry": {"en": "…", "cy": "…"}}, so it is ignored.');
    return NO_WORDING;
  }
  const wording: Record<string, Wording[string]> = {};
  for (const [id, text] of Object.entries(value)) {
    if (!known.has(id)) {
      const near = nearestId(id, known);
      report(`strings: "${id}" is not a message id of this element, so it is ignored.${near ? ` Did you mean "${near}"?` : ''} The ids are in profiad's xliff/cy.xlf.`);
    } else if (!isWordingText(text)) {
      report(`strings: "${id}" must be {"en": "…", "cy": "…"} (either or both, as text), so it is ignored.`);
    } else {
      wording[id] = text;
    }
  }
  return wording;
}
