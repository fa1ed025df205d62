import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {expect} from 'storybook/test';
import '../src/contact-form/contact-form.js';
import {inlineJson, langArgType, renderedShadow} from './support/story-helpers.js';
import {installTestReceiver} from './support/test-contact.js';

installTestReceiver();

/** The documented attributes, as Storybook args (named as in HTML). */
interface ContactArgs {
  endpoint?: string;
  email?: string;
  'privacy-url'?: string;
  maxlength?: number;
  'heading-level'?: number;
  'save-draft'?: boolean;
  timeout?: number;
  lang?: '' | 'en' | 'cy';
}

function contactForm(args: ContactArgs, children?: Node): TemplateResult {
  return html`<profiad-contact-form
    endpoint=${ifDefined(args.endpoint || undefined)}
    email=${ifDefined(args.email || undefined)}
    privacy-url=${ifDefined(args['privacy-url'] || undefined)}
    maxlength=${ifDefined(args.maxlength)}
    heading-level=${ifDefined(args['heading-level'])}
    ?save-draft=${args['save-draft']}
    timeout=${ifDefined(args.timeout)}
    lang=${ifDefined(args.lang || undefined)}
    >${children ?? nothing}</profiad-contact-form
  >`;
}

const rendered = (canvasElement: HTMLElement, selector: string) => renderedShadow(canvasElement, 'profiad-contact-form', selector);

/** Fills in every required field, as a reader would, then presses Send. */
async function fillAndSend(canvasElement: HTMLElement, message = 'Hoffwn wybod mwy am y gweithdy nesaf yng Ngogledd Cymru.'): Promise<ShadowRoot> {
  const root = await rendered(canvasElement, 'form');
  const type = (id: string, value: string) => {
    const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;
    field.value = value;
    field.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  };
  type('name', 'Siân Jones');
  type('email', 'sian@example.org');
  root.querySelector<HTMLInputElement>('input[name="topic"]')!.click();
  type('message', message);
  root.querySelector<HTMLInputElement>('#consent')!.click();
  await new Promise((resolve) => setTimeout(resolve, 50));
  root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  return root;
}

const meta: Meta<ContactArgs> = {
  title: 'Widgets/Contact form',
  component: 'profiad-contact-form',
  render: (args) => contactForm(args),
  args: {
    endpoint: 'test-contact/accept',
    email: 'team@example.org',
    'privacy-url': 'https://heiw.nhs.wales/privacy-notice/',
    maxlength: 2000,
    'heading-level': 2,
    'save-draft': false,
    timeout: 15000,
    lang: '',
  },
  // Descriptions, types and defaults come from custom-elements.json (setCustomElementsManifest in
  // .storybook/preview.ts); here only the choices a control should offer.
  argTypes: {
    maxlength: {control: {type: 'number', min: 1, max: 2000}},
    'heading-level': {control: {type: 'number', min: 1, max: 6, step: 1}},
    lang: langArgType,
  },
};
export default meta;

type Story = StoryObj<ContactArgs>;

/** The form as a reader first sees it. The reply language starts at the page's language (switch the Locale toolbar). */
export const Empty: Story = {};

/** The same in Welsh. */
export const EmptyWelsh: Story = {name: 'Empty (Cymraeg)', globals: {locale: 'cy'}};

/** Sent with nothing filled in: the error summary takes focus and links to each field. */
export const Errors: Story = {
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, 'form');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await rendered(canvasElement, '[part="error-summary"]');
    await expect(root.activeElement).toBe(root.querySelector('[part="error-summary"]'));
  },
};

/** The error summary in Welsh. */
export const ErrorsWelsh: Story = {name: 'Errors (Cymraeg)', globals: {locale: 'cy'}, play: Errors.play};

/** Typing past `maxlength` is allowed and shown ("You have 5 characters too many"); sending is not. */
export const CharacterLimitPassed: Story = {
  name: 'Character limit passed',
  args: {maxlength: 40},
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, '#message');
    const field = root.querySelector<HTMLTextAreaElement>('#message')!;
    field.value = 'This message is a little longer than the forty characters allowed here.';
    field.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    await rendered(canvasElement, '[part~="count-over"]');
  },
};

/** While the receiver has not answered: "Sending your message…" is announced; the button stays usable, and a second press does nothing. */
export const Sending: Story = {
  args: {endpoint: 'test-contact/hang', timeout: 24 * 60 * 60 * 1000},
  play: async ({canvasElement}) => {
    await fillAndSend(canvasElement);
  },
};

/** Sent: the confirmation takes focus, with the reference number. */
export const Sent: Story = {
  play: async ({canvasElement}) => {
    await fillAndSend(canvasElement);
    await rendered(canvasElement, '[part="success"]');
  },
};

/** Sent, in Welsh. */
export const SentWelsh: Story = {name: 'Sent (Cymraeg)', globals: {locale: 'cy'}, play: Sent.play};

/** The receiver did not answer in time: the reader is told their text is still there, and "Try again" resends the same message. */
export const TimedOut: Story = {
  name: 'Failure: timed out',
  args: {endpoint: 'test-contact/hang', timeout: 1000},
  play: async ({canvasElement}) => {
    await fillAndSend(canvasElement);
    await rendered(canvasElement, '[part="failure"]');
  },
};

/** 429 from the receiver: wait a few minutes. */
export const RateLimited: Story = {
  name: 'Failure: too many messages',
  args: {endpoint: 'test-contact/status/429'},
  play: TimedOut.play,
};

/** 5xx from the receiver, in Welsh. */
export const ServerError: Story = {
  name: 'Failure: service problem (Cymraeg)',
  args: {endpoint: 'test-contact/status/503'},
  globals: {locale: 'cy'},
  play: TimedOut.play,
};

/** The receiver refused a field (codes, not sentences): the form words it in the reader's language, by the field. */
export const ReceiverFieldErrors: Story = {
  name: 'Receiver field errors',
  args: {endpoint: 'test-contact/status/400?errors=email:format'},
  play: async ({canvasElement}) => {
    await fillAndSend(canvasElement);
    await rendered(canvasElement, '#email-error');
  },
};

/** Without `endpoint`: Send opens the reader's email program with the message written out. */
export const EmailFallback: Story = {
  name: 'No endpoint: email fallback',
  args: {endpoint: ''},
};

/** The author's own topics, pasted as inline JSON (each label in both languages): the named example examples/contact-form/topics.json, shared with the tests. */
export const OwnTopics: Story = {
  name: "Author's topics (inline JSON)",
  loaders: [async () => ({topics: await (await fetch('examples/contact-form/topics.json')).text()})],
  render: (args, context) => contactForm(args, inlineJson((context.loaded as {topics: string}).topics)),
};

/** In a sidebar-width container. */
export const NarrowContainer: Story = {
  name: 'Narrow container',
  decorators: [(story) => html`<div style="inline-size: 20rem; border: 1px dashed #768692; padding: 0.5rem">${story()}</div>`],
};
