/**
 * The DOM-free core (src/core/dom-free/) runs in Node, as the contact form's
 * receiver will run it: bundled with esbuild for Node (no DOM shims), imported,
 * and used in both languages. (tsconfig.dom-free.json checks the types without
 * the DOM library; this checks that nothing reaches for a browser global when run.)
 * Run: npm run test:scripts
 */
import assert from 'node:assert/strict';
import {mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {after, before, it} from 'node:test';
import {build} from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const coreDir = join(root, 'src', 'core', 'dom-free');
let temp;
let core;

before(async () => {
  temp = mkdtempSync(join(tmpdir(), 'profiad-dom-free-'));
  const modules = readdirSync(coreDir, {recursive: true}).filter((file) => String(file).endsWith('.ts'));
  const entry = join(temp, 'entry.ts');
  writeFileSync(entry, modules.map((file) => `export * from ${JSON.stringify(join(coreDir, String(file)))};`).join('\n'));
  const outfile = join(temp, 'core.mjs');
  await build({entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'silent', absWorkingDir: root});
  core = await import(pathToFileURL(outfile).href);
});
after(() => rmSync(temp, {recursive: true, force: true}));

it('imports in Node without a DOM, and builds messages in either language', () => {
  assert.equal(globalThis.document, undefined);
  assert.equal(core.retryLabel('cy'), 'Rhowch gynnig arall arni');
  assert.equal(core.retryLabel('en'), 'Try again');
  assert.equal(core.feedErrorAdvice('cy', 'network'), core.feedErrorAdvice('cy', 'network').trim());
  assert.notEqual(core.feedErrorAdvice('cy', 'network'), core.feedErrorAdvice('en', 'network'));
});

it('formats imprecise dates in Welsh and English', () => {
  const spring = core.parseFuzzyDate('2026-spring');
  assert.equal(core.formatFuzzyDate(spring, 'cy'), 'Gwanwyn 2026');
  assert.equal(core.formatFuzzyDate(spring, 'en'), 'Spring 2026');
  assert.equal(core.formatFuzzyDate(core.parseFuzzyDate('2026-01-14'), 'cy'), 'Dydd Mercher, 14 Ionawr 2026');
});

it('reads bilingual text and checks links against an explicit base', () => {
  assert.deepEqual(core.chooseText({en: 'Plan'}, 'cy'), {text: 'Plan', fallbackLang: 'en'});
  assert.equal(core.safeUrl('/privacy', 'https://heiw.nhs.wales/contact/'), 'https://heiw.nhs.wales/privacy');
  assert.equal(core.safeUrl('javascript:alert(1)', 'https://heiw.nhs.wales/'), undefined);
  assert.equal(core.pluralCategory(6, 'cy'), 'many');
});
