/**
 * scripts/check-editorconfig.mjs: what it reports for each rule, and that
 * .editorconfig gives the files it must the properties meant for them.
 * Run: node --test scripts/check-editorconfig.test.mjs
 */
import assert from 'node:assert/strict';
import {join, resolve} from 'node:path';
import {it} from 'node:test';
import {parseSync} from 'editorconfig';
import {problemsIn} from './check-editorconfig.mjs';

const root = resolve(import.meta.dirname, '..');
const props = (file) => parseSync(join(root, file), {unset: true});
const code = {charset: 'utf-8', end_of_line: 'lf', insert_final_newline: true, trim_trailing_whitespace: true, indent_style: 'space'};
const check = (text, given = code) => problemsIn(Buffer.from(text, 'latin1'), given);

it('passes a clean file, an empty file and a binary one', () => {
  assert.deepEqual(check('const a = 1;\n  b();\n'), []);
  assert.deepEqual(check(''), []);
  assert.deepEqual(check('\0\r\t \xff'), []);
});

it('reports each broken rule with its line', () => {
  assert.deepEqual(check('a \n\tb\r\nc'), [
    'line 2 has a carriage return (end_of_line = lf)',
    'does not end with a newline (insert_final_newline = true)',
    'line 1 ends with whitespace (trim_trailing_whitespace = true)',
    'line 2 is indented with a tab (indent_style = space)',
  ]);
  assert.deepEqual(check('\xef\xbb\xbfa\n'), ['starts with a byte order mark (charset = utf-8)']);
  assert.deepEqual(check('caf\xe9\n'), ['is not valid UTF-8 (charset = utf-8)']);
  assert.deepEqual(check('a\r\nb\n', {end_of_line: 'crlf'}), ['line 2 does not end in CRLF (end_of_line = crlf)']);
  assert.deepEqual(check('a\n', {insert_final_newline: false}), ['ends with a newline (insert_final_newline = false)']);
});

it('reads the rules meant for each kind of file from .editorconfig', () => {
  assert.deepEqual(props('src/index.ts'), {...code, indent_size: 2, tab_width: 2, max_line_length: 200});
  assert.equal(props('README.md').trim_trailing_whitespace, false);
  // Feeds byte for byte: CRLF or LF, a fold splitting a UTF-8 character, a download cut short.
  const ics = props('tests/fixtures/ics/folded-welsh-crlf.ics');
  assert.deepEqual([ics.charset, ics.end_of_line, ics.insert_final_newline, ics.trim_trailing_whitespace], [undefined, undefined, undefined, false]);
  assert.equal(props('xliff/cy.xlf').end_of_line, undefined);
});
