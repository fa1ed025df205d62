/** The level headings use when `heading-level` is missing or not 1 to 6. */
export const DEFAULT_HEADING_LEVEL = 2;

/**
 * The level a widget's `heading-level` asks for: a whole number from 1 to 6;
 * anything else (0, 7, 2.5, NaN from "h3") means 2, as every widget documents.
 */
export function headingLevel(asked: number): number {
  return Number.isInteger(asked) && asked >= 1 && asked <= 6 ? asked : DEFAULT_HEADING_LEVEL;
}

/** The level of headings one below `level`; there is no h7, so below an h6 is an h6. */
export function subheadingLevel(level: number): number {
  return Math.min(headingLevel(level) + 1, 6);
}
