/**
 * Checks every file git tracks against .editorconfig: charset utf-8 (valid UTF-8, no byte
 * order mark), end_of_line, insert_final_newline, trim_trailing_whitespace, and
 * indent_style = space (no line indented with a tab). max_line_length is not checked: it is
 * Prettier's target width, which long strings and URLs may pass.
 *
 * Usage: node scripts/check-editorconfig.mjs [file...]   (default: `git ls-files`)
 * Exit 1, with one line per problem, when a file breaks a rule.
 */
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {parseSync} from 'editorconfig';

/** The problems in one file's bytes under its EditorConfig properties, as sentences. */
export function problemsIn(bytes, props) {
  if (bytes.includes(0)) return []; // binary
  const problems = [];
  if (props.charset === 'utf-8') {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) problems.push('starts with a byte order mark (charset = utf-8)');
    try {
      new TextDecoder('utf-8', {fatal: true}).decode(bytes);
    } catch {
      problems.push('is not valid UTF-8 (charset = utf-8)');
    }
  }
  const text = bytes.toString('utf8');
  const lines = text.split('\n');
  const lineOf = (index) => `line ${index + 1}`;
  if (props.end_of_line === 'lf') {
    const at = lines.findIndex((line) => line.includes('\r'));
    if (at !== -1) problems.push(`${lineOf(at)} has a carriage return (end_of_line = lf)`);
  } else if (props.end_of_line === 'crlf') {
    const at = lines.findIndex((line, i) => (i < lines.length - 1 && !line.endsWith('\r')) || line.slice(0, -1).includes('\r'));
    if (at !== -1) problems.push(`${lineOf(at)} does not end in CRLF (end_of_line = crlf)`);
  }
  if (text !== '') {
    if (props.insert_final_newline === true && !text.endsWith('\n')) problems.push('does not end with a newline (insert_final_newline = true)');
    if (props.insert_final_newline === false && text.endsWith('\n')) problems.push('ends with a newline (insert_final_newline = false)');
  }
  if (props.trim_trailing_whitespace === true) {
    const at = lines.findIndex((line) => /[ \t]+\r?$/.test(line));
    if (at !== -1) problems.push(`${lineOf(at)} ends with whitespace (trim_trailing_whitespace = true)`);
  }
  if (props.indent_style === 'space') {
    const at = lines.findIndex((line) => line.startsWith('\t'));
    if (at !== -1) problems.push(`${lineOf(at)} is indented with a tab (indent_style = space)`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const given = process.argv.slice(2);
  const files = given.length ? given : execFileSync('git', ['ls-files', '-z'], {cwd: root, encoding: 'utf8'}).split('\0').filter(Boolean);
  const cache = new Map();
  let count = 0;
  for (const file of files) {
    const path = given.length ? file : `${root}${file}`;
    for (const problem of problemsIn(readFileSync(path), parseSync(path, {cache, unset: true}))) {
      console.error(`${file}: ${problem}`);
      count++;
    }
  }
  if (count) {
    console.error(`\n${count} EditorConfig problem(s); see .editorconfig.`);
    process.exit(1);
  }
  console.log(`EditorConfig: ${files.length} files checked, all follow .editorconfig.`);
}
