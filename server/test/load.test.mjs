/**
 * 200 messages from 20 clients at once: all acknowledged, stored, delivered,
 * none twice. With PostgreSQL, also with two receivers sharing the database
 * (a load balancer's view): each email still goes out once.
 */
import assert from 'node:assert/strict';
import {afterEach, describe, it} from 'node:test';
import {BACKENDS, FAST, freshStorage, post, sleep, smtpUrl, startMailSink, startReceiver, submission} from './helpers.mjs';

const CLIENTS = 20;
const PER_CLIENT = 10;

async function sendFromClients(urls) {
  const references = [];
  await Promise.all(
    Array.from({length: CLIENTS}, async (_, client) => {
      for (let i = 0; i < PER_CLIENT; i++) {
        const answer = await post(urls[client % urls.length], submission({message: `client ${client} message ${i}`}));
        assert.equal(answer.status, 201, answer.text);
        references.push(answer.json.reference);
      }
    }),
  );
  return references;
}

for (const backend of BACKENDS) {
  describe(`concurrency (${backend})`, () => {
    const cleanup = [];
    afterEach(async () => {
      while (cleanup.length) await cleanup.pop()();
    });

    const receiversFor = backend === 'postgres' ? [1, 2] : [1];
    for (const count of receiversFor) {
      it(`${CLIENTS * PER_CLIENT} messages from ${CLIENTS} clients at once, ${count} receiver${count > 1 ? 's' : ''}: all stored and delivered once`, async () => {
        const storage = await freshStorage(backend);
        cleanup.push(() => storage.drop());
        const sink = await startMailSink();
        cleanup.push(() => sink.close());
        const receivers = [];
        for (let i = 0; i < count; i++) {
          const receiver = await startReceiver({...FAST, ...storage.env, SMTP_URL: smtpUrl(sink.port), LOG_LEVEL: 'warn'});
          cleanup.push(() => receiver.stop());
          receivers.push(receiver);
        }
        const references = await sendFromClients(receivers.map((r) => r.url));
        assert.equal(new Set(references).size, CLIENTS * PER_CLIENT);
        assert.equal(Number((await storage.query('SELECT COUNT(*) AS n FROM contact_submissions'))[0].n), CLIENTS * PER_CLIENT);
        await sink.waitFor((emails) => emails.length >= CLIENTS * PER_CLIENT, 60000);
        await sleep(500);
        assert.equal(sink.emails.length, CLIENTS * PER_CLIENT);
        assert.equal(new Set(sink.emails.map((email) => email.messageId)).size, CLIENTS * PER_CLIENT, 'no email sent twice');
      });
    }
  });
}
