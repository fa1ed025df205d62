import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {toLocale, type Locale} from '../dom-free/locale.js';

type Host = ReactiveControllerHost & HTMLElement;

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
 * Keeps an element in step with the language around it, live: `locale` is
 * the element's language now, and a change of `lang` on the element, any
 * ancestor or `<html>` re-renders it. The element passes `locale` to every
 * message it builds (see dom-free/translate.ts), during render or after an await.
 */
export class LocaleController implements ReactiveController {
  private current: Locale = 'en';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** `'cy'` or `'en'`. */
  get locale(): Locale {
    return this.current;
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
