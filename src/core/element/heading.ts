import {literal, type StaticValue} from 'lit/static-html.js';

/** The six heading tags, as static values (fixed literals: nothing from a feed or attribute becomes a tag name). */
const HEADING_TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A heading level rounded into 1 to 6 (a sub-heading of an h6 is still an h6); NaN becomes 2. */
export const clampHeadingLevel = (level: number): number => Math.min(Math.max(Math.round(level) || 2, 1), 6);

/** The heading tag for a level, for `lit/static-html.js` templates. */
export const headingTag = (level: number): StaticValue => HEADING_TAGS[clampHeadingLevel(level) - 1]!;
