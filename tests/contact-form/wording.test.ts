/** An author's own wording (`strings`): shown in both languages, checked against the form's ids, live. */
import {expect} from '@open-wc/testing';
import type {ProfiadContactForm} from '../../src/contact-form/contact-form.js';
import {welsh as contactWelsh} from '../../src/generated/welsh/contact-form.js';
import {welsh as coreWelsh} from '../../src/generated/welsh/core.js';
import {welsh as urgentWelsh} from '../../src/generated/welsh/urgent-help.js';
import {defaultPieces, idsOf, leftOver, markEvery, shownText, warningsDuring} from '../helpers/wording.js';
import {$, $$, contactForm, fillIn, send, textOf, type} from './contact-helpers.js';

const wording = {
  'contact.send': {en: 'Send to the team', cy: 'Anfon at y tîm'},
  'contact.count.limit': {en: 'Up to {0} characters', cy: 'Hyd at {0} nod'},
  'contact.topic.events': {en: 'Our events', cy: 'Ein digwyddiadau'},
};

const submit = (form: ProfiadContactForm) => textOf($(form, '[part~="submit-button"]'));

describe("contact form: the author's own wording", () => {
  for (const lang of ['en', 'cy'] as const) {
    it(`shows it (${lang}), with the values put in for {0}`, async () => {
      const form = await contactForm({lang, attributes: {maxlength: '500'}});
      form.strings = wording;
      await form.updateComplete;
      expect(submit(form)).to.equal(lang === 'en' ? 'Send to the team' : 'Anfon at y tîm');
      expect(textOf($(form, '[part~="count"]'))).to.equal(lang === 'en' ? 'Up to 500 characters' : 'Hyd at 500 nod');
      const topics = $$(form, 'input[name="topic"] + label').map(textOf);
      expect(topics).to.include(lang === 'en' ? 'Our events' : 'Ein digwyddiadau');
      // What the author did not reword stays profiad's.
      expect(textOf($(form, '[part~="heading"]'))).to.equal(lang === 'en' ? 'Contact the team' : "Cysylltu â'r tîm");
    });
  }

  it('takes JSON in the `strings` attribute, and follows a change of `strings` at once', async () => {
    const form = await contactForm({lang: 'en', attributes: {strings: JSON.stringify(wording)}});
    expect(submit(form)).to.equal('Send to the team');
    form.setAttribute('strings', JSON.stringify({'contact.send': {en: 'Send it'}}));
    await form.updateComplete;
    expect(submit(form)).to.equal('Send it');
    form.strings = undefined;
    await form.updateComplete;
    expect(submit(form)).to.equal('Send message');
  });

  it('warns once, naming the element and the id, about an id it does not know, and uses the rest', async () => {
    let form!: ProfiadContactForm;
    const warnings = await warningsDuring(async () => {
      form = await contactForm({lang: 'cy'});
      form.strings = {'contact.submit': {cy: 'Anfon'}, 'contact.email.subject': {cy: 'Pwnc'}, 'contact.heading': {cy: 'Ysgrifennwch aton ni'}};
      await form.updateComplete;
      await type(form, 'name', 'Siân');
    });
    expect(textOf($(form, '[part~="heading"]'))).to.equal('Ysgrifennwch aton ni');
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('<profiad-contact-form>').and.contain('"contact.submit" is not a message id of this element');
    // The receiver's email wording is not the form's to change.
    expect(warnings[1]).to.contain('"contact.email.subject" is not a message id of this element');
  });

  it('warns about JSON it cannot read in the attribute, and the form still works', async () => {
    let form!: ProfiadContactForm;
    const warnings = await warningsDuring(async () => {
      form = await contactForm({lang: 'en', endpoint: null, attributes: {strings: 'contact.send=Send'}});
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<profiad-contact-form>').and.contain('strings is not valid JSON');
    await send(form, {until: 'pressed'});
    await form.updateComplete;
    expect(textOf($(form, '[part~="error-summary"]'))).to.contain('There is a problem');
  });

  for (const lang of ['en', 'cy'] as const) {
    it(`replaces every message it shows (${lang}), sending or not: no default text is left with every id reworded`, async () => {
      const ids = idsOf([contactWelsh, coreWelsh, urgentWelsh]);
      const strings = JSON.stringify(markEvery(ids));
      let text = '';
      // The form, then its errors and a message over the limit.
      const form = await contactForm({lang, attributes: {strings, maxlength: '10'}});
      text += shownText(form);
      await type(form, 'message', 'Hello there');
      await type(form, 'email', 'not an address');
      await send(form);
      text += shownText(form);
      // A send the service fails, then one it takes.
      const failing = await contactForm({lang, endpoint: '/test-contact/status/500', attributes: {strings}});
      await fillIn(failing, {message: 'Hello there'});
      await send(failing);
      text += shownText(failing);
      const sent = await contactForm({lang, attributes: {strings}});
      await fillIn(sent, {message: `Hello there ${Date.now()}`});
      await send(sent);
      text += shownText(sent);
      expect(leftOver(text, await defaultPieces(ids))).to.deep.equal([]);
      const expected = [
        ...['contact.heading', 'contact.urgent.heading', 'urgent.emergency', 'contact.welsh-welcome', 'contact.name.label', 'contact.email-address.hint', 'contact.role.other', 'contact.topic.events'],
        ...['contact.reply-language.legend', 'contact.consent.link', 'contact.honeypot.label', 'contact.send', 'contact.error-summary.heading', 'contact.error.prefix', 'contact.error.email.format'],
        ...['contact.error.message.too-long', 'contact.failure.heading', 'contact.failure.server', 'feed.retry', 'contact.success.heading', 'contact.success.reference'],
        'contact.count.over.one',
      ];
      for (const id of expected) expect(text.includes(`«${id}»`), `«${id}» shown`).to.equal(true);
    });
  }
});
