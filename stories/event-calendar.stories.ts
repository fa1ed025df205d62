import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {expect, userEvent, waitFor} from 'storybook/test';
import '../src/event-calendar/event-calendar.js';
import type {EventFeedInput} from '../src/event-calendar/event-calendar.js';
import {inlineJson, langArgType, renderedShadow} from './support/story-helpers.js';
import {installTestFeeds} from './support/test-feeds.js';

installTestFeeds();

/** The documented attributes, as Storybook args (named as in HTML). */
interface CalendarArgs {
  src?: string;
  view?: '' | 'month' | 'list';
  'initial-date'?: string;
  'min-date'?: string;
  'max-date'?: string;
  'time-zone'?: string;
  'heading-level'?: number;
  today?: string;
  lang?: '' | 'en' | 'cy';
}

/**
 * The named examples every test, story and the demo share. Relative, so they
 * also work when the built Storybook is published below a sub-path.
 */
const EVENTS_URL = 'examples/event-calendar/events.json';
const ICS_URL = 'examples/event-calendar/events.ics';

/** A date inside the engagement series, so every run shows the same events as upcoming (the North Wales workshop of 14 January 2026 first). */
const TODAY = '2026-01-05';
/** A date just before the iCalendar sample's monthly drop-in begins (December 2026). */
const ICS_TODAY = '2026-11-25';

interface EventsFeed {
  title?: unknown;
  events: Record<string, unknown>[];
}

const loadEvents = async (): Promise<{feed: EventsFeed}> => {
  const response = await fetch(EVENTS_URL);
  if (!response.ok) throw new Error(`${EVENTS_URL}: ${response.status}`);
  return {feed: (await response.json()) as EventsFeed};
};

const feedOf = (context: StoryContext<CalendarArgs>) => (context.loaded as {feed: EventsFeed}).feed;

/** The element with the args as attributes, and optionally the JS property or child nodes. */
function calendar(args: CalendarArgs, options: {events?: EventFeedInput; timeout?: number; children?: Node} = {}): TemplateResult {
  return html`<profiad-event-calendar
    src=${ifDefined(args.src || undefined)}
    view=${ifDefined(args.view || undefined)}
    initial-date=${ifDefined(args['initial-date'] || undefined)}
    min-date=${ifDefined(args['min-date'] || undefined)}
    max-date=${ifDefined(args['max-date'] || undefined)}
    time-zone=${ifDefined(args['time-zone'] || undefined)}
    heading-level=${ifDefined(args['heading-level'])}
    today=${ifDefined(args.today || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    timeout=${ifDefined(options.timeout)}
    .events=${options.events}
    >${options.children ?? nothing}</profiad-event-calendar
  >`;
}

/** The element's shadow root once it has rendered `selector`. */
const rendered = (canvasElement: HTMLElement, selector: string) => renderedShadow(canvasElement, 'profiad-event-calendar', selector);

const wide = (story: () => unknown) => html`<div style="inline-size: min(64rem, 100%); padding: 1rem">${story()}</div>`;
const narrow = (story: () => unknown) => html`<div style="inline-size: 20rem; border: 1px dashed #768692; padding: 0.5rem">${story()}</div>`;

const meta: Meta<CalendarArgs> = {
  title: 'Widgets/Event calendar',
  component: 'profiad-event-calendar',
  render: (args) => calendar(args),
  args: {
    src: EVENTS_URL,
    view: '',
    'initial-date': '',
    'min-date': '',
    'max-date': '',
    'time-zone': 'Europe/London',
    'heading-level': 2,
    today: TODAY,
    lang: '',
  },
  // Descriptions, types and defaults come from custom-elements.json (setCustomElementsManifest in
  // .storybook/preview.ts); here only the choices a control should offer.
  argTypes: {
    view: {
      control: 'inline-radio',
      options: ['', 'month', 'list'],
      labels: {'': '(by width)', month: 'month', list: 'list'},
    },
    'heading-level': {control: {type: 'number', min: 1, max: 6, step: 1}},
    lang: langArgType,
  },
};
export default meta;

