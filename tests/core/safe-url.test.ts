import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import {checkBuiltUrl, feedBaseUrl, safeUrl} from '../../src/core/dom-free/safe-url.js';

const BASE = 'https://www.example.org/plan/page.html';
const ALLOWED = ['http:', 'https:', 'mailto:', 'tel:'];

describe('safeUrl', () => {
  it('allows http and https links, as absolute URLs', () => {
    expect(safeUrl('https://heiw.nhs.wales/our-work/', BASE)).to.equal('https://heiw.nhs.wales/our-work/');
    expect(safeUrl('http://example.org/a?b=c#d', BASE)).to.equal('http://example.org/a?b=c#d');
    expect(safeUrl('HTTPS://Example.org/A', BASE)).to.equal('https://example.org/A');
    expect(safeUrl('  https://example.org/  ', BASE)).to.equal('https://example.org/');
  });

  it('allows mailto and tel links', () => {
    expect(safeUrl('mailto:tim@example.org?subject=Cynllun', BASE)).to.equal('mailto:tim@example.org?subject=Cynllun');
    expect(safeUrl('tel:+443003030111', BASE)).to.equal('tel:+443003030111');
    expect(safeUrl('TEL:111', BASE)).to.equal('tel:111');
  });

  it('resolves relative links against the base it is given, as a plain <a href> in that page would', () => {
    expect(safeUrl('/events', BASE)).to.equal('https://www.example.org/events');
    expect(safeUrl('next.html', BASE)).to.equal('https://www.example.org/plan/next.html');
    expect(safeUrl('../about', BASE)).to.equal('https://www.example.org/about');
    expect(safeUrl('#milestones', BASE)).to.equal('https://www.example.org/plan/page.html#milestones');
    expect(safeUrl('?lang=cy', BASE)).to.equal('https://www.example.org/plan/page.html?lang=cy');
    expect(safeUrl('//cdn.example.org/file.pdf', BASE)).to.equal('https://cdn.example.org/file.pdf');
  });

  it("takes as base a fetched feed's own URL, else the page's", () => {
    const page = 'https://www.example.org/plan/page.html';
    expect(feedBaseUrl('https://data.example.org/feeds/plan.json', page)).to.equal('https://data.example.org/feeds/plan.json');
    expect(feedBaseUrl('http://localhost:8000/test-feeds/plan.json', page)).to.equal('http://localhost:8000/test-feeds/plan.json');
    for (const source of ['inline <script type="application/json">', 'property', 'file:///home/plan.json', 'data:application/json,{}']) {
      expect(feedBaseUrl(source, page), source).to.equal(page);
    }
  });

  it('rejects javascript: however it is disguised', () => {
    const attacks = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'JAVASCRIPT:alert(1)',
      '  javascript:alert(1)',
      '\njavascript:alert(1)',
      '\u0000javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      'jav\u0000ascript:alert(1)',
      'javascript\t:alert(1)',
      '\u00a0javascript:alert(1)',
      '\ufeffjavascript:alert(1)',
      'javascript://example.org/%0Aalert(1)',
    ];
    for (const attack of attacks) expect(safeUrl(attack, BASE), JSON.stringify(attack)).to.equal(undefined);
  });

  it('rejects data:, vbscript:, file:, blob: and other schemes', () => {
    const rejected = [
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      ' data:image/svg+xml,<svg onload=alert(1)>',
      'vbscript:msgbox(1)',
      'VBScript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://www.example.org/0b1c2d3e-0000-4000-8000-000000000000',
      'ftp://example.org/file',
      'ws://example.org/socket',
      'chrome://settings',
      'about:blank',
      'intent://scan/#Intent;scheme=zxing;end',
    ];
    for (const url of rejected) expect(safeUrl(url, BASE), JSON.stringify(url)).to.equal(undefined);
  });

  it('rejects what is not a string, or is empty', () => {
    const rejected: unknown[] = [
      undefined,
      null,
      42,
      true,
      {},
      ['https://example.org/'],
      new URL('https://example.org/'),
      {href: 'https://example.org/', toString: () => 'https://example.org/'},
      '',
      '   ',
      '\t\n',
    ];
    for (const value of rejected) expect(safeUrl(value, BASE), String(value)).to.equal(undefined);
  });

  it('checks the scheme of a link the code built itself, and throws on a bad one', () => {
    expect(checkBuiltUrl(new URL('https://calendar.google.com/calendar/render?text=Gweithdy'))).to.equal('https://calendar.google.com/calendar/render?text=Gweithdy');
    expect(() => checkBuiltUrl(new URL('javascript:alert(1)'))).to.throw(TypeError, /"javascript:"/);
  });

  it('never yields a link a browser would run as script, entity tricks included', async () => {
    // Feed text is not HTML, so entities are not decoded: these must end up as
    // harmless relative links or be rejected, never as javascript: links.
    const tricks = [
      'javascript&colon;alert(1)',
      'javascript&#58;alert(1)',
      'javascript&#x3A;alert(1)',
      'java&#09;script:alert(1)',
      '&#106;avascript:alert(1)',
      'javascript%3Aalert(1)',
      'jav%61script:alert(1)',
      '%6Aavascript:alert(1)',
      'javascript:alert(1)',
      'java\tscript:alert(1)',
    ];
    for (const trick of tricks) {
      const result = safeUrl(trick, BASE);
      const link = await fixture<HTMLAnchorElement>(html`<a href=${result ?? ''}>link</a>`);
      if (result !== undefined) {
        expect(ALLOWED, `${JSON.stringify(trick)} became ${result}`).to.include(new URL(result).protocol);
        expect(result.startsWith('https://www.example.org/'), result).to.equal(true);
      }
      expect(ALLOWED, JSON.stringify(trick)).to.include(link.protocol);
    }
  });
});
