#!/usr/bin/env node
/**
 * Fails (exit 1) unless every UI string has Welsh of its current English:
 *  1. xliff/cy.xlf is up to date with the msg() calls in the source
 *     (re-extracts into a temporary folder and compares);
 *  2. every <trans-unit> has a non-empty <target>;
 *  3. every target keeps the source's placeholders;
 *  4. the English a translation was written for (<note from="translated-from">)
 *     is the English in <source> now, so a changed English string cannot keep
 *     stale Welsh.
 * Welsh is never second: an English fallback must not ship silently.
 *
 * Usage: node scripts/check-welsh.mjs [file.xlf]
 * With a file, only checks 2-4 run, on that file (check 1 compares the
 * repository's own xliff/cy.xlf with its source, so it applies only to that).
 */
import {execFileSync} from 'node:child_process';
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

const root = resolve(import.meta.dirname, '..');
const givenPath = process.argv[2];
const xlfPath = givenPath ? resolve(givenPath) : join(root, 'xliff', 'cy.xlf');
const committed = readFileSync(xlfPath, 'utf8');
const failures = [];

// 1. Re-extract into a temporary copy.
const temp = givenPath ? undefined : mkdtempSync(join(tmpdir(), 'profiad-xliff-'));
if (temp)
  try {
    const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
    config.tsConfig = join(root, config.tsConfig);
    config.output.outputDir = join(temp, 'out');
    config.output.localeCodesModule = join(temp, 'out', 'locale-codes.ts');
    config.interchange.xliffDir = temp;
    const configPath = join(temp, 'lit-localize.json');
    writeFileSync(configPath, JSON.stringify(config));
    copyFileSync(xlfPath, join(temp, 'cy.xlf'));
    execFileSync(join(root, 'node_modules', '.bin', 'lit-localize'), ['extract', '--config', configPath], {cwd: root, stdio: 'pipe'});
    const fresh = readFileSync(join(temp, 'cy.xlf'), 'utf8');
    if (fresh !== committed) {
      failures.push('xliff/cy.xlf does not match the strings in the source. Run `npm run localize:extract`, then give each new or changed <trans-unit> its Welsh <target>.');
    }
  } finally {
    rmSync(temp, {recursive: true, force: true});
  }

// 2-4. Every unit translated, placeholders kept, English unchanged since translation.
const placeholders = (xml) =>
  [...xml.matchAll(/<x id="(\d+)"/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
// Translation tools add attributes when they save (e.g. <trans-unit id="…" approved="yes">,
// <target state="translated">): read elements whatever their attributes, or a unit a
// translator edited would be skipped, and pass unchecked.
const units = [...committed.matchAll(/<trans-unit\b[^>]*?\sid="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)];
for (const [, id, body] of units) {
  const source = /<source\b[^>]*>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
  const target = /<target\b[^>]*>([\s\S]*?)<\/target>/.exec(body)?.[1];
  const translatedFrom = /<note\b[^>]*\sfrom="translated-from"[^>]*>([\s\S]*?)<\/note>/.exec(body)?.[1];
  if (target === undefined || (target.replace(/<[^>]+>/g, '').trim() === '' && !target.includes('<x'))) {
    failures.push(`"${id}" has no Welsh <target>. English: ${source}`);
    continue;
  }
  if (placeholders(target) !== placeholders(source)) {
    failures.push(`"${id}": the Welsh <target> does not use the same placeholders as the English <source>.`);
  }
  if (translatedFrom === undefined) {
    failures.push(`"${id}" has no <note from="translated-from"> recording the English the Welsh was written for. Check the Welsh, then add the note with the current <source>.`);
  } else if (translatedFrom !== source) {
    failures.push(
      `"${id}": the English changed since the Welsh was written.\n    was: ${translatedFrom}\n    now: ${source}\n  Update the Welsh <target>, then set <note from="translated-from"> to the new English.`,
    );
  }
}

if (failures.length) {
  console.error(`Welsh check failed (${failures.length}):\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`Welsh check passed: ${units.length} strings, all translated from their current English.`);
