/**
 * The contact form's own code stays small: dist/contact-form.js (what only
 * the form uses; Lit, the core and the Welsh are in shared chunks) is at most
 * 8 KB brotli. Runs after `npm run build` (npm test builds first).
 * Run: npm run test:scripts
 */
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {it} from 'node:test';
import {brotliCompressSync, constants} from 'node:zlib';

const dist = join(resolve(import.meta.dirname, '..'), 'dist');
const brotli = (file) => brotliCompressSync(readFileSync(join(dist, file)), {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;

it('dist/contact-form.js is at most 8 KB brotli', {skip: !existsSync(join(dist, 'contact-form.js')) && 'run npm run build first'}, () => {
  const size = brotli('contact-form.js');
  assert.ok(size <= 8 * 1024, `dist/contact-form.js is ${size} bytes brotli, over 8192`);
});
