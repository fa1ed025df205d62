/** Helpers for the story carousel tests: rendering in a language and width, reading what a reader sees and hears. */
import {fixture, html} from '@open-wc/testing';
import {a11ySnapshot, executeServerCommand} from '@web/test-runner-commands';
import '../../src/story-carousel/story-carousel.js';
import type {ProfiadStoryCarousel, StoryInput} from '../../src/story-carousel/story-carousel.js';
import {loadExample, nextEvent, until, visibleText} from '../helpers/fixtures.js';

export type Lang = 'en' | 'cy';
export const LANGS: readonly Lang[] = ['en', 'cy'];
export const STORIES_URL = '/examples/story-carousel/stories.json';

export interface SampleFeed {
  title: Record<Lang, string>;
  stories: Array<StoryInput & {title: Record<Lang, string>; quote: Record<Lang, string>}>;
  support?: unknown;
}

export const sample = () => loadExample<SampleFeed>('story-carousel/stories.json');

/** Widths that give one story in view (narrow) and three (wide); see the container queries in the styles. */
export const NARROW = 360;
export const WIDE = 1100;

/** Builds a valid story with overrides. */
export const story = (id: string, overrides: Partial<Record<keyof StoryInput, unknown>> = {}): StoryInput => ({id, title: `Story ${id}`, quote: `Quote ${id}`, ...overrides}) as StoryInput;

export const stories = (count: number, overrides: (i: number) => Partial<Record<keyof StoryInput, unknown>> = () => ({})): StoryInput[] =>
  Array.from({length: count}, (_, i) => story(`s${i + 1}`, {title: `Title ${i + 1}`, ...overrides(i)}));

export interface CarouselOptions {
  width?: number | null;
  attrs?: Record<string, string>;
  /** Buttons before and after the element, for Tab order tests. */
  around?: boolean;
}

/** A carousel given `data` as a property, in `lang`, inside a wrapper of `width` px, rendered and measured. */
export async function carouselWith(data: unknown, lang: Lang, options: CarouselOptions = {}): Promise<ProfiadStoryCarousel> {
  const width = options.width === undefined ? NARROW : options.width;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style=${width ? `width: ${width}px` : ''}>
    ${options.around ? html`<button id="before">Before</button>` : ''}
    <profiad-story-carousel></profiad-story-carousel>
    ${options.around ? html`<button id="after">After</button>` : ''}
  </div>`);
  const el = wrapper.querySelector('profiad-story-carousel')!;
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  el.stories = data as ProfiadStoryCarousel['stories'];
  await settled(el);
  return el;
}

/** A carousel loading `src`, once it has fired profiad-load or profiad-error. */
export async function carouselFromSrc(src: string, lang: Lang, options: CarouselOptions = {}): Promise<ProfiadStoryCarousel> {
  const width = options.width === undefined ? NARROW : options.width;
  const el = document.createElement('profiad-story-carousel');
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  el.setAttribute('src', src);
  const done = Promise.race([nextEvent(el, 'profiad-load', 8000), nextEvent(el, 'profiad-error', 8000)]);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style=${width ? `width: ${width}px` : ''}></div>`);
  wrapper.append(el);
  await done;
  await settled(el);
  return el;
}

/** Waits for renders to settle: the element measures how many stories fit after its first render, which renders again. */
export async function settled(el: ProfiadStoryCarousel): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await el.updateComplete;
}

