import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {expect} from 'storybook/test';
import '../src/story-carousel/story-carousel.js';
import type {StoryInput, SupportInput} from '../src/story-carousel/story-carousel.js';
import {inlineJson, langArgType, renderedShadow} from './support/story-helpers.js';
import {installTestFeeds} from './support/test-feeds.js';

installTestFeeds();

/** The documented attributes, as Storybook args (named as in HTML). */
interface CarouselArgs {
  src?: string;
  'heading-level'?: number;
  layout?: 'carousel' | 'list';
  autoplay?: boolean;
  interval?: number;
  lang?: '' | 'en' | 'cy';
}

interface StoryFeed {
  title?: StoryInput['title'];
  stories: StoryInput[];
  support?: SupportInput;
}

/**
 * The named example every test, story and the demo share (sample text, not
 * real people). Relative, so it works when the built Storybook is published
 * below a sub-path; its images are relative to it.
 */
const STORIES_URL = 'examples/story-carousel/stories.json';

/** Loads the sample feed, with its image links made absolute, for stories that pass it as a property. */
const loadStories = async (): Promise<{feed: StoryFeed}> => {
  const response = await fetch(STORIES_URL);
  if (!response.ok) throw new Error(`${STORIES_URL}: ${response.status}`);
  const feed = (await response.json()) as StoryFeed;
  const base = new URL(STORIES_URL, document.baseURI);
  for (const story of feed.stories) if (story.image) story.image = {...story.image, src: new URL(story.image.src, base).href};
  return {feed};
};

const feedOf = (context: StoryContext<CarouselArgs>) => (context.loaded as {feed: StoryFeed}).feed;

function carousel(args: CarouselArgs, options: {stories?: StoryFeed | StoryInput[]; timeout?: number; children?: Node} = {}): TemplateResult {
  return html`<profiad-story-carousel
    src=${ifDefined(args.src || undefined)}
    heading-level=${ifDefined(args['heading-level'])}
    layout=${ifDefined(args.layout)}
    ?autoplay=${args.autoplay}
    interval=${ifDefined(args.interval)}
    lang=${ifDefined(args.lang || undefined)}
    timeout=${ifDefined(options.timeout)}
    .stories=${options.stories}
    >${options.children ?? nothing}</profiad-story-carousel
  >`;
}

const rendered = (canvasElement: HTMLElement, selector: string) => renderedShadow(canvasElement, 'profiad-story-carousel', selector);

const meta: Meta<CarouselArgs> = {
  title: 'Widgets/Story carousel',
  component: 'profiad-story-carousel',
  render: (args) => carousel(args),
  args: {src: STORIES_URL, 'heading-level': 2, layout: 'carousel', autoplay: false, interval: 8000, lang: ''},
  // Descriptions, types and defaults come from custom-elements.json (setCustomElementsManifest in
  // .storybook/preview.ts); here only the choices a control should offer.
  argTypes: {
    'heading-level': {control: {type: 'number', min: 1, max: 6, step: 1}},
    layout: {control: 'inline-radio', options: ['carousel', 'list']},
    interval: {control: {type: 'number', min: 3000, step: 1000}},
    lang: langArgType,
  },
};
export default meta;

type Story = StoryObj<CarouselArgs>;

/** The sample stories from `src`, one at a time in this width. Switch the Locale toolbar to Cymraeg: it follows `<html lang>` live. */
export const Stories: Story = {
  decorators: [(story) => html`<div style="inline-size: 24rem">${story()}</div>`],
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, '[part~="story-shown"]');
    await expect(root.querySelectorAll('[part~="story-shown"]').length).toBe(1);
    await expect(root.querySelectorAll('[part~="story"][inert]').length).toBe(4);
  },
};

/** A wide container: three stories side by side (container query, whatever the viewport). */
export const WideContainer: Story = {
  name: 'Wide container (three side by side)',
  parameters: {layout: 'fullscreen'},
  decorators: [(story) => html`<div style="inline-size: 72rem; padding: 1rem">${story()}</div>`],
};

/** A medium container: two stories side by side. */
export const MediumContainer: Story = {
  name: 'Medium container (two side by side)',
  decorators: [(story) => html`<div style="inline-size: 48rem">${story()}</div>`],
};

/** `layout="list"`: every story, one after another, no carousel. */
export const List: Story = {
  args: {layout: 'list'},
};

/** A story with a content note, shown first: its text stays folded until "Read this story"; "Go to the next story" moves on. */
export const ContentNote: Story = {
  name: 'Content note',
  args: {src: ''},
  loaders: [loadStories],
  decorators: [(story) => html`<div style="inline-size: 24rem">${story()}</div>`],
  render: (args, context) => {
    const feed = feedOf(context);
    const noted = feed.stories.findIndex((s) => s.contentNote);
    return carousel(args, {stories: {...feed, stories: [...feed.stories.slice(noted), ...feed.stories.slice(0, noted)]}});
  },
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, '[part~="content-note"]');
    await expect(root.querySelector('[part~="read-button"]')?.getAttribute('aria-expanded')).toBe('false');
  },
};

/** `autoplay`: a Pause button comes first; rotation pauses on hover, stops on focus and for good after any interaction, and never runs with reduced motion. */
export const Autoplay: Story = {
  args: {autoplay: true, interval: 5000},
  decorators: [(story) => html`<div style="inline-size: 24rem">${story()}</div>`],
};

