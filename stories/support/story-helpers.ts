import type {InputType} from 'storybook/internal/types';
import {expect, waitFor} from 'storybook/test';

/** A `<script type="application/json">` child, as a page author pastes it into a CMS. */
export function inlineJson(text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  return script;
}

/** The shadow root of the story's `tagName` element once it has rendered `selector`. */
export async function renderedShadow(canvasElement: HTMLElement, tagName: string, selector: string): Promise<ShadowRoot> {
  const element = canvasElement.querySelector(tagName);
  let root: ShadowRoot | null | undefined;
  await waitFor(() => {
    root = element?.shadowRoot;
    // Storybook types its matchers as promises (they are one while stepping through the Interactions panel): waitFor retries on a rejection too.
    return expect(root?.querySelector(selector)).toBeTruthy();
  });
  return root!;
}

/** The `lang` control every element's stories offer. A global attribute, so not in custom-elements.json. */
export const langArgType = {
  control: 'inline-radio',
  options: ['', 'en', 'cy'],
  labels: {'': '(from the page)', en: 'en', cy: 'cy'},
  description: "The element's own language; empty follows the nearest ancestor's `lang`, then `<html lang>` (the Locale toolbar).",
} satisfies InputType;
