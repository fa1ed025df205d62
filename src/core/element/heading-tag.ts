import {literal, type StaticValue} from 'lit/static-html.js';
import {headingLevel} from '../dom-free/heading-level.js';

/** The six heading tags, as static values (fixed literals: nothing from a feed or attribute becomes a tag name). */
const HEADING_TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The heading tag for a level (see headingLevel for the rule), for `lit/static-html.js` templates. */
export const headingTag = (level: number): StaticValue => HEADING_TAGS[headingLevel(level) - 1]!;
