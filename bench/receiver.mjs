#!/usr/bin/env node
/**
 * The contact form receiver under load, on loopback only: 20 clients each
 * sending messages one after another (each waits for its answer), against
 * SQLite and PostgreSQL, with a real SMTP sink. Reports submissions per second
 * (until every 201), p50 and p95 latency of a POST, and how long until every
 * email was delivered. Bounded: 400 messages per backend by default.
 *
 *   npm run build && node bench/receiver.mjs [--messages=400] [--clients=20] [--out=bench/receiver-results.json]   (bench/receiver.md)
 * PostgreSQL is started as in the tests (scripts/ensure-postgres.mjs).
 */
import {writeFileSync} from 'node:fs';
import {cpus} from 'node:os';
import {resolve} from 'node:path';
import {startPostgres} from '../scripts/ensure-postgres.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const MESSAGES = Number(arg('messages', 400));
const CLIENTS = Number(arg('clients', 20));
const OUT = arg('out', 'bench/receiver-results.json');

const postgres = await startPostgres();
process.env.TEST_DATABASE_URL = postgres.url;
const {FAST, freshStorage, post, smtpUrl, startMailSink, startReceiver, submission} = await import('../server/test/helpers.mjs');

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function run(backend) {
  const storage = await freshStorage(backend);
  const sink = await startMailSink();
  const receiver = await startReceiver({...FAST, ...storage.env, SMTP_URL: smtpUrl(sink.port), LOG_LEVEL: 'warn'});
  try {
    // Warm up: connections, JIT, the database's first pages.
    for (let i = 0; i < 10; i++) await post(receiver.url, submission());
    await sink.waitFor((emails) => emails.length >= 10, 30000);
    sink.emails.length = 0;
    const latencies = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({length: CLIENTS}, async () => {
        while (next < MESSAGES) {
          next++;
          const sentAt = performance.now();
          const answer = await post(receiver.url, submission());
          if (answer.status !== 201) throw new Error(`${backend}: ${answer.status} ${answer.text}`);
          latencies.push(performance.now() - sentAt);
        }
      }),
    );
    const acknowledged = performance.now() - started;
    await sink.waitFor((emails) => emails.length >= MESSAGES, 300000);
    const delivered = performance.now() - started;
    latencies.sort((a, b) => a - b);
    return {
      backend,
      messages: MESSAGES,
      clients: CLIENTS,
      submissionsPerSecond: Math.round((MESSAGES / acknowledged) * 1000 * 10) / 10,
      p50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
      p95Ms: Math.round(percentile(latencies, 95) * 10) / 10,
      allDeliveredSeconds: Math.round(delivered / 100) / 10,
    };
  } finally {
    await receiver.stop();
    await sink.close();
    await storage.drop();
  }
}

const results = [];
try {
  for (const backend of ['sqlite', 'postgres']) {
    const result = await run(backend);
    console.log(
      `${backend.padEnd(8)} ${String(result.submissionsPerSecond).padStart(7)} submissions/s   p50 ${result.p50Ms} ms   p95 ${result.p95Ms} ms   all ${MESSAGES} emails delivered after ${result.allDeliveredSeconds} s`,
    );
    results.push(result);
  }
} finally {
  postgres.stop();
}
if (OUT) {
  writeFileSync(
    resolve(OUT),
    `${JSON.stringify({date: new Date().toISOString(), node: process.version, cpus: cpus().length, note: 'Loopback; durable commits (SQLite WAL + synchronous=FULL, PostgreSQL fsync on); the machine is shared, so compare runs on one machine only.', results}, null, 2)}\n`,
  );
  console.log(`written to ${OUT}`);
}
