/** Shared test helpers: sample data from examples/, waiting for feeds, reading what a user sees. */
import {fixture} from '@open-wc/testing';
import type {TemplateResult} from 'lit';

/** The named examples, the same files the stories and the demo use. */
export async function loadExample<T = unknown>(path: string): Promise<T> {
  const response = await fetch(`/examples/${path}`);
  if (!response.ok) throw new Error(`example ${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** Resolves with the next `type` event from `target`. */
export function nextEvent<T = unknown>(target: EventTarget, type: string, timeout = 5000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${timeout} ms`)), timeout);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as CustomEvent<T>);
      },
      {once: true},
    );
  });
}

/** Renders a template in a wrapper with the given `lang`, returning the first element child. */
export async function fixtureInLang<T extends Element>(lang: 'en' | 'cy', template: TemplateResult): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(document.createElement('div'));
  wrapper.lang = lang;
  const {render} = await import('lit');
  render(template, wrapper);
  const element = wrapper.firstElementChild as T & {updateComplete?: Promise<unknown>};
  await element.updateComplete;
  return element;
}

/** Text as a sighted reader sees it: whitespace collapsed. */
export const visibleText = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until `condition` holds (polled with timers, which run even when no frames are drawn), or fails after `timeout`. */
export async function until(condition: () => boolean, message = 'condition', timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
}
