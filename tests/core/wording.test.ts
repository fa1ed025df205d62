/**
 * An author's own wording, in the core: the check against an element's ids
 * (src/core/dom-free/wording.ts), and LocaleController's `language`, which
 * every element passes to its messages.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {LitElement, type PropertyDeclarations} from 'lit';
import {NO_WORDING, readWording} from '../../src/core/dom-free/translate.js';
import {checkWording, nearestId} from '../../src/core/dom-free/wording.js';
import {LocaleController, stringsProperty} from '../../src/core/element/locale-controller.js';
import {welsh as coreWelsh} from '../../src/generated/welsh/core.js';
import {welsh as storyWelsh} from '../../src/generated/welsh/story-carousel.js';
import {warningsDuring} from '../helpers/wording.js';

const known = new Set([...Object.keys(coreWelsh), ...Object.keys(storyWelsh)]);

/** Runs the check, returning the usable wording and the problems reported. */
function check(given: unknown) {
  const problems: string[] = [];
  const wording = checkWording(given, known, (problem) => problems.push(problem));
  return {wording, problems};
}

describe('readWording (what the messages use, before any check has loaded)', () => {
  it('keeps the entries that are {en, cy} text, from an object or its JSON, and nothing from anything else', () => {
    const given = {'story.heading': {cy: 'Straeon'}, 'story.next': 'Next', 'story.previous': {en: 'Back', de: 'Zurück'}, 'story.pause': {en: 3}, 'not.an.id': {en: 'Unused'}};
    const kept = {'story.heading': {cy: 'Straeon'}, 'not.an.id': {en: 'Unused'}};
    expect(readWording(given)).to.deep.equal(kept);
    expect(readWording(JSON.stringify(given))).to.deep.equal(kept);
    for (const nothing of [undefined, null, '{not json', '"text"', '[]', 42]) expect(readWording(nothing), String(nothing)).to.equal(NO_WORDING);
  });
});

