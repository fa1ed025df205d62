/** Validation on submit, GOV.UK's way: a summary that takes focus and links to each field, inline errors wired to the fields. */
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {ProfiadContactForm} from '../../src/contact-form/contact-form.js';
import {$, $$, choose, contactForm, emailsContaining, fillIn, focused, send, textOf, type} from './contact-helpers.js';

const EMPTY_ERRORS = {
  en: ['Enter your full name', 'Enter an email address', 'Select what your message is about', 'Enter a message', 'You must agree to the privacy notice'],
  cy: ['Rhowch eich enw llawn', 'Rhowch gyfeiriad e-bost', 'Dewiswch am beth mae eich neges', 'Rhowch neges', "Rhaid i chi gytuno â'r hysbysiad preifatrwydd"],
};

describe('contact form: validation on submit', () => {
  for (const lang of ['en', 'cy'] as const) {
    it(`${lang}: an empty form shows a focused summary, inline errors with a hidden "${lang === 'en' ? 'Error:' : 'Gwall:'}", aria-invalid and aria-describedby`, async () => {
      const form = await contactForm({lang});
      expect($<HTMLFormElement>(form, 'form').noValidate).to.equal(true);
      await send(form);
      const summary = $(form, '[part="error-summary"]');
      expect(focused(form)).to.equal(summary);
      expect(textOf(summary.querySelector('h3'))).to.equal(lang === 'en' ? 'There is a problem' : 'Mae problem wedi codi');
      expect([...summary.querySelectorAll('a')].map(textOf)).to.deep.equal(EMPTY_ERRORS[lang]);
      const nameError = $(form, '#name-error');
      expect(textOf(nameError)).to.equal(`${lang === 'en' ? 'Error:' : 'Gwall:'} ${EMPTY_ERRORS[lang][0]}`);
      expect(nameError.querySelector('.visually-hidden')).to.not.equal(null);
      const name = $(form, '#name');
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      expect(name.getAttribute('aria-describedby')).to.equal('name-error');
      expect($(form, '#email').getAttribute('aria-describedby')).to.equal('email-hint email-error');
      expect($(form, '#phone').hasAttribute('aria-invalid')).to.equal(false);
      // The reply language starts at the page's language, so it is never missing.
      expect($$<HTMLInputElement>(form, 'input[name="replyLanguage"]').find((input) => input.checked)?.value).to.equal(lang);
      await expect(form).to.be.accessible();
    });
  }

  it('a summary link focuses its field; for a group of choices, its first choice with the legend in view', async () => {
    const form = await contactForm();
    await send(form);
    const links = [...$(form, '[part="error-summary"]').querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['#name', '#email', '#topic', '#message', '#consent']);
    links[1]!.click();
    expect(focused(form)).to.equal($(form, '#email'));
    links[2]!.click();
    expect(focused(form)).to.equal($$(form, 'input[name="topic"]')[0]);
    const legend = $(form, '#topic-legend').getBoundingClientRect();
    expect(legend.top).to.be.greaterThanOrEqual(-1);
    expect(legend.top).to.be.lessThan(window.innerHeight);
    links[4]!.click();
    expect(focused(form)).to.equal($(form, '#consent'));
  });

  it('a link from the summary is reached with the keyboard and followed with Enter', async () => {
    const form = await contactForm({lang: 'cy'});
    await send(form);
    await sendKeys({press: 'Tab'});
    expect(textOf(focused(form))).to.equal('Rhowch eich enw llawn');
    await sendKeys({press: 'Enter'});
    expect(focused(form)).to.equal($(form, '#name'));
  });

  it('checks the shape of an email address and a phone number', async () => {
    const form = await contactForm();
    await fillIn(form, {email: 'sian.example.org', phone: '029 CALL ME'});
    await send(form);
    expect([...$(form, '[part="error-summary"]').querySelectorAll('a')].map(textOf)).to.deep.equal([
      'Enter an email address in the correct format, like name@example.com',
      'Enter a phone number, like 029 2000 0000 or 07700 900 982',
    ]);
    await type(form, 'email', 'sian@example.org');
    await type(form, 'phone', '');
    await send(form);
    expect(form.shadowRoot!.querySelector('[part="error-summary"]')).to.equal(null);
  });

  it('every other rule, in Welsh: blank name, names and organisations over 200 characters, a phone number over 40', async () => {
    const form = await contactForm({lang: 'cy'});
    await fillIn(form, {name: '   '});
    await send(form);
    expect([...$(form, '[part="error-summary"]').querySelectorAll('a')].map(textOf)).to.deep.equal(['Rhowch eich enw llawn']);
    await type(form, 'name', 'ŵ'.repeat(201));
    await type(form, 'organisation', 'a'.repeat(201));
    await type(form, 'phone', '0'.repeat(41));
    await send(form);
    expect([...$(form, '[part="error-summary"]').querySelectorAll('a')].map(textOf)).to.deep.equal([
      "Rhaid i'ch enw llawn fod yn 200 o gymeriadau neu lai",
      "Rhaid i'r rhif ffôn fod yn 40 o gymeriadau neu lai",
      "Rhaid i enw'r sefydliad fod yn 200 o gymeriadau neu lai",
    ]);
    await type(form, 'name', 'ŵ'.repeat(200));
    await type(form, 'organisation', 'a'.repeat(200));
    await type(form, 'phone', '0'.repeat(40));
    await send(form);
    expect(form.shadowRoot!.querySelector('[part="success"]')).to.not.equal(null);
  });

  it('radios start unchosen, except the reply language; labels and autocomplete tokens are there', async () => {
    const form = await contactForm({lang: 'cy'});
    expect($$<HTMLInputElement>(form, 'input[name="topic"], input[name="role"]').filter((input) => input.checked)).to.have.length(0);
    expect($(form, '#name').getAttribute('autocomplete')).to.equal('name');
    expect($(form, '#email').getAttribute('autocomplete')).to.equal('email');
    expect($(form, '#email').getAttribute('type')).to.equal('email');
    expect($(form, '#phone').getAttribute('autocomplete')).to.equal('tel');
    expect($(form, '#organisation').getAttribute('autocomplete')).to.equal('organization');
    expect(textOf($(form, 'label[for="name"]'))).to.equal('Enw llawn');
    expect(textOf($(form, '#replyLanguage-legend'))).to.equal('Ym mha iaith yr hoffech chi i ni ateb?');
    // Each language named in itself, marked for screen readers.
    expect($$(form, 'input[name="replyLanguage"] + label span').map((span) => [span.getAttribute('lang'), textOf(span)])).to.deep.equal([
      ['cy', 'Cymraeg'],
      ['en', 'English'],
    ]);
    expect(textOf($(form, '[part="welsh-notice"]'))).to.include('Rydym yn croesawu negeseuon yn Gymraeg');
    await choose(form, 'replyLanguage', 'en');
    expect($$<HTMLInputElement>(form, 'input[name="replyLanguage"]').find((input) => input.checked)?.value).to.equal('en');
  });

  it('says it is not for urgent help, with the same services as the story carousel, each number a link that calls it', async () => {
    const form = await contactForm({lang: 'cy'});
    const notice = $(form, '[part="urgent"]');
    expect(textOf(notice.querySelector('strong')!)).to.equal("Nid yw'r ffurflen hon ar gyfer cymorth brys");
    expect([...notice.querySelectorAll('li')].map(textOf)).to.deep.equal([
      'Mewn argyfwng, ffoniwch 999',
      "I gael help gyda'ch iechyd meddwl, ffoniwch GIG 111 Cymru ar 111 a phwyso 2 (am ddim, 24 awr)",
      'Y Samariaid, am ddim, 24 awr: 116 123',
      'Llinell Gymraeg y Samariaid (am ddim, 19:00 i 23:00 bob dydd): 0808 164 0123',
    ]);
    expect([...notice.querySelectorAll('a[part="phone"]')].map((link) => link.getAttribute('href'))).to.deep.equal(['tel:999', 'tel:111', 'tel:116123', 'tel:08081640123']);
    // English readers get the three services without the Welsh Language Line.
    form.parentElement!.setAttribute('lang', 'en');
    await form.updateComplete;
    await form.updateComplete;
    expect(textOf(notice.querySelector('strong')!)).to.equal('This form is not for urgent help');
    expect([...notice.querySelectorAll('li')].map(textOf)).to.deep.equal([
      'In an emergency, call 999',
      'For mental health help, call NHS 111 Wales on 111 and press 2 (free, 24 hours)',
      'Samaritans, free, 24 hours: 116 123',
    ]);
  });

  it('switches language live, keeping what was typed', async () => {
    const form = await contactForm();
    await type(form, 'name', 'Siân');
    await send(form);
    form.parentElement!.setAttribute('lang', 'cy');
    await form.updateComplete;
    await form.updateComplete;
    expect(textOf($(form, '[part="heading"]'))).to.equal("Cysylltu â'r tîm");
    expect(textOf($(form, '#email-error'))).to.equal('Gwall: Rhowch gyfeiriad e-bost');
    expect($<HTMLInputElement>(form, '#name').value).to.equal('Siân');
    // Not chosen yet, so the reply language follows the page; once chosen, it stays.
    const replyLanguage = () => $$<HTMLInputElement>(form, 'input[name="replyLanguage"]').find((input) => input.checked)?.value;
    expect(replyLanguage()).to.equal('cy');
    await choose(form, 'replyLanguage', 'en');
    form.parentElement!.setAttribute('lang', 'en');
    await form.updateComplete;
    form.parentElement!.setAttribute('lang', 'cy');
    await form.updateComplete;
    await form.updateComplete;
    expect(replyLanguage()).to.equal('en');
  });
});