type Story = StoryObj<CalendarArgs>;

/** The engagement series as a month grid (`view="month"`). Switch the Locale toolbar to Cymraeg: it follows `<html lang>` live. */
export const MonthView: Story = {
  name: 'Month view',
  args: {view: 'month'},
  parameters: {layout: 'fullscreen'},
  decorators: [wide],
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, 'profiad-calendar-month');
    await expect(root.querySelector('[part~="view-button"][data-view="month"]')?.getAttribute('aria-pressed')).toBe('true');
  },
};

/** The same events as a list by day (`view="list"`): upcoming first, "Show past events" for the rest. */
export const ListView: Story = {
  name: 'List view',
  args: {view: 'list'},
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, '[part~="event-button"]');
    await expect(root.querySelectorAll('[part~="day-heading"]').length).toBeGreaterThan(0);
  },
};

/** No `view` attribute, in a sidebar-width container: the calendar measures itself and shows the list. */
export const NarrowContainer: Story = {
  name: 'Narrow container (list by width)',
  decorators: [narrow],
  play: async ({canvasElement}) => {
    await rendered(canvasElement, '[part~="list"]');
  },
};

/** No `view` attribute, in a wide container: the month grid. */
export const WideContainer: Story = {
  name: 'Wide container (month by width)',
  parameters: {layout: 'fullscreen'},
  decorators: [wide],
};

/** The same series published as iCalendar (`events.ics`, as Outlook or Google export it), read by ical.js loaded only now. */
export const ICalendarFeed: Story = {
  name: 'iCalendar (.ics) feed',
  args: {src: ICS_URL, today: ICS_TODAY, view: 'list'},
  play: async ({canvasElement}) => {
    await rendered(canvasElement, '[part~="event-button"]');
  },
};

/** Two feeds in one `src` (JSON and iCalendar), merged into one calendar; an event in both shows once. */
export const MergedFeeds: Story = {
  name: 'Several feeds merged',
  args: {src: `${EVENTS_URL} ${ICS_URL}`, today: ICS_TODAY},
};

/** The feed pasted inside the element as `<script type="application/json">`: for a CMS that allows only HTML. */
export const InlineJson: Story = {
  name: 'Inline JSON',
  args: {src: ''},
  loaders: [loadEvents],
  render: (args, context) => calendar(args, {children: inlineJson(JSON.stringify(feedOf(context), null, 2))}),
};

/** Filters chosen: events in person only. The count above the list is a polite live region, so a screen reader hears it change. */
export const Filters: Story = {
  args: {view: 'list'},
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, 'select[data-filter="format"]');
    const select = root.querySelector<HTMLSelectElement>('select[data-filter="format"]')!;
    await userEvent.selectOptions(select, 'in-person');
    await waitFor(() => expect(root.querySelector('[part~="clear-filters"]')).toBeTruthy());
    await expect(root.querySelector('[part~="result-count"]')?.getAttribute('role')).toBe('status');
  },
};

/** The details dialog of the first event, opened from the list (focus moves into it; Escape closes it and returns focus). */
export const DetailsDialog: Story = {
  name: 'Details dialog',
  args: {view: 'list'},
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, '[part~="event-button"]');
    await userEvent.click(root.querySelector<HTMLElement>('[part~="event-button"]')!);
    await waitFor(() => expect(root.querySelector('dialog')?.open).toBe(true));
  },
};

/** `min-date` and `max-date` keep the calendar to the first quarter of 2027: the list stops at the end of March, and the month grid cannot go outside it. */
export const DateBounds: Story = {
  name: 'min-date and max-date',
  args: {view: 'list', 'min-date': '2027-01-01', 'max-date': '2027-03-31', today: '2027-01-01'},
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, '[part~="event-button"]');
    const days = [...root.querySelectorAll<HTMLElement>('[part~="day"]')].map((day) => day.dataset.day ?? '');
    await expect(days.every((day) => day >= '2027-01-01' && day <= '2027-03-31')).toBe(true);
  },
};