describe('checkWording', () => {
  it('keeps known ids with text in either language or both', () => {
    const given = {'story.heading': {en: 'Our stories', cy: 'Ein straeon'}, 'feed.retry': {cy: 'Eto'}, 'story.read': {}};
    expect(check(given)).to.deep.equal({wording: given, problems: []});
    expect(check(JSON.stringify(given))).to.deep.equal({wording: given, problems: []});
    expect(check(undefined).wording).to.equal(NO_WORDING);
    expect(check(null).wording).to.equal(NO_WORDING);
  });

  it('reports, once each, an unknown id (with the id meant, when one is close), a value that is not {en?, cy?} text, and leaves them out', () => {
    const {wording, problems} = check({
      'story.headng': {en: 'Typo'},
      'carousel.support.heading': {en: 'Wrong prefix'},
      'story.support.title': {en: 'Wrong name'},
      'contact.send': {en: 'Another widget'},
      'story.next': 'Next',
      'story.previous': {en: 'Back', de: 'Zurück'},
      'story.pause': {en: 3},
      'story.play': ['Play'],
      'story.heading': {en: 'Kept'},
    });
    expect(wording).to.deep.equal({'story.heading': {en: 'Kept'}});
    expect(problems).to.deep.equal([
      'strings: "story.headng" is not a message id of this element, so it is ignored. Did you mean "story.heading"? The ids are in profiad\'s xliff/cy.xlf.',
      'strings: "carousel.support.heading" is not a message id of this element, so it is ignored. Did you mean "story.support.heading"? The ids are in profiad\'s xliff/cy.xlf.',
      'strings: "story.support.title" is not a message id of this element, so it is ignored. Did you mean "story.support.heading"? The ids are in profiad\'s xliff/cy.xlf.',
      'strings: "contact.send" is not a message id of this element, so it is ignored. The ids are in profiad\'s xliff/cy.xlf.',
      ...['story.next', 'story.previous', 'story.pause', 'story.play'].map((id) => `strings: "${id}" must be {"en": "…", "cy": "…"} (either or both, as text), so it is ignored.`),
    ]);
  });

  it('reports text that is not JSON, and wording that is not an object of ids, and uses none of it', () => {
    const notJson = check('{"story.heading": {"en": "Ours"}');
    expect(notJson.wording).to.equal(NO_WORDING);
    expect(notJson.problems).to.have.length(1);
    expect(notJson.problems[0]).to.match(/^strings is not valid JSON \(.+\), so profiad's own wording is used\.$/);
    for (const given of [[{'story.heading': {en: 'x'}}], 42, '"story.heading"', true]) {
      const result = check(given);
      expect(result.wording, JSON.stringify(given)).to.equal(NO_WORDING);
      expect(result.problems, JSON.stringify(given)).to.deep.equal(['strings must be an object of message ids, like {"feed.retry": {"en": "…", "cy": "…"}}, so it is ignored.']);
    }
  });

  it('suggests nothing for an id with nothing near it', () => {
    expect(nearestId('banana', known)).to.equal(undefined);
    expect(nearestId('calendar.close', known)).to.equal(undefined);
    expect(nearestId('feed.retyr', known)).to.equal('feed.retry');
  });
});

class WordedElement extends LitElement {
  static override properties: PropertyDeclarations = {strings: stringsProperty};
  strings?: unknown;
  readonly locale = new LocaleController(this, [storyWelsh]);
  renders = 0;
  override render() {
    this.renders++;
    return html`${this.locale.language.locale}`;
  }
}
customElements.define('test-worded', WordedElement);

declare global {
  interface HTMLElementTagNameMap {
    'test-worded': WordedElement;
  }
}

describe('LocaleController.language', () => {
  it('is the same object while neither the locale nor `strings` changes, and a new one when either does', async () => {
    const el = await fixture<WordedElement>(html`<test-worded lang="en"></test-worded>`);
    const first = el.locale.language;
    expect(first).to.deep.equal({locale: 'en', wording: NO_WORDING});
    expect(el.locale.language).to.equal(first);
    el.strings = {'story.heading': {en: 'Ours'}};
    await el.updateComplete;
    const worded = el.locale.language;
    expect(worded).not.to.equal(first);
    expect(worded.wording).to.deep.equal({'story.heading': {en: 'Ours'}});
    expect(el.locale.language).to.equal(worded);
    el.lang = 'cy';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.locale.language).to.deep.equal({locale: 'cy', wording: worded.wording});
    expect(el.locale.language.wording).to.equal(worded.wording);
  });

  it("knows the core's ids and the element's own, checks each new `strings` once, and names the element in the console", async () => {
    const el = await fixture<WordedElement>(html`<test-worded lang="en"></test-worded>`);
    const warnings = await warningsDuring(async () => {
      el.strings = {'feed.retry': {en: 'Again'}, 'story.heading': {en: 'Ours'}, 'calendar.close': {en: 'Done'}};
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(el.renders).to.be.greaterThan(2);
    });
    expect(warnings).to.deep.equal(['<test-worded>: strings: "calendar.close" is not a message id of this element, so it is ignored. The ids are in profiad\'s xliff/cy.xlf.']);
    // Used as given: an id no message of the element has is simply never looked up.
    expect(el.locale.language.wording['feed.retry']).to.deep.equal({en: 'Again'});
    expect(el.locale.language.wording['story.heading']).to.deep.equal({en: 'Ours'});
  });

  it('reads the `strings` attribute as JSON, and keeps text that is not JSON for the check to report', async () => {
    const el = await fixture<WordedElement>(html`<test-worded strings='{"story.heading": {"en": "Ours"}}'></test-worded>`);
    expect(el.strings).to.deep.equal({'story.heading': {en: 'Ours'}});
    const warnings = await warningsDuring(async () => {
      el.setAttribute('strings', 'not JSON');
      await el.updateComplete;
    });
    expect(el.strings).to.equal('not JSON');
    expect(el.locale.language.wording).to.equal(NO_WORDING);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<test-worded>: strings is not valid JSON');
    el.removeAttribute('strings');
    await el.updateComplete;
    expect(el.strings).to.equal(undefined);
  });
});
