/**
 * Starting real receivers (node dist/receiver.mjs, as deployed), real mail
 * sinks and fresh databases for the receiver's tests.
 */
import {spawn} from 'node:child_process';
import {randomUUID} from 'node:crypto';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import {startMailSink} from '../dev/mail-sink.mjs';
import {freePort} from '../../scripts/ensure-postgres.mjs';

export {startMailSink, freePort};

const receiverMain = resolve(import.meta.dirname, '..', 'dist', 'receiver.mjs');

/** The backends every storing test runs on. PostgreSQL comes from scripts/test-server.mjs (TEST_DATABASE_URL). */
export const BACKENDS = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
if (!process.env.TEST_DATABASE_URL) console.warn('TEST_DATABASE_URL is not set: PostgreSQL tests are skipped (run them with npm run test:server).');

/**
 * A fresh place to store messages for one test: a temporary SQLite folder, or
 * a new PostgreSQL database. `query(sql)` reads it directly, as an operator would.
 */
export async function freshStorage(backend) {
  if (backend === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'profiad-receiver-'));
    return {
      env: {DATA_DIR: dir},
      async query(sql) {
        const db = new Database(join(dir, 'contact-messages.sqlite'), {readonly: true});
        try {
          return db.prepare(sql.replaceAll('contact_submissions', 'submissions').replaceAll('contact_outbox', 'outbox')).all();
        } finally {
          db.close();
        }
      },
      file: join(dir, 'contact-messages.sqlite'),
      async drop() {
        rmSync(dir, {recursive: true, force: true});
      },
    };
  }
  const name = `t_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client(process.env.TEST_DATABASE_URL);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    env: {DATABASE_URL: url.href},
    async query(sql) {
      const client = new pg.Client(url.href);
      await client.connect();
      try {
        return (await client.query(sql)).rows;
      } finally {
        await client.end();
      }
    },
    async drop() {
      const client = new pg.Client(process.env.TEST_DATABASE_URL);
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Settings that make retries and polling fast enough for tests. */
export const FAST = {
  MIN_TIME_ON_PAGE_SECONDS: '0',
  RETRY_BASE_SECONDS: '0.1',
  RETRY_MAX_DELAY_SECONDS: '0.4',
  OUTBOX_POLL_SECONDS: '0.2',
  // A receiver killed while sending holds its claim this long (PostgreSQL: another receiver may still be sending).
  SEND_LEASE_SECONDS: '3',
  RATE_LIMIT_MAX: '10000',
  MAIL_TO: 'Tîm y Cynllun <team@example.org>',
  MAIL_FROM: 'Contact form <no-reply@example.org>',
  LOG_LEVEL: 'info',
};

/** Runs `node dist/receiver.mjs` with `env`; resolves once it listens. Its output is kept in `output`. */
export async function startReceiver(env) {
  const child = spawn(process.execPath, [receiverMain], {env: {...process.env, HOST: '127.0.0.1', PORT: '0', ...env}, stdio: ['ignore', 'pipe', 'pipe']});
  const receiver = {child, output: '', url: '', base: ''};
  child.stderr.on('data', (chunk) => (receiver.output += chunk));
  const exited = new Promise((resolveExit) => child.once('exit', (code, signal) => resolveExit({code, signal})));
  receiver.exited = exited;
  await new Promise((resolveStart, reject) => {
    child.stdout.on('data', (chunk) => {
      receiver.output += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(String(chunk))?.[1];
      if (url && !receiver.url) {
        receiver.url = url;
        receiver.base = new URL(url).origin;
        resolveStart();
      }
    });
    exited.then(({code}) => reject(new Error(`receiver exited (${code}) before listening:\n${receiver.output}`)));
  });
  receiver.stop = async (signal = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return receiver;
}

export function smtpUrl(port) {
  return `smtp://127.0.0.1:${port}?ignoreTLS=true`;
}

let counter = 0;
/** A valid submission; `overrides` replace fields (undefined removes one). */
export function submission(overrides = {}) {
  counter++;
  const body = {
    id: randomUUID(),
    name: `Siân Jones ${counter}`,
    email: 'sian@example.org',
    topic: 'events',
    message: `Hoffwn wybod mwy am y gweithdy (${counter}). ŵ ŷ`,
    replyLanguage: 'cy',
    consent: true,
    locale: 'cy',
    timeOnPage: 8000,
    ...overrides,
  };
  for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
  return body;
}

export async function post(url, body, headers = {}) {
  const response = await fetch(url, {method: 'POST', headers: {'content-type': 'application/json', ...headers}, body: typeof body === 'string' ? body : JSON.stringify(body)});
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return {status: response.status, headers: response.headers, json, text};
}

export const sleep = (ms) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

/** Polls `check` until it returns a truthy value. */
export async function eventually(check, {timeout = 10000, interval = 50, what = 'condition'} = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(interval);
  }
}
