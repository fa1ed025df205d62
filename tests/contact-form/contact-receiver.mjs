/**
 * The real receiver for the contact form's browser tests: a web-test-runner
 * plugin starts a mail sink (smtp-server) and `node server/dist/receiver.mjs`
 * (SQLite in a temporary folder) on another port, so the form POSTs across
 * origins as it would from a health board's site (CORS_ORIGINS allows the
 * test page's origin). Routes on the test server let a test see the emails
 * and put the network between the form and the receiver:
 *   GET  /test-contact/config             {endpoint}: the receiver's URL
 *   GET  /test-contact/emails             every email the team got, parsed
 *   /test-contact/lose-first              forwards to the receiver, but for the first second after a
 *                                         message id first arrives, its answers never reach the browser
 *                                         (the connection drops; Chrome itself resends a POST at once when
 *                                         a reused connection drops, so losing only one answer is not enough)
 *   /test-contact/slow-first?ms=N         forwards, but holds the first answer for each id N ms
 *   /test-contact/status/<code>           answers <code> itself (429 with Retry-After; 400 with
 *                                         ?errors=field:code,…), for answers the real receiver
 *                                         only gives under conditions a test cannot make cheaply
 *   /test-contact/hang                    never answers; GET /test-contact/hang-count says how many came
 */
import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {startMailSink} from '../../server/dev/mail-sink.mjs';

const root = resolve(import.meta.dirname, '..', '..');
let sink;
let receiver;
let receiverUrl = '';
let dataDir;
let hangCount = 0;
const firstSeen = new Map();

export function contactReceiverPlugin() {
  return {
    name: 'contact-receiver',
    async serverStart({config}) {
      const main = join(root, 'server', 'dist', 'receiver.mjs');
      if (!existsSync(main)) {
        // Other widgets' tests still run; the contact form's fail, saying why.
        console.warn('contact-receiver: server/dist/receiver.mjs is missing (run `npm run build`); the contact form tests cannot reach a receiver.');
        return;
      }
      sink = await startMailSink();
      dataDir = mkdtempSync(join(tmpdir(), 'profiad-wtr-receiver-'));
      const origins = [`http://${config.hostname}:${config.port}`, `http://localhost:${config.port}`, `http://127.0.0.1:${config.port}`];
      receiver = spawn(process.execPath, [main], {
        env: {
          ...process.env,
          HOST: '127.0.0.1',
          PORT: '0',
          DATA_DIR: dataDir,
          SMTP_URL: `smtp://127.0.0.1:${sink.port}?ignoreTLS=true`,
          MAIL_TO: 'team@example.org',
          CORS_ORIGINS: origins.join(' '),
          MIN_TIME_ON_PAGE_SECONDS: '0',
          RATE_LIMIT_MAX: '100000',
          OUTBOX_POLL_SECONDS: '0.2',
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      receiverUrl = await new Promise((resolveUrl, reject) => {
        receiver.once('exit', (code) => reject(new Error(`the contact receiver stopped (exit ${code}); run npm run build first`)));
        receiver.stdout.on('data', (chunk) => {
          const url = /listening on (http:\/\/\S+)/.exec(String(chunk))?.[1];
          if (url) resolveUrl(url);
        });
      });
    },
    async serverStop() {
      receiver?.kill('SIGTERM');
      await sink?.close();
      if (dataDir) rmSync(dataDir, {recursive: true, force: true});
    },
  };
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function forward(body, contentType) {
  return fetch(receiverUrl, {method: 'POST', headers: {'content-type': contentType ?? 'application/json'}, body});
}

export async function contactTestRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/test-contact/')) return next();
  const path = url.pathname.slice('/test-contact/'.length);
  if (path === 'config') {
    if (!receiverUrl) throw new Error('no contact receiver: run `npm run build` first (server/dist/receiver.mjs)');
    ctx.body = {endpoint: receiverUrl};
    return;
  }
  if (path === 'emails') {
    ctx.body = (sink?.emails ?? []).map(({subject, text, to, replyTo, messageId, language}) => ({subject, text, to, replyTo, messageId, language}));
    return;
  }
  if (path === 'hang-count') {
    ctx.body = {count: hangCount};
    return;
  }
  if (path === 'hang') {
    hangCount++;
    await new Promise((resolveClose) => ctx.req.on('close', resolveClose));
    ctx.respond = false;
    return;
  }
  const status = /^status\/(\d{3})$/.exec(path);
  if (status) {
    await readBody(ctx.req);
    ctx.status = Number(status[1]);
    if (ctx.status === 429) ctx.set('Retry-After', '600');
    const errors = url.searchParams.get('errors');
    ctx.body = errors ? {errors: errors.split(',').map((pair) => ({field: pair.split(':')[0], code: pair.split(':')[1]}))} : {error: 'test'};
    return;
  }
  if (path === 'lose-first' || path === 'slow-first') {
    if (ctx.method !== 'POST') return next();
    const body = await readBody(ctx.req);
    const id = JSON.parse(body).id;
    const answer = await forward(body, ctx.get('content-type'));
    const key = `${path}:${id}`;
    const first = !firstSeen.has(key);
    if (first) firstSeen.set(key, Date.now());
    if (path === 'lose-first' && Date.now() - firstSeen.get(key) < 1000) {
      // The receiver stored it; the browser never hears: as when a train goes into a tunnel.
      ctx.req.socket.destroy();
      ctx.respond = false;
      return;
    }
    if (first) await new Promise((resolveWait) => setTimeout(resolveWait, Number(url.searchParams.get('ms') ?? 3000)));
    ctx.status = answer.status;
    ctx.type = 'application/json';
    ctx.body = await answer.text();
    return;
  }
  return next();
}
