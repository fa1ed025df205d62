import type {Locale} from './locale.js';

let welshPlurals: boolean | undefined;

/**
 * The CLDR plural category of `n`, from Intl.PluralRules. Welsh has six (zero,
 * one, two, few, many, other); a browser without Welsh plural data would
 * answer with English rules, so then the Welsh rule for whole numbers is
 * applied from here.
 */
export function pluralCategory(n: number, locale: Locale): Intl.LDMLPluralRule {
  if (locale === 'cy') {
    welshPlurals ??= Intl.PluralRules.supportedLocalesOf(['cy']).length > 0 && new Intl.PluralRules('cy').select(6) === 'many';
    if (!welshPlurals) return welshPluralRule(n);
  }
  return pluralRules(locale).select(n);
}

/** One PluralRules per locale: views ask for dozens of categories per render (a month grid: one per day). */
const rulesByLocale = new Map<Locale, Intl.PluralRules>();
function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  return rules;
}

/** CLDR's Welsh rule for whole numbers: 0 zero, 1 one, 2 two, 3 few, 6 many, the rest other. */
export function welshPluralRule(n: number): Intl.LDMLPluralRule {
  switch (n) {
    case 0:
      return 'zero';
    case 1:
      return 'one';
    case 2:
      return 'two';
    case 3:
      return 'few';
    case 6:
      return 'many';
    default:
      return 'other';
  }
}

/** Forget the browser check (tests simulating a browser without Welsh plural data call this). */
export function resetWelshPluralSupport(): void {
  welshPlurals = undefined;
}
