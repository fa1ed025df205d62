import {boundedMemo} from './bounded-memo.js';
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
const WELSH_LETTERS = [
  'a',
  'b',
  'c',
  'ch',
  'd',
  'dd',
  'e',
  'f',
  'ff',
  'g',
  'ng',
  'h',
  'i',
  'j',
  'k',
  'l',
  'll',
  'm',
  'n',
  'o',
  'p',
  'ph',
  'q',
  'r',
  'rh',
  's',
  't',
  'th',
  'u',
  'v',
  'w',
  'x',
  'y',
  'z',
];
const WELSH_RANK = new Map(WELSH_LETTERS.map((letter, rank) => [letter, rank]));
/** Digits from `lastIndex` on (sticky: matches only there). */
const DIGIT_RUN = /\d+/y;

/** Marks a run of digits in a key: after ASCII punctuation and spaces, before every letter (as Intl orders them). */
const DIGITS_MARK = '\u007F';
/** Letters are written into keys from here, in Welsh order: above every other character a title holds. */
const FIRST_LETTER = 0xe000;

/**
 * A key whose plain string order is the Welsh order of `text`'s letters: each
 * letter (ch, dd, ll... as one) becomes one character in alphabet order; case
 * and accents are dropped (â is a; they only break ties, below); a run of
 * digits is written with its length first, so 9 comes before 10 as with
 * Intl's numeric collation; anything else stays as it is, before letters.
 */
function welshKey(text: string): string {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  let key = '';
  for (let i = 0; i < plain.length;) {
    const pair = WELSH_RANK.get(plain.slice(i, i + 2));
    if (pair !== undefined) {
      key += String.fromCharCode(FIRST_LETTER + pair);
      i += 2;
      continue;
    }
    DIGIT_RUN.lastIndex = i;
    const digits = DIGIT_RUN.exec(plain)?.[0];
    if (digits) {
      const value = digits.replace(/^0+(?=\d)/, '');
      key += DIGITS_MARK + String.fromCharCode(value.length) + value;
      i += digits.length;
      continue;
    }
    const char = plain[i]!;
    const rank = WELSH_RANK.get(char);
    key += rank === undefined ? char : String.fromCharCode(FIRST_LETTER + rank);
    i += 1;
  }
  return key;
}

/**
 * Welsh alphabetical order for browsers without Welsh collation data; ties
 * (case, accents) as English orders them. Keys are remembered per text: a sort
 * compares each title many times.
 */
function welshAlphabetical(fallback: Intl.Collator): CompareText {
  const keyOf = boundedMemo(10_000, welshKey);
  return (a, b) => {
    const x = keyOf(a);
    const y = keyOf(b);
    return x < y ? -1 : x > y ? 1 : fallback.compare(a, b);
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
