import type {FastifyBaseLogger} from 'fastify';
import type {ReceiverConfig} from './config.js';
import type {Mailer} from './mailer.js';
import {retryDelay} from './retry-schedule.js';
import type {OutboxItem, Store} from './store.js';

const BATCH = 10;

/** What may be logged about a failed send: codes from nodemailer and the mail server, never the email. */
function describeError(error: unknown): string {
  const {code, responseCode, command} = (error ?? {}) as {code?: unknown; responseCode?: unknown; command?: unknown};
  return [code, responseCode, command].filter((part) => typeof part === 'string' || typeof part === 'number').join(' ') || 'error';
}

/**
 * Sends what the outbox holds, one email at a time, retrying with doubling
 * waits until RETRY_FOR_HOURS after the message arrived. An email is marked
 * sent only after the mail server accepted it, and claimed while it is being
 * sent, so no two workers (or receivers sharing PostgreSQL) send it twice.
 * `stop()` lets the email being sent finish and hands back the rest of its batch.
 */
export class OutboxWorker {
  private stopping = false;
  private running?: Promise<void>;
  private wakeUp?: () => void;

  constructor(
    private readonly store: Store,
    private readonly mailer: Mailer,
    private readonly config: ReceiverConfig,
    private readonly log: FastifyBaseLogger,
  ) {}

  start(): void {
    this.running ??= this.loop();
  }

  /** A new message is waiting: look now rather than at the next poll. */
  wake(): void {
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.running;
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      let claimed: OutboxItem[] = [];
      try {
        claimed = await this.store.claimDue(Date.now(), BATCH, this.config.sendLeaseMs);
        for (let i = 0; i < claimed.length; i++) {
          if (this.stopping) {
            await this.store.release(claimed.slice(i));
            return;
          }
          await this.deliver(claimed[i]!);
        }
      } catch (error) {
        // The database went away: wait and try again; nothing is lost, emails stay in the outbox.
        this.log.error({err: describeError(error)}, 'outbox: could not read or update the outbox');
        claimed = [];
      }
      if (claimed.length === BATCH) continue;
      await this.sleep(await this.waitBeforeNextLook());
    }
  }

  private async waitBeforeNextLook(): Promise<number> {
    const next = await this.store.nextDueAt().catch(() => undefined);
    const untilNext = next === undefined ? this.config.pollMs : next - Date.now();
    // Still poll: another receiver sharing PostgreSQL may have added messages.
    return Math.max(10, Math.min(untilNext, this.config.pollMs));
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    });
  }

  private async deliver(item: OutboxItem): Promise<void> {
    const about = {reference: item.reference, email: item.kind, attempt: item.attempts + 1};
    try {
      await this.mailer.send(item);
    } catch (error) {
      const now = Date.now();
      const reason = describeError(error);
      const next = now + retryDelay(item.attempts + 1, this.config.retryBaseMs, this.config.retryMaxDelayMs);
      if (next > item.receivedAt + this.config.retryForMs) {
        await this.store.markFailed(item, now, reason);
        this.log.error({...about, reason}, 'outbox: gave up sending an email; the message is still in the database');
      } else {
        await this.store.markRetry(item, next, reason);
        this.log.warn({...about, reason, retryAt: new Date(next).toISOString()}, 'outbox: the mail server did not take an email; will retry');
      }
      return;
    }
    await this.store.markSent(item, Date.now());
    this.log.info(about, 'outbox: email sent');
  }
}
