import {expect, fixture, html} from '@open-wc/testing';
import '../../src/milestone-tracker/milestone-tracker.js';
import type {ProfiadMilestoneTracker} from '../../src/milestone-tracker/milestone-tracker.js';
import {resolveLang} from '../../src/core/element/locale-controller.js';
import {toLocale} from '../../src/core/dom-free/locale.js';
import {visibleText} from '../helpers/fixtures.js';

const data = {milestones: [{id: 'a', title: 'A', date: '2026-01-14', status: 'done'}]};
const summaryOf = (el: ProfiadMilestoneTracker) => visibleText(el.shadowRoot!.querySelector('[part=summary]'));

describe('locale', () => {
  const originalLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = originalLang;
  });

  it('maps cy, cy-GB and CY to Welsh and everything else to English', () => {
    expect(['cy', 'cy-GB', 'CY', ' cy-gb '].map(toLocale)).to.deep.equal(['cy', 'cy', 'cy', 'cy']);
    expect(['en', 'en-GB', '', 'cym', 'fr', null, undefined].map(toLocale)).to.deep.equal(['en', 'en', 'en', 'en', 'en', 'en', 'en']);
  });

  it('follows <html lang> and switches live when it changes', async () => {
    document.documentElement.lang = 'cy';
    const el = await fixture<ProfiadMilestoneTracker>(html`<profiad-milestone-tracker .milestones=${data} today="2026-02-01"></profiad-milestone-tracker>`);
    expect(summaryOf(el)).to.equal("Cerrig milltir wedi'u cwblhau: 1 o 1");
    document.documentElement.lang = 'en-GB';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(summaryOf(el)).to.equal('Milestones completed: 1 of 1');
    expect(el.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal('en');
  });

  it("prefers the element's own lang, then the nearest ancestor's, across shadow roots", async () => {
    document.documentElement.lang = 'en';
    const outer = await fixture<HTMLDivElement>(html`<div lang="cy"><section><span id="inner"></span></section></div>`);
    const inner = outer.querySelector('#inner')!;
    expect(resolveLang(inner)).to.equal('cy');
    const host = document.createElement('div');
    outer.querySelector('section')!.append(host);
    const shadowChild = document.createElement('span');
    host.attachShadow({mode: 'open'}).append(shadowChild);
    expect(resolveLang(shadowChild)).to.equal('cy');
    inner.setAttribute('lang', 'en');
    expect(resolveLang(inner)).to.equal('en');
  });

  it('shows Welsh and English elements side by side on one page, each switching on its own', async () => {
    document.documentElement.lang = 'en';
    const page = await fixture<HTMLDivElement>(html`<div>
      <profiad-milestone-tracker lang="cy" .milestones=${data} today="2026-02-01"></profiad-milestone-tracker>
      <div lang="en"><profiad-milestone-tracker .milestones=${data} today="2026-02-01"></profiad-milestone-tracker></div>
    </div>`);
    const [welsh, english] = [...page.querySelectorAll('profiad-milestone-tracker')];
    await welsh!.updateComplete;
    await english!.updateComplete;
    expect(summaryOf(welsh!)).to.equal("Cerrig milltir wedi'u cwblhau: 1 o 1");
    expect(summaryOf(english!)).to.equal('Milestones completed: 1 of 1');

    english!.parentElement!.lang = 'cy';
    welsh!.lang = 'en';
    await new Promise((r) => setTimeout(r));
    await Promise.all([welsh!.updateComplete, english!.updateComplete]);
    expect(summaryOf(welsh!)).to.equal('Milestones completed: 1 of 1');
    expect(summaryOf(english!)).to.equal("Cerrig milltir wedi'u cwblhau: 1 o 1");
  });

  it('switches every element on the page at once when <html lang> changes', async () => {
    document.documentElement.lang = 'en';
    const page = await fixture<HTMLDivElement>(html`<div>
      ${[...Array(12)].map(() => html`<section><profiad-milestone-tracker .milestones=${data} today="2026-02-01"></profiad-milestone-tracker></section>`)}
    </div>`);
    const trackers = [...page.querySelectorAll('profiad-milestone-tracker')];
    await Promise.all(trackers.map((t) => t.updateComplete));
    expect(trackers.map(summaryOf)).to.deep.equal(Array(12).fill('Milestones completed: 1 of 1'));

    document.documentElement.lang = 'cy-GB';
    await new Promise((r) => setTimeout(r));
    await Promise.all(trackers.map((t) => t.updateComplete));
    expect(trackers.map(summaryOf)).to.deep.equal(Array(12).fill("Cerrig milltir wedi'u cwblhau: 1 o 1"));
    expect(trackers.map((t) => t.shadowRoot!.querySelector('.base')!.getAttribute('lang'))).to.deep.equal(Array(12).fill('cy'));
  });

  it('switches language when moved into a container of the other language', async () => {
    document.documentElement.lang = 'en';
    const page = await fixture<HTMLDivElement>(html`<div>
      <div id="english" lang="en"><profiad-milestone-tracker .milestones=${data} today="2026-02-01"></profiad-milestone-tracker></div>
      <div id="welsh" lang="cy"></div>
    </div>`);
    const tracker = page.querySelector('profiad-milestone-tracker')!;
    await tracker.updateComplete;
    expect(summaryOf(tracker)).to.equal('Milestones completed: 1 of 1');

    page.querySelector('#welsh')!.append(tracker);
    await new Promise((r) => setTimeout(r));
    await tracker.updateComplete;
    expect(summaryOf(tracker)).to.equal("Cerrig milltir wedi'u cwblhau: 1 o 1");

    page.querySelector('#english')!.append(tracker);
    await new Promise((r) => setTimeout(r));
    await tracker.updateComplete;
    expect(summaryOf(tracker)).to.equal('Milestones completed: 1 of 1');
  });

  it("follows lang changes inside another component's shadow root", async () => {
    document.documentElement.lang = 'en';
    // A host app's component, with the tracker in its shadow DOM.
    const app = await fixture<HTMLDivElement>(html`<div></div>`);
    const panel = document.createElement('div');
    panel.lang = 'en';
    app.attachShadow({mode: 'open'}).append(panel);
    const tracker = document.createElement('profiad-milestone-tracker');
    tracker.milestones = data as ProfiadMilestoneTracker['milestones'];
    tracker.today = '2026-02-01';
    panel.append(tracker);
    await tracker.updateComplete;
    expect(summaryOf(tracker)).to.equal('Milestones completed: 1 of 1');

    panel.lang = 'cy';
    await new Promise((r) => setTimeout(r));
    await tracker.updateComplete;
    expect(summaryOf(tracker), 'after the ancestor in the shadow root became Welsh').to.equal("Cerrig milltir wedi'u cwblhau: 1 o 1");

    tracker.lang = 'en';
    await new Promise((r) => setTimeout(r));
    await tracker.updateComplete;
    expect(summaryOf(tracker), "after the tracker's own lang became English").to.equal('Milestones completed: 1 of 1');
  });
});
