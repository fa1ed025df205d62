/** Completing the form with the keyboard alone; drafts kept with save-draft (and only then); the email fallback without an endpoint. */
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {$, contactForm, emailsContaining, fillIn, focused, send, textOf, type, valuesShown, waitFor} from './contact-helpers.js';

const press = async (key: string, times = 1) => {
  for (let i = 0; i < times; i++) await sendKeys({press: key});
};

describe('contact form: keyboard, drafts, email fallback', () => {
  afterEach(() => sessionStorage.clear());

  it('can be completed and sent with the keyboard alone', async () => {
    const form = await contactForm({lang: 'cy'});
    const marker = `Bysellfwrdd ${Date.now()}`;
    $(form, '#name').focus();
    await sendKeys({type: 'Gareth Evans'});
    await press('Tab');
    await sendKeys({type: 'gareth@example.org'});
    await press('Tab');
    await press('Tab'); // phone, optional
    await press('Tab'); // organisation, optional: now the role radios
    await press('Tab'); // role is optional: on to the topic radios
    expect(focused(form)?.getAttribute('name')).to.equal('topic');
    await press('Space');
    await press('Tab');
    expect(focused(form)?.id).to.equal('message');
    await sendKeys({type: marker});
    await press('Tab'); // the reply language group, already chosen (Welsh page: Welsh)
    expect(focused(form)?.getAttribute('name')).to.equal('replyLanguage');
    await press('Tab'); // the privacy notice link
    await press('Tab');
    expect(focused(form)?.id).to.equal('consent');
    await press('Space');
    await press('Tab');
    expect(focused(form)?.getAttribute('type')).to.equal('submit');
    await press('Enter');
    await waitFor(() => form.shadowRoot!.querySelector('[part="success"]'), 'the confirmation');
    expect(focused(form)).to.equal($(form, '[part="success"]'));
    const [email] = await emailsContaining(marker);
    expect(email!.subject).to.match(/^Ffurflen gysylltu: Y Cynllun Gweithlu Iechyd Meddwl \(cyfeirnod /);
    expect(email!.replyTo).to.include('gareth@example.org');
  });

  it('with save-draft, a reload loses nothing, and sending clears the draft', async () => {
    const first = await contactForm({attributes: {'save-draft': '', id: 'contact'}});
    await fillIn(first, {organisation: 'Samariaid Cymru', replyLanguage: 'cy'});
    const typed = valuesShown(first);
    first.remove();
    const again = await contactForm({attributes: {'save-draft': '', id: 'contact'}});
    expect(valuesShown(again)).to.deep.equal(typed);
    await send(again);
    expect(again.shadowRoot!.querySelector('[part="success"]')).to.not.equal(null);
    expect(sessionStorage.length).to.equal(0);
  });

  it('without save-draft, nothing typed is stored anywhere', async () => {
    const form = await contactForm();
    await fillIn(form);
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.getItem('profiad-contact-draft')).to.equal(null);
  });

  it('without an endpoint, opens a prefilled email to the team instead', async () => {
    const form = await contactForm({endpoint: null, lang: 'cy'});
    expect(textOf($(form, 'button[type="submit"]'))).to.equal('Agor yn fy rhaglen e-bost');
    await fillIn(form, {message: 'Helo & diolch?'});
    await send(form);
    const link = $<HTMLAnchorElement>(form, '.mailto a');
    const href = new URL(link.href);
    expect(href.protocol).to.equal('mailto:');
    expect(href.pathname).to.equal('team@example.org');
    expect(href.searchParams.get('subject')).to.equal("Neges o'r wefan: Digwyddiadau a gweithdai");
    expect(href.searchParams.get('body')).to.include('Helo & diolch?');
    expect(href.searchParams.get('body')).to.include('Enw llawn: Siân Jones');
    expect(textOf($(form, '.mailto'))).to.include('Dylai eich rhaglen e-bost agor nawr');
    expect(focused(form)).to.equal($(form, '.mailto'));
    await expect(form).to.be.accessible();
  });

  it('shows what was typed as text in the email fallback too', async () => {
    const form = await contactForm({endpoint: null});
    await fillIn(form, {message: '<b>bold</b>'});
    await type(form, 'name', '<i>Siân</i>');
    await send(form);
    expect(form.shadowRoot!.querySelector('b, i')).to.equal(null);
  });
});
