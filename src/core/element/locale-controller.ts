import type {TemplateMap} from '@lit/localize';
import type {PropertyDeclaration, ReactiveController, ReactiveControllerHost} from 'lit';
import {toLocale, type Locale} from '../dom-free/locale.js';
import {NO_WORDING, readWording, type WordedLanguage, type Wording} from '../dom-free/translate.js';
import {welsh as coreWelsh} from '../../generated/welsh/core.js';

/** An element with a language; its `strings` is the author's wording (see dom-free/translate.ts). */
type Host = ReactiveControllerHost & HTMLElement & {strings?: unknown};

/** Wording checks still loading or running (see LocaleController's report). */
const pendingReports = new Set<Promise<void>>();

/** Resolves when every check of an author's `strings` started so far has reported: for tests and tools. */
export async function wordingReported(): Promise<void> {
  while (pendingReports.size) await Promise.all(pendingReports);
}

/** Every connected controller, so one observer can serve all elements on the page. */
const connected = new Set<LocaleController>();
let observer: MutationObserver | undefined;

const LANG_CHANGES: MutationObserverInit = {attributes: true, attributeFilter: ['lang'], subtree: true};

/**
 * Watches `lang` on the whole document and in every shadow root that holds
 * `element` (a host app's component), since a document-wide observer does not
 * see into shadow trees. Observing a root again only renews the same options.
 */
function observeLangChanges(element: Element): void {
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const controller of connected) controller.refresh();
    });
    observer.observe(document.documentElement, LANG_CHANGES);
  }
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    observer.observe(root, LANG_CHANGES);
  }
}

/** The language in force at `element`: its own `lang`, the nearest ancestor's (across shadow roots), else `<html lang>`. */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return document.documentElement.lang;
}

/**
 * The `strings` property of every public element: an author's own wording
 * (see dom-free/translate.ts), as an object, or as JSON in the `strings`
 * attribute. Text that is not JSON is kept as it is, for the element's
 * LocaleController to report in the console with the element's name (a
 * converter cannot say which element it converts for), and never throws.
 */
export const stringsProperty: PropertyDeclaration = {
  converter: {
    fromAttribute(value) {
      if (value === null) return undefined;
      try {
        return JSON.parse(value) as unknown;
      } catch {
        return value;
      }
    },
  },
};

/**
 * Keeps an element in step with the language around it, live: `locale` is
 * the element's language now, and a change of `lang` on the element, any
 * ancestor or `<html>` re-renders it. `language` is that locale with the
 * author's wording, the host's `strings`: the element passes it to every
 * message it builds (see dom-free/translate.ts), during render or after an
 * await, and `locale` to everything else (dates, content text, `lang`
 * attributes).
 *
 * `known` is the Welsh parts (src/generated/welsh/) of the element's own
 * messages besides the core's, which every element shows: their keys are the
 * ids an author may reword, and anything else in `strings` is reported once
 * in the console (naming the element) and ignored. Without `known`, nothing
 * is reported: an internal element handed its host's, already checked.
 */
export class LocaleController implements ReactiveController {
  private current: Locale = 'en';
  private given: unknown;
  private wording: Wording = NO_WORDING;
  private knownIds?: ReadonlySet<string>;
  private last: WordedLanguage = {locale: 'en', wording: NO_WORDING};

  constructor(
    private readonly host: Host,
    private readonly known?: readonly TemplateMap[],
  ) {
    host.addController(this);
  }

  /** `'cy'` or `'en'`. */
  get locale(): Locale {
    return this.current;
  }

  /**
   * The locale and the author's wording, for messages: the same object while
   * neither changes (so a child given it sees no change). A new `strings`
   * value is read here, and checked once for the console (see report).
   */
  get language(): WordedLanguage {
    const given = this.host.strings;
    if (given !== this.given) {
      this.given = given;
      this.wording = readWording(given);
      if (this.known && given !== undefined) this.report(given, this.known);
    }
    if (this.last.locale !== this.current || this.last.wording !== this.wording) this.last = {locale: this.current, wording: this.wording};
    return this.last;
  }

  /**
   * Tells the author, in the console, what in their `strings` is not used
   * (an id the element does not know, text that is not `{en, cy}`, JSON it
   * cannot read). The checker is loaded only now: pages without `strings`
   * never download it.
   */
  private report(given: unknown, known: readonly TemplateMap[]): void {
    this.knownIds ??= new Set([coreWelsh, ...known].flatMap((part) => Object.keys(part)));
    const ids = this.knownIds;
    const tag = this.host.localName;
    const checked = import('../dom-free/wording.js').then(({checkWording}) => {
      checkWording(given, ids, (problem) => console.warn(`<${tag}>: ${problem}`));
    });
    pendingReports.add(checked);
    void checked.finally(() => pendingReports.delete(checked));
  }

  hostConnected(): void {
    connected.add(this);
    observeLangChanges(this.host);
    // Moved into a container of another language: no attribute changed, so re-read it here.
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** Re-read the language; re-render the host when it changed. */
  refresh(): void {
    const next = toLocale(resolveLang(this.host));
    if (next !== this.current) {
      this.current = next;
      this.host.requestUpdate();
    }
  }
}
