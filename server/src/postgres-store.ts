import pg from 'pg';
import type {ContactSubmission} from '../../src/contact-form/contact-model.js';
import type {EmailKind, OutboxItem, Store, StoreCounts, StoredResult} from './store.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS contact_submissions (
    id TEXT PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    body JSONB NOT NULL,
    received_at BIGINT NOT NULL,
    finished_at BIGINT
  );
  CREATE TABLE IF NOT EXISTS contact_outbox (
    submission_id TEXT NOT NULL REFERENCES contact_submissions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claimed_until BIGINT,
    sent_at BIGINT,
    last_error TEXT,
    PRIMARY KEY (submission_id, kind)
  );
  CREATE INDEX IF NOT EXISTS contact_outbox_due ON contact_outbox (status, next_attempt_at);
  CREATE INDEX IF NOT EXISTS contact_submissions_finished ON contact_submissions (finished_at);
`;

interface OutboxRow {
  submission_id: string;
  kind: EmailKind;
  reference: string;
  body: ContactSubmission;
  received_at: string;
  attempts: number;
}

/**
 * PostgreSQL, for several receivers behind a load balancer: each insert is
 * committed (PostgreSQL's default synchronous_commit) before the 201, and
 * workers on different machines claim emails with FOR UPDATE SKIP LOCKED, so
 * no two of them send the same one.
 */
export class PostgresStore implements Store {
  private readonly pool: pg.Pool;

  private constructor(connectionString: string) {
    this.pool = new pg.Pool({connectionString, max: 10});
  }

  static async open(connectionString: string): Promise<PostgresStore> {
    const store = new PostgresStore(connectionString);
    // Two receivers starting at once would race to create the tables: one at a time.
    await store.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(7265636569)');
      await client.query(SCHEMA);
    });
    return store;
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async storeSubmission(submission: ContactSubmission, kinds: readonly EmailKind[], receivedAt: number, makeReference: () => string): Promise<StoredResult> {
    for (;;) {
      try {
        return await this.transaction(async (client) => {
          const inserted = await client.query<{reference: string}>(
            'INSERT INTO contact_submissions (id, reference, body, received_at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING RETURNING reference',
            [submission.id, makeReference(), JSON.stringify(submission), receivedAt],
          );
          if (inserted.rowCount === 0) {
            // Another request (maybe on another receiver) stored this id first: its reference is the answer.
            const existing = await client.query<{reference: string}>('SELECT reference FROM contact_submissions WHERE id = $1', [submission.id]);
            return {reference: existing.rows[0]!.reference, created: false};
          }
          for (const kind of kinds) {
            await client.query('INSERT INTO contact_outbox (submission_id, kind, next_attempt_at) VALUES ($1, $2, $3)', [submission.id, kind, receivedAt]);
          }
          return {reference: inserted.rows[0]!.reference, created: true};
        });
      } catch (error) {
        // A new reference that happened to be taken: try another one.
        if ((error as {code?: string; constraint?: string}).code === '23505' && (error as {constraint?: string}).constraint === 'contact_submissions_reference_key') continue;
        throw error;
      }
    }
  }

  async claimDue(now: number, limit: number, leaseMs: number): Promise<OutboxItem[]> {
    const result = await this.pool.query<OutboxRow>(
      `WITH due AS (
         SELECT submission_id, kind FROM contact_outbox
         WHERE (status = 'pending' AND next_attempt_at <= $1) OR (status = 'sending' AND claimed_until < $1)
         ORDER BY next_attempt_at LIMIT $2
         FOR UPDATE SKIP LOCKED
       )
       UPDATE contact_outbox o SET status = 'sending', claimed_until = $3
       FROM due, contact_submissions s
       WHERE o.submission_id = due.submission_id AND o.kind = due.kind AND s.id = o.submission_id
       RETURNING o.submission_id, o.kind, o.attempts, s.reference, s.body, s.received_at`,
      [now, limit, now + leaseMs],
    );
    return result.rows.map((row) => ({
      submissionId: row.submission_id,
      kind: row.kind,
      reference: row.reference,
      submission: row.body,
      receivedAt: Number(row.received_at),
      attempts: Number(row.attempts),
    }));
  }

  async markSent(item: OutboxItem, now: number): Promise<void> {
    await this.finish(item, now, 'sent', null);
  }

  async markFailed(item: OutboxItem, now: number, error: string): Promise<void> {
    await this.finish(item, now, 'failed', error);
  }

  private async finish(item: OutboxItem, now: number, status: 'sent' | 'failed', error: string | null): Promise<void> {
    await this.transaction(async (client) => {
      await client.query(`UPDATE contact_outbox SET status = $1, sent_at = $2, attempts = attempts + 1, claimed_until = NULL, last_error = $3 WHERE submission_id = $4 AND kind = $5`, [
        status,
        status === 'sent' ? now : null,
        error,
        item.submissionId,
        item.kind,
      ]);
      await client.query(
        `UPDATE contact_submissions SET finished_at = $1 WHERE id = $2
         AND NOT EXISTS (SELECT 1 FROM contact_outbox WHERE submission_id = $2 AND status IN ('pending', 'sending'))`,
        [now, item.submissionId],
      );
    });
  }

  async markRetry(item: OutboxItem, nextAttemptAt: number, error: string): Promise<void> {
    await this.pool.query(`UPDATE contact_outbox SET status = 'pending', attempts = attempts + 1, next_attempt_at = $1, claimed_until = NULL, last_error = $2 WHERE submission_id = $3 AND kind = $4`, [
      nextAttemptAt,
      error,
      item.submissionId,
      item.kind,
    ]);
  }

  async release(items: readonly OutboxItem[]): Promise<void> {
    for (const item of items) {
      await this.pool.query(`UPDATE contact_outbox SET status = 'pending', claimed_until = NULL WHERE submission_id = $1 AND kind = $2 AND status = 'sending'`, [item.submissionId, item.kind]);
    }
  }

  async nextDueAt(): Promise<number | undefined> {
    const result = await this.pool.query<{due: string | null}>(
      `SELECT MIN(CASE WHEN status = 'pending' THEN next_attempt_at ELSE claimed_until END) AS due FROM contact_outbox WHERE status IN ('pending', 'sending')`,
    );
    const due = result.rows[0]?.due;
    return due == null ? undefined : Number(due);
  }

  async purgeFinished(before: number): Promise<number> {
    const result = await this.pool.query('DELETE FROM contact_submissions WHERE finished_at IS NOT NULL AND finished_at < $1', [before]);
    return result.rowCount ?? 0;
  }

  async counts(): Promise<StoreCounts> {
    const submissions = await this.pool.query<{n: string}>('SELECT COUNT(*) AS n FROM contact_submissions');
    const byStatus = await this.pool.query<{status: string; n: string}>('SELECT status, COUNT(*) AS n FROM contact_outbox GROUP BY status');
    const count = (...statuses: string[]) => byStatus.rows.filter((row) => statuses.includes(row.status)).reduce((sum, row) => sum + Number(row.n), 0);
    return {submissions: Number(submissions.rows[0]?.n ?? 0), pending: count('pending', 'sending'), sent: count('sent'), failed: count('failed')};
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