export const shadow = (el: ProfiadStoryCarousel): ShadowRoot => el.shadowRoot!;
export const part = (el: ProfiadStoryCarousel, name: string): HTMLElement | null => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
export const parts = (el: ProfiadStoryCarousel, name: string): HTMLElement[] => [...shadow(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
export const textOf = (el: ProfiadStoryCarousel, name: string): string => visibleText(part(el, name));

/** Every story element, in order. */
export const storyElements = (el: ProfiadStoryCarousel): HTMLElement[] => parts(el, 'story');

/** Ids of the stories a reader can reach now (not inert). */
export const shownIds = (el: ProfiadStoryCarousel): string[] =>
  storyElements(el)
    .filter((s) => !s.inert)
    .map((s) => s.dataset.id ?? '?');

/** Ids of the stories whose box is inside the viewport's visible box now. */
export function visibleIds(el: ProfiadStoryCarousel): string[] {
  const box = part(el, 'viewport')!.getBoundingClientRect();
  return storyElements(el)
    .filter((s) => {
      const r = s.getBoundingClientRect();
      return r.left >= box.left - 1 && r.right <= box.right + 1;
    })
    .map((s) => s.dataset.id ?? '?');
}

/** What the live region says now. */
export const announced = (el: ProfiadStoryCarousel): string => visibleText(part(el, 'live'));

/** Where keyboard focus is inside the carousel: "part:text", or the light DOM element's id. */
export function focused(el: ProfiadStoryCarousel): string {
  if (document.activeElement !== el) return (document.activeElement as HTMLElement | null)?.id || document.activeElement?.tagName || 'nothing';
  const inner = shadow(el).activeElement as HTMLElement | null;
  if (!inner) return 'carousel:(none)';
  const storyOf = inner.closest<HTMLElement>('[part~="story"]');
  const name = inner.getAttribute('part')?.split(' ')[0] ?? inner.tagName.toLowerCase();
  // The arrows beside "Previous story" and "Next story" are drawn only (aria-hidden).
  const words = visibleText(inner).replace(/[‹›]/g, '').trim();
  return storyOf && storyOf !== inner ? `${storyOf.dataset.id}/${name}` : name === 'story' ? `story:${inner.dataset.id}` : `${name}:${words}`;
}

/** Waits until the viewport has stopped scrolling and the element has caught up. */
export async function scrollSettled(el: ProfiadStoryCarousel): Promise<void> {
  const viewport = part(el, 'viewport')!;
  let last = -1;
  let still = 0;
  await until(() => {
    still = viewport.scrollLeft === last ? still + 1 : 0;
    last = viewport.scrollLeft;
    return still >= 4;
  }, 'the viewport to stop scrolling');
  await new Promise((resolve) => setTimeout(resolve, 200));
  await settled(el);
}

/**
 * A real swipe (tests/helpers/swipe-plugin.mjs): a touch gesture (or a
 * trackpad's, with `source: 'mouse'`) across the viewport by `stories` story
 * widths (negative: back), which the browser scrolls and snaps.
 */
export async function swipe(el: ProfiadStoryCarousel, stories: number, source: 'touch' | 'mouse' = 'touch'): Promise<void> {
  const viewport = part(el, 'viewport')!;
  viewport.scrollIntoView({block: 'center'});
  const box = viewport.getBoundingClientRect();
  const step = storyElements(el)[1]!.offsetLeft - storyElements(el)[0]!.offsetLeft;
  await executeServerCommand('swipe', {x: box.left + box.width / 2, y: box.top + Math.min(box.height / 2, 100), xDistance: -stories * step, source});
  await scrollSettled(el);
}

interface AXNode {
  role: string;
  name?: string;
  description?: string;
  roledescription?: string;
  children?: AXNode[];
}

/** The accessibility tree Chromium exposes for the element, flattened. */
export async function heard(el: ProfiadStoryCarousel): Promise<AXNode[]> {
  el.id ||= `carousel-${Math.random().toString(36).slice(2)}`;
  const root = (await a11ySnapshot({selector: `#${el.id}`})) as unknown as AXNode;
  const flat: AXNode[] = [];
  const walk = (node: AXNode) => {
    const {children, ...rest} = node;
    flat.push(rest);
    children?.forEach(walk);
  };
  walk(root);
  return flat;
}

export {captureConsole} from '../helpers/console.js';

/** A node as a string, or null: assert on this, not on the node (chai printing a shadow node disconnected the test browser). */
export const markup = (node: Element | null | undefined): string | null => (node ? node.outerHTML.replace(/<!--.*?-->/g, '') : null);

export {visibleText, until, nextEvent};
