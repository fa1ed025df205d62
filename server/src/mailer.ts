import nodemailer from 'nodemailer';
import {acknowledgementEmail, oneLine, teamEmail} from '../../src/contact-form/contact-email.js';
import type {ReceiverConfig} from './config.js';
import type {OutboxItem} from './store.js';

export interface Mailer {
  send(item: OutboxItem): Promise<void>;
  close(): void;
}

/**
 * Sends outbox emails over SMTP (SMTP_URL). Each email has a Message-ID made
 * from the message's id and the email's kind, so in the rare case of a crash
 * between the mail server accepting an email and the outbox recording it,
 * the second copy carries the same Message-ID and mail programs can tell.
 */
export function createMailer(config: ReceiverConfig): Mailer {
  const transport = nodemailer.createTransport({
    url: config.smtpUrl,
    // One connection kept open and reused: a new SMTP handshake per email (TCP, EHLO, maybe TLS) costs far more than the email.
    pool: true,
    maxConnections: 1,
    // Bounded, so a hung mail server cannot hold a claimed email beyond its lease.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  const domain = config.mailFrom.match(/@([^>\s]+)/)?.[1] ?? 'localhost';
  return {
    async send(item) {
      const {submission} = item;
      const common = {
        from: config.mailFrom,
        messageId: `<${submission.id}.${item.kind}@${domain}>`,
        headers: {'Content-Language': submission.replyLanguage === 'cy' ? 'cy' : 'en'},
      };
      if (item.kind === 'team') {
        const email = teamEmail(submission, item.reference, item.receivedAt, config.timeZone);
        await transport.sendMail({...common, to: config.mailTo, replyTo: {name: oneLine(submission.name), address: submission.email}, subject: email.subject, text: email.text});
      } else {
        const email = acknowledgementEmail(submission, item.reference);
        await transport.sendMail({...common, to: submission.email, subject: email.subject, text: email.text});
      }
    },
    close() {
      transport.close();
    },
  };
}
