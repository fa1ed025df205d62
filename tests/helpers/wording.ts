/**
 * Helpers for the tests of an author's own wording (each element's
 * `strings`): a marker for every id an element knows, the default English and
 * Welsh of those ids (from xliff/cy.xlf), what an element shows and names
 * (into nested shadow roots), and the console's warnings.
 */
import type {TemplateMap} from '@lit/localize';
import type {Wording} from '../../src/core/dom-free/translate.js';
import {wordingReported} from '../../src/core/element/locale-controller.js';

/** Every id of the given Welsh parts, as the element knows them. */
export const idsOf = (parts: readonly TemplateMap[]): string[] => parts.flatMap((part) => Object.keys(part));

/** The marker that stands for an id's text: `«story.heading»`. */
export const marker = (id: string): string => `«${id}»`;

/** Wording that puts the marker of its id in place of every message, in both languages. */
export const markEvery = (ids: readonly string[]): Wording => Object.fromEntries(ids.map((id) => [id, {en: marker(id), cy: marker(id)}]));

/**
 * Words the elements show that are not messages but equal one: the languages
 * named in themselves (the contact form's reply-language choices, a video's
 * caption tracks), which `contact.language.en` also says in an email.
 */
const NOT_MESSAGES = new Set(['English', 'Cymraeg']);

let xliff: Document | undefined;

/**
 * The default text of each id, English (xliff `<source>`) and Welsh
 * (`<target>`), cut at its placeholders: the pieces a message shows whatever
 * its values. Pieces of fewer than 3 letters (", ", " o ") are left out: they
 * occur in any text.
 */
export async function defaultPieces(ids: readonly string[]): Promise<{id: string; piece: string}[]> {
  xliff ??= new DOMParser().parseFromString(await (await fetch('/xliff/cy.xlf')).text(), 'application/xml');
  const found: {id: string; piece: string}[] = [];
  for (const id of ids) {
    const unit = xliff.querySelector(`trans-unit[id="${CSS.escape(id)}"]`);
    if (!unit) throw new Error(`${id} is not in xliff/cy.xlf`);
    for (const text of [unit.querySelector('source'), unit.querySelector('target')]) {
      for (const node of text?.childNodes ?? []) {
        const piece = node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : '';
        if (piece.replace(/[^\p{L}]/gu, '').length >= 3 && !NOT_MESSAGES.has(piece.trim())) found.push({id, piece});
      }
    }
  }
  return found;
}

/** Every text and accessible name an element shows: its shadow tree's text and its aria-label, label and title attributes, into nested shadow roots. */
export function shownText(root: Element | ShadowRoot): string {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const name of ['aria-label', 'label', 'title']) {
        const value = node.getAttribute(name);
        if (value) out.push(value);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root instanceof Element ? (root.shadowRoot ?? root) : root);
  return out.join('\n');
}

/** The default texts still shown when every id is marked: `id: "piece"` for each, so a failure names the call site's message. */
export function leftOver(text: string, pieces: readonly {id: string; piece: string}[]): string[] {
  return pieces.filter(({piece}) => text.includes(piece)).map(({id, piece}) => `${id}: "${piece}"`);
}

/** Runs `fn` with console.warn recording what it is given (joined as text), and gives that back. */
export async function warningsDuring(fn: () => Promise<unknown> | unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await fn();
    // The check of an author's strings is loaded, and reports, after the render that asked for it.
    await wordingReported();
  } finally {
    console.warn = original;
  }
  return warnings;
}