describe("contact form: the author's topics", () => {
  it("offers the topics from inline JSON (examples/contact-form/topics.json) in the reader's language, and sends the chosen value", async () => {
    const topics = await (await fetch('/examples/contact-form/topics.json')).text();
    const form = await contactForm({lang: 'cy'});
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = topics;
    form.append(script);
    form.requestUpdate();
    await form.updateComplete;
    expect($$(form, 'input[name="topic"] + label').map(textOf)).to.deep.equal([
      'Y Cynllun Gweithlu Iechyd Meddwl',
      'Hyfforddiant mentoriaid cymheiriaid',
      'Digwyddiadau ymgysylltu',
      'Ymholiad gan y cyfryngau',
      'Rhywbeth arall',
    ]);
    const {message} = await fillIn(form, {topic: 'Peer mentor training'});
    await send(form);
    const [email] = await emailsContaining(message);
    expect(email!.subject).to.match(/^Ffurflen gysylltu: Peer mentor training \(cyfeirnod /);
  });

  it('the topics property wins, and unusable entries are left out with a console warning', async () => {
    const form = await contactForm();
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      // A topic without a value on purpose: the types refuse it, an author's JavaScript might not.
      form.topics = [{value: 'Media enquiry', label: {en: 'Media enquiry', cy: 'Ymholiad gan y cyfryngau'}}, {label: 'no value'}, 'Plain'] as unknown as ProfiadContactForm['topics'];
      await form.updateComplete;
    } finally {
      console.warn = original;
    }
    expect($$(form, 'input[name="topic"] + label').map(textOf)).to.deep.equal(['Media enquiry', 'Plain']);
    expect(warnings.some((warning) => warning.includes('topics[1]'))).to.equal(true);
  });
});
