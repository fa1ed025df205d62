import {expect} from '@open-wc/testing';
import {safeUrl} from '../../src/core/dom-free/safe-url.js';

const BASE = 'https://www.example.org/plan/events.json';
const OTHER_BASE = 'https://calendar.example.net/feeds/a/b.ics';

/** What the URL parser makes of a link, allowed schemes only: written here, independently of safe-url.ts. */
function byParser(value: string, base: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\u0000-\u001F\u007F]/g, '').trim();
  if (!cleaned) return undefined;
  try {
    const url = new URL(cleaned, base);
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

describe('safeUrl: the URL parser behind a memo', () => {
  it('gives exactly what the URL parser gives, the first time and when remembered, for plain links and for every shape the URL parser rewrites', () => {
    const hosts = [
      'example.org',
      'www.example.org',
      'heiw.nhs.wales',
      'a.b.c.d.e',
      'localhost',
      'x',
      'a-b.org',
      'a--b.org',
      'xn--bcher-kva.example',
      'xn--zz.example',
      'ab-.org',
      '-ab.org',
      'Example.org',
      'EXAMPLE.ORG',
      'example.org.',
      '.example.org',
      'example..org',
      '127.0.0.1',
      '1.2.3',
      'example.123',
      'example.0x7f',
      '0x7f',
      'a.0x1g',
      'example.org:443',
      'example.org:8080',
      'user@example.org',
      'user:pw@example.org',
      `${'a'.repeat(63)}.org`,
      `${'a'.repeat(64)}.org`,
      'münchen.de',
      'exa_mple.org',
      '[::1]',
      'ex%41mple.org',
    ];
    const paths = ['', '/', '/book/12', '/a/b/c.html', '/./a', '/a/./b', '/a/../b', '/a/..', '/.well-known/x', '/a/.', '/%41', '/%zz', '/a%2Fb', '/a b', '/a\\b', '/é', '/a//b'];
    const queries = ['', '?', '?a=1&b=2', "?q='x'", '?q=a b', '?q=%20', '?q=é', '?a=/b?c', '?q=<x>', '?q="x"'];
    const urls: string[] = [];
    for (const scheme of ['https://', 'http://', 'HTTPS://', 'Http://', 'ftp://', 'javascript://', 'https:/', 'https:', 'https:///']) {
      for (const host of hosts) for (const path of paths) urls.push(`${scheme}${host}${path}`);
    }
    for (const path of ['/', '/book/1']) for (const query of queries) for (const fragment of ['', '#', '#x', '#a b']) urls.push(`https://example.org${path}${query}${fragment}`);
    // Every printable ASCII character, and a few others, in the path and in the query.
    for (let code = 0; code < 0x80; code++) {
      const c = String.fromCharCode(code);
      urls.push(`https://example.org/a${c}b`, `https://example.org/a?q=${c}`, `https://example.org/${c}`, `https://ex${c}ample.org/`);
    }
    for (const c of ['\u00a0', '\u2028', '\ufeff', 'ŵ', '\u{1f600}']) urls.push(`https://example.org/a${c}b`, `https://example.org/?q=${c}`);
    urls.push('  https://example.org/a', 'https://example.org/a ', '\thttps://example.org/a', 'https://exam\nple.org/a', '/relative', 'relative', '//example.org/a', 'mailto:a@b.c', 'tel:111', '');
    for (const url of urls) {
      const expected = byParser(url, BASE);
      expect(safeUrl(url, BASE), JSON.stringify(url)).to.equal(expected);
      expect(safeUrl(url, BASE), `${JSON.stringify(url)} remembered`).to.equal(expected);
    }
    for (const value of [undefined, null, 12, {}, ['https://example.org/']]) expect(safeUrl(value, BASE)).to.equal(undefined);
  });

  it("remembers per base: the same relative link resolves against each feed's own address", () => {
    expect(safeUrl('../book/12', BASE)).to.equal('https://www.example.org/book/12');
    expect(safeUrl('../book/12', OTHER_BASE)).to.equal('https://calendar.example.net/feeds/book/12');
    expect(safeUrl('../book/12', BASE)).to.equal('https://www.example.org/book/12');
    // A rejected link stays rejected when asked again, under any base.
    for (const base of [BASE, OTHER_BASE, BASE]) expect(safeUrl('javascript:alert(1)', base)).to.equal(undefined);
  });

  it('keeps a plain link exactly as written', () => {
    expect(safeUrl('https://example.org/book/12?when=2026-01-14&lang=cy', BASE)).to.equal('https://example.org/book/12?when=2026-01-14&lang=cy');
    expect(safeUrl('javascript:alert(1)', BASE)).to.equal(undefined);
  });
});
