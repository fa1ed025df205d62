/** Sending to the real receiver: the confirmation, the email the team gets, and every way a send can fail with nothing lost. */
import {expect} from '@open-wc/testing';
import type {ProfiadSubmitDetail} from '../../src/contact-form/contact-form.js';
import {$, contactForm, emailsContaining, fillIn, focused, send, teamEmails, textOf, type, valuesShown, waitFor} from './contact-helpers.js';

describe('contact form: sending to the receiver', () => {
  it('in Welsh: the confirmation takes focus with a reference, fires profiad-submit, and the team gets one email in Welsh', async () => {
    const form = await contactForm({lang: 'cy'});
    const events: ProfiadSubmitDetail[] = [];
    form.addEventListener('profiad-submit', (event) => events.push((event as CustomEvent<ProfiadSubmitDetail>).detail));
    const {message} = await fillIn(form, {phone: '029 2000 0000'});
    await send(form);
    const panel = $(form, '[part="success"]');
    expect(focused(form)).to.equal(panel);
    expect(textOf(panel)).to.match(/^Mae eich neges wedi cael ei hanfon Eich cyfeirnod yw [0-9A-Z]{4}-[0-9A-Z]{4} Byddwn yn ateb drwy e-bost yn Gymraeg\.$/);
    const reference = textOf($(form, '[part="reference"]')).replace('Eich cyfeirnod yw ', '');
    expect(events).to.have.length(1);
    expect(events[0]).to.include({reference, replyLanguage: 'cy'});
    const emails = await emailsContaining(message);
    expect(emails).to.have.length(1);
    expect(emails[0]!.subject).to.equal(`Ffurflen gysylltu: Digwyddiadau a gweithdai (cyfeirnod ${reference})`);
    expect(emails[0]!.text).to.include('Rhif ffôn: 029 2000 0000');
    expect(emails[0]!.language).to.equal('cy');
    await expect(form).to.be.accessible();
  });

  it('in English, with a reply asked for in Welsh: the page is English, the email is Welsh', async () => {
    const form = await contactForm({lang: 'en'});
    const {message} = await fillIn(form, {replyLanguage: 'cy'});
    await send(form);
    expect(textOf($(form, '[part="success"]'))).to.match(/^Your message has been sent Your reference number is \S+ We will reply by email in Welsh\.$/);
    const [email] = await emailsContaining(message);
    expect(email!.text).to.include('Iaith y dudalen: Saesneg');
    expect(email!.text).to.include('Ateb yn: Cymraeg');
  });

  it('HTML and script typed in every field arrive as text and stay text in the form', async () => {
    const form = await contactForm();
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const {message} = await fillIn(form, {name: `Siân ${hostile}`, organisation: hostile, message: `${hostile} ${Date.now()}`});
    expect(form.shadowRoot!.querySelector('img, script')).to.equal(null);
    await send(form);
    const [email] = await emailsContaining(message);
    expect(email!.text).to.include(`Enw llawn: Siân ${hostile}`.replace('Enw llawn', 'Full name'));
    expect(email!.text).to.include(`Organisation: ${hostile}`);
    expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
  });

  it('a lost answer: the reader is told, everything typed stays, and Try again sends it once', async () => {
    const form = await contactForm({endpoint: '/test-contact/lose-first'});
    const filled = await fillIn(form, {organisation: 'Platfform'});
    const before = valuesShown(form);
    await send(form);
    const failure = $(form, '[part="failure"]');
    expect(focused(form)).to.equal(failure);
    expect(textOf(failure)).to.equal('We could not send your message. Your text is still here. Check your internet connection, then select Try again. Try again');
    expect(valuesShown(form)).to.deep.equal(before);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    $(form, '[part="retry-button"]').click();
    await waitFor(() => form.shadowRoot!.querySelector('[part="success"]'), 'the confirmation');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await emailsContaining(filled.message)).to.have.length(1);
  });

  it('after a lost answer, words changed before Try again are a new message: the edit reaches the team, never dropped', async () => {
    const form = await contactForm({endpoint: '/test-contact/lose-first'});
    const {message} = await fillIn(form);
    await send(form);
    expect(form.shadowRoot!.querySelector('[part="failure"]')).to.not.equal(null);
    const edited = `${message} (wedi'i golygu)`;
    await type(form, 'message', edited);
    // A new id, so its first answer is lost too; Try again a moment later gets through.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    $(form, '[part="retry-button"]').click();
    await waitFor(() => !form.shadowRoot!.querySelector('.sending')?.textContent?.trim(), 'the second send');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    if (!form.shadowRoot!.querySelector('[part="success"]')) $(form, '[part="retry-button"]').click();
    await waitFor(() => form.shadowRoot!.querySelector('[part="success"]'), 'the confirmation');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await emailsContaining(edited)).to.have.length(1);
  });

  it('a timeout: the reader is told it will not be sent twice, and Try again sends it once', async () => {
    const form = await contactForm({endpoint: '/test-contact/slow-first?ms=2500', attributes: {timeout: '800', lang: 'cy'}});
    const filled = await fillIn(form);
    await send(form);
    expect(textOf($(form, '[part="failure"]'))).to.include('Cymerodd y gwasanaeth ormod o amser i ateb. Dewiswch ‘Rhowch gynnig arall arni’: ni fydd eich neges yn cael ei hanfon ddwywaith.');
    expect(valuesShown(form).message).to.equal(filled.message);
    // The first send reached the receiver and was stored; the retry is the same message.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    $(form, '[part="retry-button"]').click();
    await waitFor(() => form.shadowRoot!.querySelector('[part="success"]'), 'the confirmation');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await emailsContaining(filled.message)).to.have.length(1);
  });

  const failures: [string, string, string, string][] = [
    [
      '/test-contact/status/429',
      'rate-limited',
      'Several messages have been sent from your connection in a short time. Wait a few minutes, then select Try again.',
      "Mae sawl neges wedi cael eu hanfon o'ch cysylltiad mewn amser byr. Arhoswch ychydig funudau, yna dewiswch ‘Rhowch gynnig arall arni’.",
    ],
    [
      '/test-contact/status/500',
      'server',
      'Sorry, there is a problem with the service. Select Try again in a few minutes.',
      "Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth. Dewiswch ‘Rhowch gynnig arall arni’ ymhen ychydig funudau.",
    ],
    [
      '/test-contact/status/413',
      'too-large',
      'Your message is too long to send. Make it shorter, then select Try again.',
      "Mae eich neges yn rhy hir i'w hanfon. Gwnewch hi'n fyrrach, yna dewiswch ‘Rhowch gynnig arall arni’.",
    ],
    [
      '/test-contact/status/415',
      'rejected',
      'Sorry, there is a problem with the service. Try again later, or contact the team another way.',
      "Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth. Rhowch gynnig arall arni yn nes ymlaen, neu cysylltwch â'r tîm mewn ffordd arall.",
    ],
    ['http://127.0.0.1:9/nothing-listens', 'offline', 'Check your internet connection, then select Try again.', "Gwiriwch eich cysylltiad â'r rhyngrwyd, yna dewiswch ‘Rhowch gynnig arall arni’."],
  ];
  for (const [endpoint, failure, english, welsh] of failures) {
    it(`${failure}: says what happened and what to do in both languages, keeps every value, fires profiad-submit-error`, async () => {
      for (const [lang, advice] of [
        ['en', english],
        ['cy', welsh],
      ] as const) {
        const form = await contactForm({lang, endpoint});
        const errors: unknown[] = [];
        form.addEventListener('profiad-submit-error', (event) => errors.push((event as CustomEvent).detail.failure));
        await fillIn(form, {phone: '07700 900982', organisation: 'Hywel Dda'});
        const before = valuesShown(form);
        await send(form);
        expect(textOf($(form, '[part="failure"]'))).to.include(advice);
        expect(focused(form)).to.equal($(form, '[part="failure"]'));
        expect(valuesShown(form)).to.deep.equal(before);
        expect(errors).to.deep.equal([failure]);
        await expect(form).to.be.accessible();
      }
    });
  }

  it("field errors from the receiver are shown as the form's own words, by the field", async () => {
    const form = await contactForm({lang: 'cy', endpoint: '/test-contact/status/400?errors=email:format,message:too-long'});
    await fillIn(form);
    await send(form);
    const summary = $(form, '[part="error-summary"]');
    expect(focused(form)).to.equal(summary);
    expect(textOf(summary.querySelector('h3'))).to.equal('Mae problem wedi codi');
    expect([...summary.querySelectorAll('li')].map(textOf)).to.deep.equal(['Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com', "Rhaid i'ch neges fod yn 2000 o gymeriadau neu lai"]);
    expect(textOf($(form, '#email-error'))).to.equal('Gwall: Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com');
    expect($(form, '#email').getAttribute('aria-invalid')).to.equal('true');
  });

  it('a second press while sending does nothing; the button is never disabled', async () => {
    const before = (await (await fetch('/test-contact/hang-count')).json()).count as number;
    const form = await contactForm({endpoint: '/test-contact/hang', attributes: {timeout: '1500'}});
    await fillIn(form);
    await send(form, {until: 'pressed'});
    await waitFor(() => textOf($(form, '[part="status"]')) === 'Sending your message…', 'the sending announcement');
    expect($(form, '[part="status"]').getAttribute('role')).to.equal('status');
    const button = $<HTMLButtonElement>(form, 'button[type="submit"]');
    expect(button.disabled).to.equal(false);
    button.click();
    button.click();
    await waitFor(() => form.shadowRoot!.querySelector('[part="failure"]'), 'the timeout');
    expect((await (await fetch('/test-contact/hang-count')).json()).count).to.equal(before + 1);
  });

  it('the honeypot: a filled hidden field looks sent to a script, and the team gets nothing', async () => {
    const form = await contactForm();
    const {message} = await fillIn(form);
    const honeypot = $<HTMLInputElement>(form, '#website');
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.closest('[aria-hidden="true"]')).to.not.equal(null);
    await type(form, 'website', 'http://spam.example');
    await send(form);
    expect(form.shadowRoot!.querySelector('[part="success"]')).to.not.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await teamEmails()).filter((email) => email.text.includes(message))).to.have.length(0);
  });
});
