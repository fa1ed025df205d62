/**
 * A local mail server for development and tests (the smtp-server package):
 * it takes every email the receiver sends, keeps it, and writes it as an
 * .eml file to `dir` when given (open it with any mail program, or read it
 * as text). It can also answer like a failing mail server, to test retries.
 *
 *   const sink = await startMailSink({dir: 'mail-sink'});
 *   sink.port; sink.emails; sink.failWith(451); sink.failWith(undefined);
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {SMTPServer} from 'smtp-server';
import {simpleParser} from 'mailparser';

/**
 * @param {{dir?: string, port?: number, host?: string}} [options]
 */
export async function startMailSink({dir, port = 0, host = '127.0.0.1'} = {}) {
  if (dir) mkdirSync(dir, {recursive: true});
  /** @type {{file?: string, raw: string, subject: string, text: string, to: string, replyTo: string, messageId: string, language: string}[]} */
  const emails = [];
  /** @type {number | undefined} */
  let failCode;
  /** Milliseconds to wait before accepting each email, like a slow mail server. */
  let delayMs = 0;
  let accepted = 0;
  let refused = 0;
  const waiters = new Set();

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // Stopping should not wait for a sender's idle pooled connection (the default waits 30 s).
    closeTimeout: 200,
    // Refuse at the end of DATA, as a mail server does when it cannot take a message now (4xx) or at all (5xx).
    onData(stream, _session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', async () => {
        if (failCode !== undefined) {
          refused++;
          const error = Object.assign(new Error(failCode >= 500 ? 'Mailbox unavailable' : 'Try again later'), {responseCode: failCode});
          callback(error);
          return;
        }
        if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
        const raw = Buffer.concat(chunks).toString('utf8');
        const parsed = await simpleParser(raw);
        const email = {
          raw,
          subject: parsed.subject ?? '',
          text: parsed.text ?? '',
          to: parsed.to && !Array.isArray(parsed.to) ? parsed.to.text : '',
          replyTo: parsed.replyTo?.text ?? '',
          messageId: parsed.messageId ?? '',
          language: String(parsed.headers.get('content-language') ?? ''),
        };
        if (dir) {
          email.file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${++accepted}.eml`);
          writeFileSync(email.file, raw);
          console.log(`mail sink: email "${email.subject}" written to ${email.file}`);
        } else {
          accepted++;
        }
        emails.push(email);
        for (const waiter of waiters) waiter();
        callback();
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return {
    port: /** @type {import('node:net').AddressInfo} */ (server.server.address()).port,
    emails,
    get refused() {
      return refused;
    },
    /** Answer every email with this SMTP code (e.g. 451, 550) until called with undefined. */
    failWith(code) {
      failCode = code;
    },
    /** Take `ms` to accept each email (0: at once). */
    slowDown(ms) {
      delayMs = ms;
    },
    /** Resolves when `predicate(emails)` holds, or rejects after `ms`. */
    waitFor(predicate, ms = 10000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (predicate(emails)) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(emails);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`mail sink: still waiting after ${ms} ms (${emails.length} emails so far)`));
        }, ms);
        waiters.add(check);
        check();
      });
    },
    close() {
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
