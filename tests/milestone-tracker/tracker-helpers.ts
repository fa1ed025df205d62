/** Helpers for the milestone tracker tests: rendering in a language, reading what a reader sees, catching console output. */
import {fixture, html} from '@open-wc/testing';
import '../../src/milestone-tracker/milestone-tracker.js';
import type {MilestoneInput, ProfiadMilestoneTracker} from '../../src/milestone-tracker/milestone-tracker.js';
import {nextEvent, until, visibleText} from '../helpers/fixtures.js';

export type Lang = 'en' | 'cy';
export const LANGS: readonly Lang[] = ['en', 'cy'];
export const PLAN_URL = '/examples/milestone-tracker/plan.json';

/** Feed input as tests write it, including deliberately wrong shapes. */
export type FeedInput = MilestoneInput[] | {title?: unknown; milestones: unknown};

/** A tracker given `data` as a property, in `lang`, rendered and settled. */
export async function trackerWith(data: FeedInput | unknown, lang: Lang, attrs: {today?: string; headingLevel?: string} = {}): Promise<ProfiadMilestoneTracker> {
  const el = await fixture<ProfiadMilestoneTracker>(html`<profiad-milestone-tracker
    lang=${lang}
    today=${attrs.today ?? '2026-11-25'}
    heading-level=${attrs.headingLevel ?? '2'}
    .milestones=${data as FeedInput}
  ></profiad-milestone-tracker>`);
  await el.updateComplete;
  return el;
}

/** A tracker loading `src`, once it has fired profiad-load or profiad-error. */
export async function trackerFromSrc(src: string, lang: Lang, attrs: {today?: string; timeout?: string} = {}): Promise<ProfiadMilestoneTracker> {
  const el = document.createElement('profiad-milestone-tracker');
  el.lang = lang;
  el.setAttribute('today', attrs.today ?? '2026-11-25');
  if (attrs.timeout) el.setAttribute('timeout', attrs.timeout);
  el.setAttribute('src', src);
  const settled = Promise.race([nextEvent(el, 'profiad-load', 8000), nextEvent(el, 'profiad-error', 8000)]);
  await fixture(el);
  await settled;
  await el.updateComplete;
  return el;
}

export const shadow = (el: ProfiadMilestoneTracker): ShadowRoot => el.shadowRoot!;
export const part = (el: ProfiadMilestoneTracker, name: string): HTMLElement | null => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
export const parts = (el: ProfiadMilestoneTracker, name: string): HTMLElement[] => [...shadow(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
export const textOf = (el: ProfiadMilestoneTracker, name: string): string => visibleText(part(el, name));

/** The milestone list items in the order a reader meets them (the "today" marker excluded). */
export const milestoneItems = (el: ProfiadMilestoneTracker): HTMLLIElement[] => [...shadow(el).querySelectorAll<HTMLLIElement>('li.milestone')];

/** What one milestone shows: title, date, status words and description, as text. */
export function readMilestone(li: HTMLElement) {
  const get = (name: string) => li.querySelector<HTMLElement>(`[part~="${name}"]`);
  return {
    title: visibleText(get('title')),
    date: visibleText(get('date')),
    status: visibleText(get('status-label')),
    description: get('description') ? visibleText(get('description')) : undefined,
    link: get('link')?.getAttribute('href') ?? undefined,
  };
}

export const titles = (el: ProfiadMilestoneTracker): string[] => milestoneItems(el).map((li) => readMilestone(li).title);

/** The order of milestones and the today marker, e.g. ['a', 'b', 'TODAY', 'c']. */
export const timelineOrder = (el: ProfiadMilestoneTracker): string[] =>
  [...shadow(el).querySelectorAll<HTMLLIElement>('ol > li')].map((li) => (li.classList.contains('today') ? 'TODAY' : (li.dataset.id ?? '?')));

/** All text in the shadow root a reader could meet (visible or announced). */
export const shadowText = (el: ProfiadMilestoneTracker): string => visibleText(shadow(el));

/** Waits for a re-render after a `lang` change (the locale observer is a MutationObserver). */
export async function settle(el: ProfiadMilestoneTracker): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

export const waitForState = (el: ProfiadMilestoneTracker, selector: string, message: string) => until(() => shadow(el).querySelector(selector) !== null, message);

export {captureConsole} from '../helpers/console.js';

/** Builds a valid milestone with overrides. */
export const milestone = (id: string, overrides: Partial<Record<keyof MilestoneInput, unknown>> = {}): MilestoneInput =>
  ({id, title: `Milestone ${id}`, date: '2026-01-14', status: 'upcoming', ...overrides}) as MilestoneInput;

/**
 * A node as a string, or null: assert on this rather than on the node, so a
 * failure prints readable markup (handing a shadow DOM node to chai's failure
 * reporter disconnected the test browser).
 */
export const markup = (node: Element | null | undefined): string | null => (node ? node.outerHTML.replace(/<!--.*?-->/g, '') : null);
