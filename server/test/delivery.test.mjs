/**
 * A message is stored, answered with a reference and emailed to the team once,
 * in the reply language, on SQLite and on PostgreSQL.
 */
import assert from 'node:assert/strict';
import {after, afterEach, before, describe, it} from 'node:test';
import {BACKENDS, FAST, eventually, freshStorage, post, sleep, smtpUrl, startMailSink, startReceiver, submission} from './helpers.mjs';

for (const backend of BACKENDS) {
  describe(`delivery (${backend})`, () => {
    let sink;
    let storage;
    let receiver;
    before(async () => {
      sink = await startMailSink();
    });
    after(async () => {
      await sink.close();
    });
    afterEach(async () => {
      await receiver?.stop();
      await storage?.drop();
      sink.emails.length = 0;
    });
    const start = async (env = {}) => {
      storage = await freshStorage(backend);
      receiver = await startReceiver({...FAST, ...storage.env, SMTP_URL: smtpUrl(sink.port), ...env});
    };

    it('stores a message, answers 201 with a reference, and emails the team once in Welsh', async () => {
      await start();
      const body = submission({name: 'Siân <b>Jones</b>', message: '<script>alert("x")</script>\nDiolch yn fawr.', phone: '029 2000 0000', role: 'lived-experience'});
      const answer = await post(receiver.url, body);
      assert.equal(answer.status, 201);
      assert.match(answer.json.reference, /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      const [email] = await sink.waitFor((emails) => emails.length === 1);
      assert.equal(email.subject, `Ffurflen gysylltu: Digwyddiadau a gweithdai (cyfeirnod ${answer.json.reference})`);
      assert.equal(email.language, 'cy');
      assert.match(email.to, /team@example\.org/);
      assert.match(email.replyTo, /sian@example\.org/);
      // What was typed arrives as text, byte for byte, in a plain-text email.
      assert.ok(email.text.includes('<script>alert("x")</script>\nDiolch yn fawr.'));
      assert.ok(email.text.includes('Enw llawn: Siân <b>Jones</b>'));
      assert.ok(email.text.includes('Rhif ffôn: 029 2000 0000'));
      assert.ok(email.text.includes('Ateb yn: Cymraeg'));
      assert.ok(email.text.includes('Mae gen i brofiad bywyd o wasanaethau iechyd meddwl'));
      assert.doesNotMatch(email.raw, /Content-Type: text\/html/i);
      await sleep(300);
      assert.equal(sink.emails.length, 1);
      const rows = await storage.query('SELECT status, attempts FROM contact_outbox');
      assert.deepEqual(
        rows.map((r) => [r.status, Number(r.attempts)]),
        [['sent', 1]],
      );
    });

    it('line breaks typed into one-line fields cannot add headers, recipients or fake lines', async () => {
      await start();
      const answer = await post(
        receiver.url,
        submission({
          name: 'Siân\r\nBcc: victim@example.net',
          organisation: 'Platfform\nEmail address: attacker@example.net',
          topic: 'Media\r\nBcc: victim@example.net',
        }),
      );
      assert.equal(answer.status, 201);
      const [email] = await sink.waitFor((emails) => emails.length === 1);
      assert.equal(email.subject, `Ffurflen gysylltu: Media Bcc: victim@example.net (cyfeirnod ${answer.json.reference})`);
      assert.doesNotMatch(email.raw, /^Bcc:/im);
      assert.ok(email.text.includes('Enw llawn: Siân Bcc: victim@example.net'));
      assert.ok(email.text.includes('Sefydliad: Platfform Email address: attacker@example.net'));
      assert.equal(email.text.split('\n').filter((line) => line.startsWith('Cyfeiriad e-bost:')).length, 1);
      await sleep(300);
      assert.equal(sink.emails.length, 1);
    });

    it('writes the team email in English when the sender asks for English, whatever the page language', async () => {
      await start();
      const answer = await post(receiver.url, submission({replyLanguage: 'en', locale: 'cy', topic: 'Media enquiry'}));
      const [email] = await sink.waitFor((emails) => emails.length === 1);
      assert.equal(email.subject, `Contact form: Media enquiry (reference ${answer.json.reference})`);
      assert.ok(email.text.includes('Reply in: English'));
      assert.ok(email.text.includes('Page language: Welsh'));
      assert.equal(email.language, 'en');
    });

    it('the same id sent again is the same message: same reference, one email', async () => {
      await start();
      const body = submission();
      const first = await post(receiver.url, body);
      const again = await Promise.all([post(receiver.url, body), post(receiver.url, body)]);
      assert.equal(first.status, 201);
      for (const answer of again) assert.deepEqual([answer.status, answer.json.reference], [201, first.json.reference]);
      await sink.waitFor((emails) => emails.length >= 1);
      await sleep(500);
      assert.equal(sink.emails.length, 1);
      assert.equal(Number((await storage.query('SELECT COUNT(*) AS n FROM contact_submissions'))[0].n), 1);
    });

    it('sends the sender an acknowledgement in their reply language, without repeating what they wrote', async () => {
      await start({SEND_ACKNOWLEDGEMENT: 'true'});
      const body = submission({message: 'Neges breifat iawn'});
      const answer = await post(receiver.url, body);
      await sink.waitFor((emails) => emails.length === 2);
      const ack = sink.emails.find((email) => /sian@example\.org/.test(email.to));
      assert.ok(ack, 'an email to the sender');
      assert.equal(ack.subject, `Rydym wedi cael eich neges (cyfeirnod ${answer.json.reference})`);
      assert.ok(ack.text.includes(`Eich cyfeirnod yw ${answer.json.reference}`));
      assert.ok(ack.text.includes('Byddwn yn ateb drwy e-bost yn Gymraeg.'));
      // Where to get help now: the same services, in the same words, as the form and the story carousel show.
      assert.ok(ack.text.includes("Nid yw'r ffurflen hon ar gyfer cymorth brys:\n- Mewn argyfwng, ffoniwch 999\n"), ack.text);
      assert.ok(ack.text.includes('- Llinell Gymraeg y Samariaid (am ddim, 19:00 i 23:00 bob dydd): 0808 164 0123'), ack.text);
      assert.ok(!ack.text.includes('Neges breifat iawn'));
    });

    it('drops a message whose hidden honeypot field was filled, answering as if stored', async () => {
      await start();
      const answer = await post(receiver.url, submission({website: 'http://spam.example'}));
      assert.equal(answer.status, 201);
      assert.ok(answer.json.reference);
      await sleep(400);
      assert.equal(sink.emails.length, 0);
      assert.equal(Number((await storage.query('SELECT COUNT(*) AS n FROM contact_submissions'))[0].n), 0);
    });

    it('refuses a message sent sooner after the form appeared than a person could (form/too-fast)', async () => {
      await start({MIN_TIME_ON_PAGE_SECONDS: '3'});
      const quick = await post(receiver.url, submission({timeOnPage: 900}));
      assert.deepEqual([quick.status, quick.json], [400, {errors: [{field: 'form', code: 'too-fast'}]}]);
      const missing = await post(receiver.url, submission({timeOnPage: undefined}));
      assert.equal(missing.status, 400);
      const person = await post(receiver.url, submission({timeOnPage: 45000}));
      assert.equal(person.status, 201);
    });

    it('GET /healthz answers 200 while the database answers', async () => {
      await start();
      const response = await fetch(`${receiver.base}/healthz`);
      assert.equal(response.status, 200);
      assert.equal((await response.json()).status, 'ok');
    });

    it('never writes what a person typed to its logs', async () => {
      await start({LOG_LEVEL: 'debug'});
      const body = submission({name: 'Unique Name Qwerty', email: 'unique-qwerty@example.org', message: 'Secret words zxcvb', phone: '01234 567890'});
      await post(receiver.url, body);
      await post(receiver.url, {...body, email: 'bad'});
      await sink.waitFor((emails) => emails.length === 1);
      await eventually(() => receiver.output.includes('email sent'), {what: 'the sent log line'});
      for (const secret of ['Unique Name Qwerty', 'unique-qwerty', 'Secret words zxcvb', '01234 567890']) {
        assert.ok(!receiver.output.includes(secret), `logs contain "${secret}"`);
      }
      assert.ok(receiver.output.includes('message stored'));
    });
  });
}
