/** Shared steps for the contact form's browser tests: the real receiver, filling in, reading what a person sees. */
import {fixture, html, nextFrame} from '@open-wc/testing';
import '../../src/contact-form/contact-form.js';
import type {ProfiadContactForm} from '../../src/contact-form/contact-form.js';

export interface TeamEmail {
  subject: string;
  text: string;
  to: string;
  replyTo: string;
  messageId: string;
  language: string;
}

let endpoint: string | undefined;
/** The real receiver's URL (started by tests/contact-form/contact-receiver.mjs). */
export async function receiverEndpoint(): Promise<string> {
  endpoint ??= ((await (await fetch('/test-contact/config')).json()) as {endpoint: string}).endpoint;
  return endpoint;
}

export async function teamEmails(): Promise<TeamEmail[]> {
  return (await (await fetch('/test-contact/emails')).json()) as TeamEmail[];
}

/** Waits until an email to the team contains `marker`, and returns every such email. */
export async function emailsContaining(marker: string, {atLeast = 1, timeout = 8000} = {}): Promise<TeamEmail[]> {
  const end = Date.now() + timeout;
  for (;;) {
    const found = (await teamEmails()).filter((email) => email.text.includes(marker));
    if (found.length >= atLeast || Date.now() > end) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface FormOptions {
  lang?: 'en' | 'cy';
  endpoint?: string | null;
  attributes?: Record<string, string>;
}

/** A form in a container of the given language, posting to the real receiver unless `endpoint` says otherwise. */
export async function contactForm({lang = 'en', endpoint: given, attributes = {}}: FormOptions = {}): Promise<ProfiadContactForm> {
  const url = given === undefined ? await receiverEndpoint() : given;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const form = document.createElement('profiad-contact-form');
  if (url) form.setAttribute('endpoint', url);
  form.setAttribute('email', 'team@example.org');
  form.setAttribute('privacy-url', 'https://heiw.nhs.wales/privacy-notice/');
  for (const [name, value] of Object.entries(attributes)) form.setAttribute(name, value);
  wrapper.append(form);
  await form.updateComplete;
  return form;
}

export const $ = <T extends Element = HTMLElement>(form: ProfiadContactForm, selector: string): T => {
  const found = form.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
export const $$ = <T extends Element = HTMLElement>(form: ProfiadContactForm, selector: string): T[] => [...form.shadowRoot!.querySelectorAll<T>(selector)];

/** Text as a sighted reader sees it (collapsed whitespace). */
export const textOf = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Types into a text field the way a browser reports it (input event), without the keyboard's slowness. */
export async function type(form: ProfiadContactForm, id: string, value: string): Promise<void> {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(form, `#${id}`);
  field.value = value;
  field.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  await form.updateComplete;
}

/** Chooses a radio by its value. */
export async function choose(form: ProfiadContactForm, name: string, value: string): Promise<void> {
  const radio = $$<HTMLInputElement>(form, `input[name="${name}"]`).find((input) => input.value === value);
  if (!radio) throw new Error(`no ${name} option ${value}`);
  radio.click();
  await form.updateComplete;
}

export interface Answers {
  name?: string;
  email?: string;
  phone?: string;
  organisation?: string;
  topic?: string;
  message?: string;
  replyLanguage?: 'cy' | 'en';
  consent?: boolean;
}

let counter = 0;
/** Fills in every required field (and any given), with a message unique to this test. */
export async function fillIn(form: ProfiadContactForm, answers: Answers = {}): Promise<Required<Pick<Answers, 'message'>> & Answers> {
  counter++;
  const filled = {name: 'Siân Jones', email: 'sian@example.org', topic: 'events', message: `Neges prawf ${Date.now()}-${counter}`, consent: true, ...answers};
  await type(form, 'name', filled.name);
  await type(form, 'email', filled.email);
  if (filled.phone) await type(form, 'phone', filled.phone);
  if (filled.organisation) await type(form, 'organisation', filled.organisation);
  await choose(form, 'topic', filled.topic);
  await type(form, 'message', filled.message);
  if (filled.replyLanguage) await choose(form, 'replyLanguage', filled.replyLanguage);
  if (filled.consent && !$<HTMLInputElement>(form, '#consent').checked) $<HTMLInputElement>(form, '#consent').click();
  await form.updateComplete;
  return filled;
}

/** Presses "Send message" and waits for the form to settle (the answer, or the error summary). */
export async function send(form: ProfiadContactForm, {until = 'settled'}: {until?: 'settled' | 'pressed'} = {}): Promise<void> {
  $<HTMLButtonElement>(form, 'button[type="submit"]').click();
  if (until === 'pressed') return;
  await waitFor(() => !form.shadowRoot!.querySelector('.sending')?.textContent?.trim(), 'the send to finish');
  await form.updateComplete;
  await nextFrame();
}

export async function waitFor(check: () => unknown, what: string, timeout = 8000): Promise<void> {
  const end = Date.now() + timeout;
  // A first look after the click has been handled.
  await new Promise((resolve) => setTimeout(resolve, 20));
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The element focused inside the form's shadow root. */
export const focused = (form: ProfiadContactForm) => form.shadowRoot!.activeElement as HTMLElement | null;

/** All text fields' current values, as the reader would find them. */
export const valuesShown = (form: ProfiadContactForm) => ({
  name: $<HTMLInputElement>(form, '#name').value,
  email: $<HTMLInputElement>(form, '#email').value,
  phone: $<HTMLInputElement>(form, '#phone').value,
  organisation: $<HTMLInputElement>(form, '#organisation').value,
  message: $<HTMLTextAreaElement>(form, '#message').value,
  topic: $$<HTMLInputElement>(form, 'input[name="topic"]').find((input) => input.checked)?.value,
  replyLanguage: $$<HTMLInputElement>(form, 'input[name="replyLanguage"]').find((input) => input.checked)?.value,
  consent: $<HTMLInputElement>(form, '#consent').checked,
});
