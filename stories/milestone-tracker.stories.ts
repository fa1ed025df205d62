import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {expect} from 'storybook/test';
import '../src/milestone-tracker/milestone-tracker.js';
import type {MilestoneInput} from '../src/milestone-tracker/milestone-tracker.js';
import {inlineJson, langArgType, renderedShadow} from './support/story-helpers.js';
import {installTestFeeds} from './support/test-feeds.js';

installTestFeeds();

/** The documented attributes, as Storybook args (named as in HTML). */
interface TrackerArgs {
  src?: string;
  'heading-level'?: number;
  today?: string;
  'time-zone'?: string;
  lang?: '' | 'en' | 'cy';
}

interface MilestoneFeed {
  title?: MilestoneInput['title'];
  milestones: MilestoneInput[];
}

/**
 * The named example every test, story and the demo share. Relative, so it
 * also works when the built Storybook is published below a sub-path.
 */
const PLAN_URL = 'examples/milestone-tracker/plan.json';

/** A date inside the plan, so the "Today" marker sits in the same place on every run. */
const TODAY = '2026-11-25';

/** Loads the plan for stories that show it through the JS property or inline JSON. */
const loadPlan = async (): Promise<{plan: MilestoneFeed}> => {
  const response = await fetch(PLAN_URL);
  if (!response.ok) throw new Error(`${PLAN_URL}: ${response.status}`);
  return {plan: (await response.json()) as MilestoneFeed};
};

const planOf = (context: StoryContext<TrackerArgs>) => (context.loaded as {plan: MilestoneFeed}).plan;

/** The element with the args as attributes, and optionally the JS property or child nodes. */
function tracker(args: TrackerArgs, options: {milestones?: MilestoneFeed | MilestoneInput[]; timeout?: number; children?: Node} = {}): TemplateResult {
  return html`<profiad-milestone-tracker
    src=${ifDefined(args.src || undefined)}
    heading-level=${ifDefined(args['heading-level'])}
    today=${ifDefined(args.today || undefined)}
    time-zone=${ifDefined(args['time-zone'] || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    timeout=${ifDefined(options.timeout)}
    .milestones=${options.milestones}
    >${options.children ?? nothing}</profiad-milestone-tracker
  >`;
}

/** The element's shadow root once it has rendered `selector`. */
const rendered = (canvasElement: HTMLElement, selector: string) => renderedShadow(canvasElement, 'profiad-milestone-tracker', selector);

const meta: Meta<TrackerArgs> = {
  title: 'Widgets/Milestone tracker',
  component: 'profiad-milestone-tracker',
  render: (args) => tracker(args),
  args: {
    src: PLAN_URL,
    'heading-level': 2,
    today: TODAY,
    'time-zone': 'Europe/London',
    lang: '',
  },
  // Descriptions, types and defaults come from custom-elements.json (setCustomElementsManifest in
  // .storybook/preview.ts); here only the choices a control should offer.
  argTypes: {
    'heading-level': {control: {type: 'number', min: 1, max: 6, step: 1}},
    lang: langArgType,
  },
};
export default meta;

type Story = StoryObj<TrackerArgs>;

/** The workforce plan from `src`, as on the live site. Switch the Locale toolbar to Cymraeg: it follows `<html lang>` live. */
export const Plan: Story = {};

/** The feed pasted inside the element as `<script type="application/json">`: for a CMS that allows only HTML. */
export const InlineJson: Story = {
  name: 'Inline JSON',
  args: {src: ''},
  loaders: [loadPlan],
  render: (args, context) => tracker(args, {children: inlineJson(JSON.stringify(planOf(context), null, 2))}),
};

/** In a sidebar-width container the timeline is vertical (container query, whatever the viewport). */
export const NarrowContainer: Story = {
  name: 'Narrow container (vertical)',
  decorators: [(story) => html`<div style="inline-size: 20rem; border: 1px dashed #768692; padding: 0.5rem">${story()}</div>`],
};

/** In a container wide enough for several milestones side by side (see the container query in milestone-tracker.styles.ts) the timeline turns horizontal, whatever the viewport. */
export const WideContainer: Story = {
  name: 'Wide container (horizontal)',
  parameters: {layout: 'fullscreen'},
  decorators: [(story) => html`<div style="inline-size: 64rem; padding: 1rem">${story()}</div>`],
};

/** A feed without a title (here an array set as the `.milestones` property): no heading; the region is labelled "Milestones" and each milestone title is at `heading-level`. */
export const NoFeedTitle: Story = {
  name: 'No feed title',
  args: {src: ''},
  loaders: [loadPlan],
  render: (args, context) => tracker(args, {milestones: planOf(context).milestones}),
};

/** `heading-level="3"` under a page's own `<h2>`: the feed title is an `<h3>`, milestone titles `<h4>`. */
export const HeadingLevel3: Story = {
  name: 'Heading level 3',
  args: {'heading-level': 3},
  decorators: [(story) => html`<h2 style="font-family: system-ui, sans-serif">Our progress / Ein cynnydd</h2>${story()}`],
};

/** One milestone of each status: done, in progress, not started, delayed. Shape and words carry the status, not colour alone. */
export const AllStatuses: Story = {
  name: 'All statuses',
  args: {src: ''},
  loaders: [loadPlan],
  render: (args, context) => {
    const plan = planOf(context);
    const statuses: MilestoneInput['status'][] = ['done', 'in-progress', 'upcoming', 'delayed'];
    const milestones = statuses.map((status) => plan.milestones.find((m) => m.status === status)).filter((m): m is MilestoneInput => m !== undefined);
    return tracker(args, {milestones: {title: plan.title, milestones}});
  },
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, '.milestone');
    const shown = [...root.querySelectorAll<HTMLElement>('.milestone')].map((li) => li.dataset.status).sort();
    await expect(shown).toEqual(['delayed', 'done', 'in-progress', 'upcoming']);
  },
};

