/**
 * lit-localize's extractor must keep finding every message written the
 * profiad way, `const msg = msgIn(locale); msg('…', {id})` (see
 * src/core/dom-free/translate.ts): it recognises a msg function by a brand
 * on its TypeScript type, an internal of @lit/localize-tools. If an upgrade
 * changes that, messages would silently drop out of xliff/cy.xlf: this test
 * compares every `id:` written in src/ with the ids in the committed XLIFF.
 * Run: npm run test:scripts
 */
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {it} from 'node:test';

const root = resolve(import.meta.dirname, '..');

function sourceFiles(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

it('xliff/cy.xlf holds exactly the message ids written in src/', () => {
  const inCode = new Set();
  for (const file of sourceFiles(join(root, 'src'))) {
    for (const [, id] of readFileSync(file, 'utf8').matchAll(/\{\s*id: '([^']+)'/g)) inCode.add(id);
  }
  const xlf = readFileSync(join(root, 'xliff', 'cy.xlf'), 'utf8');
  const inXliff = new Set([...xlf.matchAll(/<trans-unit id="([^"]+)">/g)].map((m) => m[1]));
  assert.ok(inCode.size > 50, `found only ${inCode.size} message ids in src/: has the way messages are written changed?`);
  assert.deepEqual(
    [...inCode].filter((id) => !inXliff.has(id)),
    [],
    'ids in the code that extraction did not put in xliff/cy.xlf',
  );
  assert.deepEqual(
    [...inXliff].filter((id) => !inCode.has(id)),
    [],
    'ids in xliff/cy.xlf that the code no longer has',
  );
});

it('every message is looked up in the part of the Welsh that holds it (scripts/split-welsh.mjs)', async () => {
  const {partOf} = await import('./split-welsh.mjs');
  let files = 0;
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const part = /import \{welsh\} from '[^']*generated\/welsh\/([\w-]+)\.js'/.exec(text)?.[1];
    const ids = [...text.matchAll(/\{\s*id: '([^']+)'/g)].map((m) => m[1]);
    if (!ids.length) continue;
    files++;
    assert.ok(part, `${file} writes messages but reads no part of the Welsh`);
    const elsewhere = ids.filter((id) => partOf(id) !== part);
    assert.deepEqual(elsewhere, [], `${file} reads the Welsh of "${part}", but these ids go to another part`);
  }
  assert.ok(files >= 8, `found only ${files} messages files`);
});
