#!/usr/bin/env node
/**
 * The receiver's tests (server/test/*.test.mjs, node --test) against a real
 * SMTP server (smtp-server, started by the tests) and a real PostgreSQL
 * (scripts/ensure-postgres.mjs: installed with apt when absent, started on a
 * free port for this run, then stopped). Every test that stores runs on
 * SQLite and on PostgreSQL. Needs `npm run build` first (server/dist).
 */
import {spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {startPostgres} from './ensure-postgres.mjs';

const root = resolve(import.meta.dirname, '..');
const postgres = await startPostgres();
let status = 1;
try {
  const testDir = join(root, 'server', 'test');
  const files = readdirSync(testDir)
    .filter((file) => file.endsWith('.test.mjs'))
    .map((file) => join(testDir, file));
  // Files one at a time: the load tests measure the receiver, not each other.
  const run = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], {
    cwd: root,
    stdio: 'inherit',
    env: {...process.env, TEST_DATABASE_URL: postgres.url},
  });
  status = run.status ?? 1;
} finally {
  postgres.stop();
}
process.exit(status);
