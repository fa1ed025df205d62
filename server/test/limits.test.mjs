/**
 * What the receiver turns away: too many messages from one address, other
 * sites, huge bodies, anything but JSON. And what it forgets: delivered
 * messages after RETENTION_DAYS.
 */
import assert from 'node:assert/strict';
import {request as httpRequest} from 'node:http';
import {afterEach, describe, it} from 'node:test';
import {BACKENDS, FAST, eventually, freshStorage, post, sleep, smtpUrl, startMailSink, startReceiver, submission} from './helpers.mjs';

describe('limits', () => {
  const cleanup = [];
  afterEach(async () => {
    while (cleanup.length) await cleanup.pop()();
  });
  const start = async (env = {}, backend = 'sqlite') => {
    const storage = await freshStorage(backend);
    cleanup.push(() => storage.drop());
    const sink = await startMailSink();
    cleanup.push(() => sink.close());
    const receiver = await startReceiver({...FAST, ...storage.env, SMTP_URL: smtpUrl(sink.port), ...env});
    cleanup.push(() => receiver.stop());
    return {storage, sink, receiver};
  };

  it('rate limit per address: 429 with Retry-After once the limit is reached', async () => {
    const {receiver} = await start({RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_SECONDS: '60'});
    for (let i = 0; i < 3; i++) assert.equal((await post(receiver.url, submission())).status, 201);
    const refused = await post(receiver.url, submission());
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
  });

  it('CORS: an allowed site may send; another gets no CORS headers and a 403, and nothing is stored', async () => {
    const {receiver, storage} = await start({CORS_ORIGINS: 'https://heiw.nhs.wales https://www.example.org'});
    const preflight = (origin) => fetch(receiver.url, {method: 'OPTIONS', headers: {Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type'}});
    const allowed = await preflight('https://heiw.nhs.wales');
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://heiw.nhs.wales');
    const other = await preflight('https://evil.example');
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const fromOther = await post(receiver.url, submission(), {Origin: 'https://evil.example'});
    assert.equal(fromOther.status, 403);
    assert.equal(fromOther.headers.get('access-control-allow-origin'), null);
    const fromAllowed = await post(receiver.url, submission(), {Origin: 'https://heiw.nhs.wales'});
    assert.equal(fromAllowed.status, 201);
    assert.equal(fromAllowed.headers.get('access-control-allow-origin'), 'https://heiw.nhs.wales');
    assert.equal(Number((await storage.query('SELECT COUNT(*) AS n FROM contact_submissions'))[0].n), 1);
  });

  it("behind nginx (TRUST_PROXY=loopback), a page on the site's own https origin may send without CORS_ORIGINS", async () => {
    const viaProxy = async (receiver) => {
      const url = new URL(receiver.url);
      const body = JSON.stringify(submission());
      return new Promise((resolveStatus, reject) => {
        const request = httpRequest(
          {
            host: url.hostname,
            port: url.port,
            path: url.pathname,
            method: 'POST',
            headers: {'content-type': 'application/json', host: 'www.example.org', origin: 'https://www.example.org', 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7'},
          },
          (response) => {
            response.resume();
            resolveStatus(response.statusCode);
          },
        );
        request.on('error', reject);
        request.end(body);
      });
    };
    const {receiver: behindProxy} = await start({TRUST_PROXY: 'loopback'});
    assert.equal(await viaProxy(behindProxy), 201);
    const {receiver: notTold} = await start();
    assert.equal(await viaProxy(notTold), 403);
  });

  it('a 1 MB body is refused with 413, and anything but JSON with 415', async () => {
    const {receiver} = await start();
    const huge = await post(receiver.url, submission({message: 'a'.repeat(1024 * 1024)}));
    assert.equal(huge.status, 413);
    const text = await fetch(receiver.url, {method: 'POST', headers: {'content-type': 'text/plain'}, body: JSON.stringify(submission())});
    assert.equal(text.status, 415);
    const form = await fetch(receiver.url, {method: 'POST', headers: {'content-type': 'application/x-www-form-urlencoded'}, body: 'name=x'});
    assert.equal(form.status, 415);
  });

  for (const backend of BACKENDS) {
    it(`retention (${backend}): a delivered message is deleted after RETENTION_DAYS, an undelivered one kept`, async () => {
      const {receiver, storage, sink} = await start({RETENTION_DAYS: '0', PURGE_INTERVAL_SECONDS: '0.3'}, backend);
      const delivered = await post(receiver.url, submission());
      await sink.waitFor((emails) => emails.length === 1);
      sink.failWith(451);
      const waiting = await post(receiver.url, submission());
      await eventually(async () => (await storage.query('SELECT reference FROM contact_submissions')).length === 1, {what: 'the purge'});
      const [kept] = await storage.query('SELECT reference FROM contact_submissions');
      assert.equal(kept.reference, waiting.json.reference);
      assert.notEqual(kept.reference, delivered.json.reference);
    });

    it(`retention (${backend}): with the default of 30 days a delivered message stays`, async () => {
      const {receiver, storage, sink} = await start({PURGE_INTERVAL_SECONDS: '0.2'}, backend);
      await post(receiver.url, submission());
      await sink.waitFor((emails) => emails.length === 1);
      await sleep(600);
      assert.equal(Number((await storage.query('SELECT COUNT(*) AS n FROM contact_submissions'))[0].n), 1);
    });
  }
});