/** While `src` has not answered: a visible "Loading events…" line, announced once through a polite live region. (The URL never answers in Storybook; see stories/support/test-feeds.ts.) */
export const Loading: Story = {
  args: {src: 'test-feeds/hang'},
  render: (args) => calendar(args, {timeout: 24 * 60 * 60 * 1000}),
};

/** `src` answers 404: a short message in the reader's language and a "Try again" button (the details go to the console for the author). */
export const NotFound: Story = {
  name: 'Error: 404',
  args: {src: 'examples/event-calendar/does-not-exist.json'},
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, '[part="error"]');
    await expect(root.querySelector('[part="retry-button"]')).toBeTruthy();
  },
};

/** A feed on another site that sends no CORS headers (like Google's and Outlook's published .ics links): the reader gets a sentence, the console says exactly what the author must do. */
export const BlockedByCors: Story = {
  name: 'Error: feed on another site (CORS)',
  args: {src: 'https://calendar.example.invalid/basic.ics'},
  render: (args) => calendar(args, {timeout: 5000}),
};

/** `{"events": []}`: a sentence, not a blank box. */
export const Empty: Story = {
  args: {src: ''},
  render: (args) => calendar(args, {children: inlineJson('{"events": []}')}),
  play: async ({canvasElement}) => {
    await rendered(canvasElement, '[part="empty"]');
  },
};

/**
 * A hostile or careless feed: markup in every text field, `javascript:` and
 * `data:` links, wrong types, impossible dates, and 10,000 events. Markup
 * shows as text; bad links are dropped; bad items are left out (listed in the
 * console) and the list renders only its first events, with "Show more events".
 */
export const HostileFeed: Story = {
  name: 'Hostile feed',
  args: {src: '', view: 'list'},
  render: (args) => {
    const hostile: Record<string, unknown>[] = [
      {
        id: 'script',
        title: '<script>alert("title")</script>Workshop <b>bold</b>',
        description: '<img src=x onerror=alert(1)> and <a href="javascript:alert(1)">a link</a>',
        start: '2026-01-05T12:00',
        location: {name: '<svg onload=alert(1)>', region: '<i>North</i>', url: 'javascript:alert(1)'},
        bookingUrl: 'data:text/html,<script>alert(1)</script>',
        accessibility: '"><script>alert(1)</script>',
        audience: ['<u>everyone</u>', 42],
      },
      {id: 'bad-date', title: 'Impossible date', start: '2026-02-30T10:00'},
      {id: 42.5, title: {en: 'Numeric id'}, start: '2026-01-15'},
      {id: 'wrong-types', title: ['array'], start: 20260114},
      {id: 'tab-scheme', title: 'Scheme split by a tab', start: '2026-01-16', bookingUrl: 'java\tscript:alert(1)'},
    ];
    const many = Array.from({length: 10_000}, (_, i) => ({
      id: `bulk-${i}`,
      title: `Bulk event ${i + 1}`,
      start: new Date(Date.UTC(2026, 0, 6) + i * 3_600_000).toISOString(),
    }));
    // Hostile on purpose: the property's type says what is valid, and the feed reader must cope with what is not.
    return calendar(args, {events: {title: '<h1>Events</h1>', events: [...hostile, ...many]} as unknown as EventFeedInput});
  },
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, '[part~="event-button"]');
    await expect(root.querySelector('script, img, svg[onload], b, i, u')).toBeNull();
    await expect(root.querySelectorAll('[part~="event"]').length).toBeLessThanOrEqual(25);
    await expect(root.textContent).toContain('<script>alert("title")</script>Workshop <b>bold</b>');
    await expect(root.querySelector('[part="heading"]')?.textContent).toBe('<h1>Events</h1>');
  },
};
