/**
 * Tests for check-welsh.mjs: it passes the repository's translations and
 * fails, naming the string and the fix, for each way Welsh can go missing or
 * stale. Each case runs the script on an edited copy of xliff/cy.xlf.
 * Run: npm run test:scripts (node --test scripts/)
 */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {after, before, describe, it} from 'node:test';

const root = resolve(import.meta.dirname, '..');
const script = join(root, 'scripts', 'check-welsh.mjs');
const realXlf = readFileSync(join(root, 'xliff', 'cy.xlf'), 'utf8');

let temp;
before(() => {
  temp = mkdtempSync(join(tmpdir(), 'check-welsh-test-'));
});
after(() => rmSync(temp, {recursive: true, force: true}));

/** Runs the script on `xml` written to a temporary file. */
function check(xml, name = 'cy.xlf') {
  const file = join(temp, name);
  writeFileSync(file, xml);
  const result = spawnSync(process.execPath, [script, file], {encoding: 'utf8'});
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** The real file with one <trans-unit>'s inner XML changed by `edit`. */
function withUnit(id, edit) {
  const pattern = new RegExp(`(<trans-unit id="${id.replace(/\./g, '\\.')}">)([\\s\\S]*?)(</trans-unit>)`);
  const match = pattern.exec(realXlf);
  assert.ok(match, `xliff/cy.xlf has no unit "${id}"`);
  const edited = edit(match[2]);
  assert.notEqual(edited, match[2], `the edit of "${id}" changed nothing`);
  return realXlf.replace(pattern, (_, open, _body, close) => `${open}${edited}${close}`);
}

/** The failure lines ("- ...") the script printed. */
const failureLines = (stderr) => stderr.split('\n').filter((line) => line.startsWith('- '));

describe('check-welsh.mjs', () => {
  it('passes on the real xliff/cy.xlf', () => {
    const units = realXlf.match(/<trans-unit /g).length;
    const {code, stdout, stderr} = check(realXlf);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.equal(stdout.trim(), `Welsh check passed: ${units} strings, all translated from their current English.`);
  });

  it('fails when a <target> is removed, naming the string and its English', () => {
    const xml = withUnit('feed.retry', (body) => body.replace(/\s*<target>[\s\S]*?<\/target>/, ''));
    const {code, stdout, stderr} = check(xml);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^Welsh check failed \(1\):/);
    assert.deepEqual(failureLines(stderr), ['- "feed.retry" has no Welsh <target>. English: Try again']);
  });

  it('fails when a <target> is empty or only spaces', () => {
    for (const empty of ['<target></target>', '<target>   </target>']) {
      const xml = withUnit('feed.retry', (body) => body.replace(/<target>[\s\S]*?<\/target>/, empty));
      const {code, stderr} = check(xml);
      assert.equal(code, 1, empty);
      assert.deepEqual(failureLines(stderr), ['- "feed.retry" has no Welsh <target>. English: Try again'], empty);
    }
  });

  it('fails when the Welsh drops or repeats a placeholder', () => {
    const dropped = withUnit('date.quarter', (body) => body.replace(/(<target>[^<]*)<x id="0"[^>]*\/>/, '$1'));
    const result = check(dropped);
    assert.equal(result.code, 1);
    assert.deepEqual(failureLines(result.stderr), ['- "date.quarter": the Welsh <target> does not use the same placeholders as the English <source>.']);

    const repeated = withUnit('date.quarter', (body) => body.replace(/(<target>[^<]*)(<x id="0"[^>]*\/>)/, '$1$2 $2'));
    assert.equal(check(repeated).code, 1);
  });

  it('fails when the English <source> differs from the English the Welsh was translated from', () => {
    const xml = withUnit('feed.retry', (body) => body.replace('<source>Try again</source>', '<source>Try loading again</source>'));
    const {code, stderr} = check(xml);
    assert.equal(code, 1);
    const lines = stderr.split('\n');
    const at = lines.indexOf('- "feed.retry": the English changed since the Welsh was written.');
    assert.notEqual(at, -1, stderr);
    assert.equal(lines[at + 1].trim(), 'was: Try again');
    assert.equal(lines[at + 2].trim(), 'now: Try loading again');
    assert.match(lines[at + 3], /Update the Welsh <target>, then set <note from="translated-from"> to the new English\./);
    assert.equal(failureLines(stderr).length, 1);
  });

  it('fails when the translated-from note is missing', () => {
    const xml = withUnit('feed.retry', (body) => body.replace(/\s*<note from="translated-from">[\s\S]*?<\/note>/, ''));
    const {code, stderr} = check(xml);
    assert.equal(code, 1);
    assert.deepEqual(failureLines(stderr), [
      '- "feed.retry" has no <note from="translated-from"> recording the English the Welsh was written for. Check the Welsh, then add the note with the current <source>.',
    ]);
  });

  it('reads a unit as a translation tool saves it, with attributes on its elements', () => {
    // As translate-toolkit (Virtaal, Weblate) writes a unit it changed.
    const saved = realXlf.replace(/<trans-unit id="feed\.retry">([\s\S]*?)<target>/, '<trans-unit id="feed.retry" xml:space="preserve" approved="yes">$1<target state="translated">');
    assert.notEqual(saved, realXlf);
    const units = realXlf.match(/<trans-unit /g).length;
    assert.equal(check(saved).stdout.trim(), `Welsh check passed: ${units} strings, all translated from their current English.`);

    const stale = saved.replace('<source>Try again</source>', '<source>Try loading again</source>');
    const result = check(stale);
    assert.equal(result.code, 1);
    assert.ok(result.stderr.includes('- "feed.retry": the English changed since the Welsh was written.'), result.stderr);

    const emptied = saved.replace(/<target state="translated">[\s\S]*?<\/target>/, '<target state="new"/>');
    assert.deepEqual(failureLines(check(emptied).stderr), ['- "feed.retry" has no Welsh <target>. English: Try again']);
  });

  it('reports every broken string, not just the first', () => {
    let xml = withUnit('feed.retry', (body) => body.replace(/\s*<target>[\s\S]*?<\/target>/, ''));
    const pattern = /(<trans-unit id="date\.quarter">[\s\S]*?<target>[^<]*)<x id="0"[^>]*\/>/;
    assert.match(xml, pattern);
    xml = xml.replace(pattern, '$1');
    const {code, stderr} = check(xml);
    assert.equal(code, 1);
    assert.match(stderr, /^Welsh check failed \(2\):/);
    assert.equal(failureLines(stderr).length, 2);
  });
});
