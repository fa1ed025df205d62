/**
 * Nothing acknowledged is lost, and nothing is sent twice: the receiver killed
 * right after a 201, the mail server down or refusing, a clean SIGTERM.
 * On SQLite and on PostgreSQL.
 */
import assert from 'node:assert/strict';
import {afterEach, describe, it} from 'node:test';
import {request as httpRequest} from 'node:http';
import Database from 'better-sqlite3';
import {BACKENDS, FAST, eventually, freePort, freshStorage, post, sleep, smtpUrl, startMailSink, startReceiver, submission} from './helpers.mjs';

for (const backend of BACKENDS) {
  describe(`durability (${backend})`, () => {
    const cleanup = [];
    afterEach(async () => {
      while (cleanup.length) await cleanup.pop()();
    });
    const storageFor = async () => {
      const storage = await freshStorage(backend);
      cleanup.push(() => storage.drop());
      return storage;
    };
    const receiverWith = async (env) => {
      const receiver = await startReceiver({...FAST, ...env});
      cleanup.push(() => receiver.stop('SIGKILL'));
      return receiver;
    };
    const sinkOn = async (port) => {
      const sink = await startMailSink({port});
      cleanup.push(() => sink.close());
      return sink;
    };

    it('a message answered 201 survives SIGKILL at once, and is delivered once after a restart', async () => {
      const storage = await storageFor();
      const mailPort = await freePort();
      // The mail server is down at first, so the message can only be in the database when the receiver dies.
      const first = await receiverWith({...storage.env, SMTP_URL: smtpUrl(mailPort)});
      const body = submission({message: 'Peidiwch â cholli hwn.'});
      const answer = await post(first.url, body);
      assert.equal(answer.status, 201);
      first.child.kill('SIGKILL');
      assert.equal((await first.exited).signal, 'SIGKILL');

      if (backend === 'sqlite') {
        const db = new Database(storage.file, {readonly: true});
        assert.equal(db.pragma('journal_mode', {simple: true}), 'wal');
        db.close();
      }
      const sink = await sinkOn(mailPort);
      const second = await receiverWith({...storage.env, SMTP_URL: smtpUrl(mailPort)});
      const [email] = await sink.waitFor((emails) => emails.length === 1);
      assert.ok(email.subject.includes(answer.json.reference));
      assert.ok(email.text.includes('Peidiwch â cholli hwn.'));
      await sleep(600);
      assert.equal(sink.emails.length, 1);
      // The same id after the restart is still the same message.
      const retry = await post(second.url, body);
      assert.deepEqual([retry.status, retry.json.reference], [201, answer.json.reference]);
    });

    it('the mail server down, then back: every message delivered once, none lost', async () => {
      const storage = await storageFor();
      const mailPort = await freePort();
      const receiver = await receiverWith({...storage.env, SMTP_URL: smtpUrl(mailPort)});
      const references = [];
      for (let i = 0; i < 5; i++) references.push((await post(receiver.url, submission())).json.reference);
      await eventually(async () => (await storage.query('SELECT COUNT(*) AS n FROM contact_outbox WHERE attempts > 0'))[0].n >= 5, {what: 'failed attempts'});
      const sink = await sinkOn(mailPort);
      await sink.waitFor((emails) => emails.length === 5);
      await sleep(800);
      assert.equal(sink.emails.length, 5);
      assert.deepEqual(sink.emails.map((email) => /\(cyfeirnod (\S+)\)/.exec(email.subject)[1]).sort(), [...references].sort());
      assert.ok(receiver.output.includes('will retry'));
    });

    for (const code of [451, 550]) {
      it(`a mail server answering ${code} is retried until it takes the message, once`, async () => {
        const storage = await storageFor();
        const sink = await sinkOn(0);
        sink.failWith(code);
        const receiver = await receiverWith({...storage.env, SMTP_URL: smtpUrl(sink.port)});
        await post(receiver.url, submission());
        await eventually(() => sink.refused >= 2, {what: 'two refusals'});
        sink.failWith(undefined);
        await sink.waitFor((emails) => emails.length === 1);
        await sleep(800);
        assert.equal(sink.emails.length, 1);
        const [row] = await storage.query('SELECT status, attempts FROM contact_outbox');
        assert.equal(row.status, 'sent');
        assert.ok(Number(row.attempts) >= 3);
      });
    }

    it('gives up after RETRY_FOR_HOURS, logs it as an error, and keeps the message', async () => {
      const storage = await storageFor();
      const sink = await sinkOn(0);
      sink.failWith(550);
      const receiver = await receiverWith({...storage.env, SMTP_URL: smtpUrl(sink.port), RETRY_FOR_HOURS: String(1 / 3600)});
      await post(receiver.url, submission());
      await eventually(async () => (await storage.query('SELECT status FROM contact_outbox'))[0]?.status === 'failed', {what: 'the email to be given up'});
      assert.match(receiver.output, /gave up sending an email/);
      assert.equal(Number((await storage.query('SELECT COUNT(*) AS n FROM contact_submissions'))[0].n), 1);
    });

    it('on SIGTERM, the worker finishes the email it is sending and stops; the rest go after a restart, each once', async () => {
      const storage = await storageFor();
      const sink = await sinkOn(0);
      sink.slowDown(400);
      const env = {...storage.env, SMTP_URL: smtpUrl(sink.port)};
      const first = await receiverWith(env);
      for (let i = 0; i < 5; i++) assert.equal((await post(first.url, submission())).status, 201);
      await sink.waitFor((emails) => emails.length >= 1);
      first.child.kill('SIGTERM');
      assert.equal((await first.exited).code, 0);
      const sentBefore = sink.emails.length;
      assert.ok(sentBefore < 5, `only the email in progress is finished (${sentBefore} sent)`);
      sink.slowDown(0);
      await receiverWith(env);
      await sink.waitFor((emails) => emails.length >= 5);
      await sleep(600);
      assert.equal(sink.emails.length, 5);
      assert.equal(new Set(sink.emails.map((email) => email.messageId)).size, 5);
    });

    it('on SIGTERM, finishes the request in flight and exits cleanly', async () => {
      const storage = await storageFor();
      const sink = await sinkOn(0);
      const receiver = await receiverWith({...storage.env, SMTP_URL: smtpUrl(sink.port)});
      // A request surely in flight: its headers and half its body are in when SIGTERM arrives; the rest follows.
      const body = Buffer.from(JSON.stringify(submission()));
      const url = new URL(receiver.url);
      const answered = new Promise((resolveAnswer, reject) => {
        const request = httpRequest(
          {host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: {'content-type': 'application/json', 'content-length': body.length}},
          (response) => {
            response.resume();
            response.on('end', () => resolveAnswer(response.statusCode));
          },
        );
        request.on('error', reject);
        request.write(body.subarray(0, 20));
        sleep(150)
          .then(() => {
            receiver.child.kill('SIGTERM');
            return sleep(150);
          })
          .then(() => request.end(body.subarray(20)));
      });
      assert.equal(await answered, 201);
      assert.equal((await receiver.exited).code, 0);
      assert.equal(Number((await storage.query('SELECT COUNT(*) AS n FROM contact_submissions'))[0].n), 1);
    });
  });
}
