#!/usr/bin/env node
/**
 * Serves the demo page the way a strict third-party site would: static files
 * only, with a Content-Security-Policy that forbids inline script and style and
 * requires Trusted Types. If profiad broke under it, the demo would show it.
 * PORT=8000 by default.
 *
 * The contact form's receiver runs beside it on the same origin, as nginx
 * would put it (/api/ and /healthz are passed to it), with a local mail sink:
 * each email the team would get is written to mail-sink/ as an .eml file, and
 * its path printed. Messages are kept in .data/receiver/.
 */
import {spawn} from 'node:child_process';
import {createReadStream, existsSync, statSync} from 'node:fs';
import {createServer, request as forward} from 'node:http';
import {extname, join, normalize, resolve} from 'node:path';
import {startMailSink} from '../server/dev/mail-sink.mjs';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT) || 8000;
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.vtt': 'text/vtt; charset=utf-8',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
};
export const DEMO_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; " + "require-trusted-types-for 'script'";

const sink = await startMailSink({dir: join(root, 'mail-sink')});
const receiver = spawn(process.execPath, [join(root, 'server', 'dist', 'receiver.mjs')], {
  env: {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: join(root, '.data', 'receiver'),
    SMTP_URL: `smtp://127.0.0.1:${sink.port}?ignoreTLS=true`,
    MAIL_TO: process.env.MAIL_TO ?? 'Mental Health Workforce Plan Team <team@example.org>',
    MAIL_FROM: process.env.MAIL_FROM ?? 'Contact form <no-reply@example.org>',
    SEND_ACKNOWLEDGEMENT: process.env.SEND_ACKNOWLEDGEMENT ?? 'true',
    TRUST_PROXY: 'loopback',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const receiverPort = await new Promise((resolvePort, reject) => {
  receiver.once('exit', (code) => reject(new Error(`the receiver stopped (exit code ${code})`)));
  receiver.stdout.on('data', (chunk) => {
    const port = /listening on http:\/\/[^:]+:(\d+)/.exec(String(chunk))?.[1];
    if (port) resolvePort(Number(port));
  });
});
receiver.stdout.pipe(process.stdout);
// However this process ends (Ctrl+C, a taken port, a crash), the receiver ends with it.
process.on('exit', () => receiver.kill('SIGTERM'));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    receiver.kill('SIGTERM');
    receiver.once('exit', () => sink.close().then(() => process.exit(0)));
  });
}

/** /api/ and /healthz go to the receiver, as a reverse proxy would send them. */
function toReceiver(request, response) {
  const proxied = forward(
    {host: '127.0.0.1', port: receiverPort, method: request.method, path: request.url, headers: {...request.headers, 'x-forwarded-for': request.socket.remoteAddress}},
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  proxied.on('error', () => response.writeHead(502).end());
  request.pipe(proxied);
}

/**
 * As the README's "Serving the self-contained build" recommends: the chunks of dist/cdn/ carry a
 * hash of their content in their names, so they can be cached for good; anything else (the entry
 * files, whose names stay the same when they change) is checked again on every use.
 */
const cacheControl = (path) => (/\/dist\/cdn\/chunks\/[^/]+\.js$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname.startsWith('/api/') || url.pathname === '/healthz') {
    toReceiver(request, response);
    return;
  }
  if (url.pathname === '/') {
    response.writeHead(302, {Location: '/demo/'});
    response.end();
    return;
  }
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root) || path.includes(`${root}/node_modules`)) {
    response.writeHead(403).end('Forbidden');
    return;
  }
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!existsSync(path)) {
    response.writeHead(404, {'Content-Type': 'text/plain'}).end('Not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': types[extname(path)] ?? 'application/octet-stream',
    'Content-Security-Policy': DEMO_CSP,
    'Cache-Control': cacheControl(path),
  });
  createReadStream(path).pipe(response);
}).listen(port, () => {
  console.log(`profiad demo: http://localhost:${port}/demo/  (Ctrl+C to stop)`);
  console.log(`contact form: messages go to the receiver at /api/contact; the emails it sends are written to ${join(root, 'mail-sink')}/`);
});
