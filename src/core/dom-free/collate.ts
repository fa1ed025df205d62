import type {Locale} from './locale.js';

/**
 * Text comparison in the reader's language: titles at the same time, filter
 * options. `Intl.Collator` where the browser has the language's collation
 * data; some browsers (Chromium on Linux and Windows among them) have none for
 * Welsh, and then the Welsh alphabet is applied from here.
 */
export type CompareText = (a: string, b: string) => number;

const OPTIONS: Intl.CollatorOptions = {sensitivity: 'variant', numeric: true};

/**
 * The Welsh alphabet, with the letters loanwords use (k, q, v, x, z) where the
 * Latin alphabet has them. Digraphs are single letters: "ch" after every "c…",
 * "ll" after every "l…". (A word such as "Bangor", where n and g belong to two
 * syllables, is sorted as if it held "ng": a dictionary would need to know the
 * word, and CLDR's Welsh collation does the same.)
 */
const WELSH_LETTERS = ['a', 'b', 'c', 'ch', 'd', 'dd', 'e', 'f', 'ff', 'g', 'ng', 'h', 'i', 'j', 'k', 'l', 'll', 'm', 'n', 'o', 'p', 'ph', 'q', 'r', 'rh', 's', 't', 'th', 'u', 'v', 'w', 'x', 'y', 'z'];
const WELSH_RANK = new Map(WELSH_LETTERS.map((letter, rank) => [letter, rank]));
/** Digits from `lastIndex` on (sticky: matches only there). */
const DIGIT_RUN = /\d+/y;

/**
 * The primary letters of `text` as Welsh ranks: case and accents ignored (â
 * is a); a run of digits kept as one string (so 9 comes before 10, as with
 * Intl's numeric collation), anything else as its own character.
 */
function welshLetters(text: string): (number | string)[] {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const letters: (number | string)[] = [];
  for (let i = 0; i < plain.length; ) {
    const pair = WELSH_RANK.get(plain.slice(i, i + 2));
    if (pair !== undefined) {
      letters.push(pair);
      i += 2;
      continue;
    }
    DIGIT_RUN.lastIndex = i;
    const digits = DIGIT_RUN.exec(plain)?.[0];
    if (digits) {
      letters.push(digits);
      i += digits.length;
      continue;
    }
    const char = plain[i]!;
    letters.push(WELSH_RANK.get(char) ?? char);
    i += 1;
  }
  return letters;
}

/** Welsh alphabetical order for browsers without Welsh collation data; ties (case, accents) as English orders them. */
function welshAlphabetical(fallback: Intl.Collator): CompareText {
  const separators = new Intl.Collator('en', OPTIONS);
  return (a, b) => {
    const x = welshLetters(a);
    const y = welshLetters(b);
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const p = x[i]!;
      const q = y[i]!;
      if (p === q) continue;
      // Letters by their Welsh rank; spaces, digits and punctuation before letters, among themselves as English orders them.
      if (typeof p === 'number' && typeof q === 'number') return p - q;
      if (typeof p === 'number') return 1;
      if (typeof q === 'number') return -1;
      return separators.compare(p, q); // numeric: two digit runs compare as numbers
    }
    return x.length - y.length || fallback.compare(a, b);
  };
}

const byLocale = new Map<Locale, CompareText>();

/** Compares text the way a reader of `locale` orders it in a list. */
export function compareText(locale: Locale): CompareText {
  let compare = byLocale.get(locale);
  if (!compare) {
    const english = new Intl.Collator('en-GB', OPTIONS);
    if (locale === 'en') compare = english.compare;
    else compare = Intl.Collator.supportedLocalesOf(['cy']).length > 0 ? new Intl.Collator('cy', OPTIONS).compare : welshAlphabetical(english);
    byLocale.set(locale, compare);
  }
  return compare;
}

/** Welsh order as this file applies it without Intl's Welsh data (exported to test it in every browser). */
export const compareWelshAlphabetically: CompareText = welshAlphabetical(new Intl.Collator('en-GB', OPTIONS));