/**
 * A Welsh page (the toolbar is fixed to Cymraeg here) with a feed where half
 * the items have English only: the interface stays Welsh, the English text is
 * shown rather than nothing, inside `<span lang="en">` so screen readers switch voice.
 */
export const BilingualFallback: Story = {
  name: 'Bilingual fallback (English items on a Welsh page)',
  args: {src: ''},
  globals: {locale: 'cy'},
  loaders: [loadPlan],
  render: (args, context) => {
    const plan = planOf(context);
    const englishOnly = (text: MilestoneInput['title'] | undefined) => (typeof text === 'object' && text.en ? {en: text.en} : text);
    const milestones = plan.milestones.map((m, i) => (i % 2 ? {...m, title: englishOnly(m.title)!, description: englishOnly(m.description)} : m));
    return tracker(args, {milestones: {title: plan.title, milestones}});
  },
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, '.milestone');
    await expect(root.querySelector('.base')?.getAttribute('lang')).toBe('cy');
    await expect(root.querySelectorAll('.title [lang="en"]').length).toBeGreaterThan(0);
  },
};

/** While `src` has not answered: a visible "Loading" line, announced once through a polite live region. (The URL never answers in Storybook; see stories/support/test-feeds.ts.) */
export const Loading: Story = {
  args: {src: 'test-feeds/hang'},
  render: (args) => tracker(args, {timeout: 24 * 60 * 60 * 1000}),
};

/** A feed that does not answer within `timeout` (here 1 second): the error says to try again in a moment, with a "Try again" button. */
export const TimedOut: Story = {
  name: 'Error: timed out',
  args: {src: 'test-feeds/hang'},
  render: (args) => tracker(args, {timeout: 1000}),
};

/** `src` answers 404: a short message in the reader's language and a "Try again" button (the details go to the console for the author). */
export const NotFound: Story = {
  name: 'Error: 404',
  args: {src: 'examples/milestone-tracker/does-not-exist.json'},
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, '[part="error"]');
    await expect(root.querySelector('[part="retry-button"]')).toBeTruthy();
  },
};

/** Inline JSON with a typing mistake: a format error, not a blank box. */
export const BrokenInlineJson: Story = {
  name: 'Error: broken inline JSON',
  args: {src: ''},
  render: (args) => tracker(args, {children: inlineJson('{"milestones": [ {"id": "launch", "title": "Launch", } ]}')}),
};

/** `{"milestones": []}`: a sentence saying there is nothing yet. */
export const Empty: Story = {
  args: {src: ''},
  render: (args) => tracker(args, {children: inlineJson('{"milestones": []}')}),
  play: async ({canvasElement}) => {
    await rendered(canvasElement, '[part="empty"]');
  },
};

/** Items with a missing id, an unknown date or status are left out (and listed in the console); the rest show, with a notice that some could not be shown. */
export const SomeItemsInvalid: Story = {
  name: 'Some items invalid',
  args: {src: ''},
  loaders: [loadPlan],
  render: (args, context) => {
    const plan = planOf(context);
    const broken = [
      {title: 'No id', date: '2026-05', status: 'done'},
      {id: 'bad-date', title: 'Some time soon', date: 'soon', status: 'upcoming'},
      {id: 'bad-status', title: 'Finished?', date: '2026-06', status: 'finished'},
    ] as unknown as MilestoneInput[];
    return tracker(args, {milestones: {title: plan.title, milestones: [...plan.milestones, ...broken]}});
  },
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, '[part="notice"]');
    await expect(root.querySelectorAll('.milestone').length).toBe(7);
  },
};

/**
 * A hostile or careless feed: markup in every text field and `javascript:` /
 * `data:` links. Markup shows as plain text; links outside http(s), mailto
 * and tel are dropped (the title stays, unlinked).
 */
export const HostileFeed: Story = {
  name: 'Hostile feed',
  args: {src: ''},
  render: (args) =>
    tracker(args, {
      milestones: {
        title: '<img src="x" onerror="alert(1)">Plan <b>bold</b>',
        milestones: [
          {
            id: 'script-title',
            title: '<script>alert("title")</script>Launch',
            description: '<a href="javascript:alert(1)">Click me</a> and <b>not bold</b>',
            date: '2026-01-14',
            status: 'done',
            link: 'javascript:alert(document.cookie)',
          },
          {id: 'tab-split', title: 'Scheme split by a tab', date: '2026-02', status: 'in-progress', link: 'java\tscript:alert(1)'},
          {id: 'data-link', title: {en: 'A data: URL', cy: '<svg onload="alert(1)"></svg>'}, date: '2026-03', status: 'upcoming', link: 'data:text/html,<script>alert(1)</script>'},
          {id: 'safe', title: 'An https link stays', date: '2026-04', status: 'delayed', link: 'https://heiw.nhs.wales/'},
        ],
      },
    }),
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, '.milestone');
    await expect(root.querySelector('img, script, b, svg[onload]')).toBeNull();
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    await expect(hrefs).toEqual(['https://heiw.nhs.wales/']);
    await expect(root.textContent).toContain('<img src="x" onerror="alert(1)">');
  },
};
