/** GOV.UK's character count: seen at once, heard after a pause, typing past the limit allowed and enforced on submit. */
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {$, contactForm, fillIn, send, textOf, type, waitFor} from './contact-helpers.js';

const visibleCount = (form: HTMLElement & {shadowRoot: ShadowRoot | null}) => textOf(form.shadowRoot!.querySelector('[part~="count"]'));
const heardCount = (form: HTMLElement & {shadowRoot: ShadowRoot | null}) => textOf(form.shadowRoot!.querySelector('.count-status'));

describe('contact form: character count', () => {
  it('shows the limit, then the characters left after each key; screen readers hear it once typing pauses', async () => {
    const form = await contactForm({attributes: {maxlength: '20'}});
    expect(visibleCount(form)).to.equal('You can enter up to 20 characters');
    expect($(form, '#message').getAttribute('aria-describedby')).to.equal('message-hint message-limit');
    $(form, '#message').focus();
    await sendKeys({type: 'Helo'});
    await form.updateComplete;
    expect(visibleCount(form)).to.equal('You have 16 characters remaining');
    expect(heardCount(form)).to.equal('');
    expect($(form, '[part~="count"]').getAttribute('aria-hidden')).to.equal('true');
    expect(form.shadowRoot!.querySelector('.count-status')!.getAttribute('aria-live')).to.equal('polite');
    await waitFor(() => heardCount(form) === 'You have 16 characters remaining', 'the announcement after a pause', 3000);
  });

  it('allows typing past the limit and says by how much, in Welsh with the plural forms', async () => {
    const form = await contactForm({lang: 'cy', attributes: {maxlength: '10'}});
    const cases: [string, string][] = [
      ['a'.repeat(9), 'Mae gennych 1 cymeriad yn weddill'],
      ['a'.repeat(8), 'Mae gennych 2 gymeriad yn weddill'],
      ['a'.repeat(7), 'Mae gennych 3 chymeriad yn weddill'],
      ['a'.repeat(4), 'Mae gennych 6 chymeriad yn weddill'],
      ['a'.repeat(5), 'Mae gennych 5 o gymeriadau yn weddill'],
      ['a'.repeat(10), 'Mae gennych 0 o gymeriadau yn weddill'],
      ['a'.repeat(11), 'Mae gennych 1 cymeriad yn ormod'],
      ['a'.repeat(12), 'Mae gennych 2 gymeriad yn ormod'],
      ['a'.repeat(13), 'Mae gennych 3 chymeriad yn ormod'],
      ['a'.repeat(16), 'Mae gennych 6 chymeriad yn ormod'],
      ['a'.repeat(30), 'Mae gennych 20 o gymeriadau yn ormod'],
    ];
    for (const [text, expected] of cases) {
      await type(form, 'message', text);
      expect(visibleCount(form), text.length.toString()).to.equal(expected);
    }
    expect($<HTMLTextAreaElement>(form, '#message').value).to.have.length(30);
    expect($(form, '[part~="count"]').getAttribute('part')).to.include('count-over');
    await expect(form).to.be.accessible();
  });

  it('in English: "1 character" and "12 characters too many"', async () => {
    const form = await contactForm({attributes: {maxlength: '10'}});
    await type(form, 'message', 'a'.repeat(9));
    expect(visibleCount(form)).to.equal('You have 1 character remaining');
    await type(form, 'message', 'a'.repeat(22));
    expect(visibleCount(form)).to.equal('You have 12 characters too many');
  });

  it('counts Welsh letters and emoji as one character each, as the receiver does', async () => {
    const form = await contactForm({attributes: {maxlength: '10'}});
    await type(form, 'message', 'ŵŷ🙂');
    expect(visibleCount(form)).to.equal('You have 7 characters remaining');
  });

  it('enforces the limit on submit, in both languages', async () => {
    for (const [lang, expected] of [
      ['en', 'Your message must be 10 characters or fewer'],
      ['cy', "Rhaid i'ch neges fod yn 10 o gymeriadau neu lai"],
    ] as const) {
      const form = await contactForm({lang, attributes: {maxlength: '10'}});
      await fillIn(form, {message: 'a'.repeat(11)});
      await send(form);
      expect([...$(form, '[part="error-summary"]').querySelectorAll('a')].map(textOf)).to.deep.equal([expected]);
      expect(form.shadowRoot!.querySelector('[part="success"]')).to.equal(null);
    }
  });
});