/** A story with a self-hosted video (a 9-second sample with no speech), captions in both languages and a transcript. Nothing is downloaded until Play. */
export const Video: Story = {
  args: {src: ''},
  decorators: [(story) => html`<div style="inline-size: 24rem">${story()}</div>`],
  render: (args) =>
    carousel(args, {
      stories: [
        {
          id: 'video-sample',
          title: {en: 'In my own words (sample)', cy: 'Yn fy ngeiriau fy hun (enghraifft)'},
          name: 'Siân',
          role: {en: 'Peer mentor', cy: 'Mentor cymheiriaid'},
          organisation: {en: 'Hywel Dda University Health Board', cy: 'Bwrdd Iechyd Prifysgol Hywel Dda'},
          quote: {en: 'I want to tell you what helped me.', cy: "Dw i eisiau dweud wrthoch chi beth a'm helpodd i."},
          video: {
            src: new URL('examples/story-carousel/sample-video.webm', document.baseURI).href,
            captions: {en: new URL('examples/story-carousel/captions-en.vtt', document.baseURI).href, cy: new URL('examples/story-carousel/captions-cy.vtt', document.baseURI).href},
            transcript: {
              en: "Hello, I'm a peer mentor in West Wales. I want to tell you what helped me.",
              cy: "Helo, dw i'n fentor cymheiriaid yng Ngorllewin Cymru. Dw i eisiau dweud wrthoch chi beth a'm helpodd i.",
            },
          },
        },
      ],
    }),
};

/** The feed pasted inside the element as `<script type="application/json">`: for a CMS that allows only HTML. */
export const InlineJson: Story = {
  name: 'Inline JSON',
  args: {src: ''},
  loaders: [loadStories],
  decorators: [(story) => html`<div style="inline-size: 24rem">${story()}</div>`],
  render: (args, context) => carousel(args, {children: inlineJson(JSON.stringify(feedOf(context), null, 2))}),
};

/**
 * A Welsh page (the toolbar is fixed to Cymraeg here) with stories in English
 * only: the interface stays Welsh, and the English shows inside `<span lang="en">`.
 */
export const BilingualFallback: Story = {
  name: 'Bilingual fallback (English stories on a Welsh page)',
  args: {src: ''},
  globals: {locale: 'cy'},
  loaders: [loadStories],
  decorators: [(story) => html`<div style="inline-size: 24rem">${story()}</div>`],
  render: (args, context) => {
    const feed = feedOf(context);
    const englishOnly = <T>(value: T): T => (value && typeof value === 'object' && 'en' in value ? ({en: (value as {en: string}).en} as T) : value);
    return carousel(args, {stories: {...feed, stories: feed.stories.map((s, i) => (i % 2 ? s : {...s, title: englishOnly(s.title), quote: englishOnly(s.quote)}))}});
  },
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, '[part~="title"] [lang="en"]');
    await expect(root.querySelector('.base')?.getAttribute('lang')).toBe('cy');
  },
};

/** Local services added to the support signposting, and one shown to Welsh readers only. */
export const LocalSupport: Story = {
  name: 'Support: local services',
  args: {src: ''},
  render: (args) =>
    carousel(args, {
      stories: {
        stories: [{id: 'one', title: 'A story (sample)', quote: 'Sample text.'}],
        support: {
          title: {en: 'Help in Hywel Dda (sample)', cy: 'Help yn Hywel Dda (enghraifft)'},
          services: [{name: {en: 'A local crisis line (sample number)', cy: 'Llinell argyfwng leol (rhif enghreifftiol)'}, hours: {en: '24 hours', cy: '24 awr'}, phone: '0300 000 0000'}],
        },
      },
    }),
};

/** While `src` has not answered: a visible "Loading" line, announced once through a polite live region. */
export const Loading: Story = {
  args: {src: 'test-feeds/hang'},
  render: (args) => carousel(args, {timeout: 24 * 60 * 60 * 1000}),
};

/** `src` answers 404: a short message in the reader's language and "Try again"; the support signposting still shows. */
export const NotFound: Story = {
  name: 'Error: 404',
  args: {src: 'examples/story-carousel/does-not-exist.json'},
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, '[part="error"]');
    await expect(root.querySelector('[part~="support"]')).toBeTruthy();
  },
};

/** `{"stories": []}`: a sentence saying there is nothing to show. */
export const Empty: Story = {
  args: {src: ''},
  render: (args) => carousel(args, {children: inlineJson('{"stories": []}')}),
  play: async ({canvasElement}) => {
    await rendered(canvasElement, '[part="empty"]');
  },
};

/**
 * A hostile or careless feed: markup in every field, `javascript:` links, an
 * image without alt, a video without captions. Markup shows as text; unsafe
 * links, the image and the video are left out (the console says why); every story still shows.
 */
export const HostileFeed: Story = {
  name: 'Hostile feed',
  args: {src: ''},
  decorators: [(story) => html`<div style="inline-size: 24rem">${story()}</div>`],
  render: (args) =>
    carousel(args, {
      stories: [
        {id: 'script', title: '<script>alert("title")</script>A title', quote: '<img src=x onerror="alert(1)"> quoted', link: 'javascript:alert(1)'},
        {id: 'no-alt', title: 'An image without alt', quote: 'The story shows; the image does not.', image: {src: 'examples/story-carousel/sea.svg'} as StoryInput['image']},
        {id: 'no-captions', title: 'A video without captions', quote: 'The story shows; the video does not.', video: {src: 'video.mp4'} as StoryInput['video']},
      ],
    }),
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, '[part~="story"]');
    await expect(root.querySelector('script, img[onerror], video, [part~="story"] a')).toBeNull();
    await expect(root.querySelectorAll('[part~="story"]').length).toBe(3);
  },
};
