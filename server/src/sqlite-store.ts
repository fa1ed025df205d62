import Database from 'better-sqlite3';
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import type {ContactSubmission} from '../../src/contact-form/contact-model.js';
import type {EmailKind, OutboxItem, Store, StoreCounts, StoredResult} from './store.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS submissions (
    id TEXT PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    finished_at INTEGER
  );
  CREATE TABLE IF NOT EXISTS outbox (
    submission_id TEXT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    claimed_until INTEGER,
    sent_at INTEGER,
    last_error TEXT,
    PRIMARY KEY (submission_id, kind)
  );
  CREATE INDEX IF NOT EXISTS outbox_due ON outbox (status, next_attempt_at);
  CREATE INDEX IF NOT EXISTS submissions_finished ON submissions (finished_at);
`;

interface OutboxRow {
  submission_id: string;
  kind: EmailKind;
  reference: string;
  body: string;
  received_at: number;
  attempts: number;
}

/**
 * The default store: one SQLite file in DATA_DIR, for one receiver. WAL with
 * synchronous=FULL, so a commit is on disk (fsynced) before the receiver
 * answers 201, and survives the process being killed or the power failing.
 */
export class SqliteStore implements Store {
  readonly file: string;
  private readonly db: Database.Database;

  constructor(dataDir: string) {
    mkdirSync(dataDir, {recursive: true});
    this.file = join(dataDir, 'contact-messages.sqlite');
    this.db = new Database(this.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    // One receiver owns a SQLite file, so an email left "sending" was being
    // sent when the last process stopped: it goes back in the queue now.
    this.db.prepare(`UPDATE outbox SET status = 'pending', claimed_until = NULL WHERE status = 'sending'`).run();
  }

  /** What `PRAGMA journal_mode` and `synchronous` read back (2 is FULL), for /healthz and the tests. */
  durability(): {journalMode: string; synchronous: number} {
    return {journalMode: String(this.db.pragma('journal_mode', {simple: true})), synchronous: Number(this.db.pragma('synchronous', {simple: true}))};
  }

  async storeSubmission(submission: ContactSubmission, kinds: readonly EmailKind[], receivedAt: number, makeReference: () => string): Promise<StoredResult> {
    const insert = this.db.transaction((): StoredResult => {
      const existing = this.db.prepare('SELECT reference FROM submissions WHERE id = ?').get(submission.id) as {reference: string} | undefined;
      if (existing) return {reference: existing.reference, created: false};
      let reference = makeReference();
      while (this.db.prepare('SELECT 1 FROM submissions WHERE reference = ?').get(reference)) reference = makeReference();
      this.db.prepare('INSERT INTO submissions (id, reference, body, received_at) VALUES (?, ?, ?, ?)').run(submission.id, reference, JSON.stringify(submission), receivedAt);
      const outbox = this.db.prepare('INSERT INTO outbox (submission_id, kind, next_attempt_at) VALUES (?, ?, ?)');
      for (const kind of kinds) outbox.run(submission.id, kind, receivedAt);
      return {reference, created: true};
    });
    // IMMEDIATE: take the write lock before reading, so two requests with one id cannot both insert.
    return insert.immediate();
  }

  async claimDue(now: number, limit: number, leaseMs: number): Promise<OutboxItem[]> {
    const claim = this.db.transaction((): OutboxRow[] => {
      const rows = this.db
        .prepare(
          `SELECT o.submission_id, o.kind, o.attempts, s.reference, s.body, s.received_at
           FROM outbox o JOIN submissions s ON s.id = o.submission_id
           WHERE (o.status = 'pending' AND o.next_attempt_at <= ?) OR (o.status = 'sending' AND o.claimed_until < ?)
           ORDER BY o.next_attempt_at LIMIT ?`,
        )
        .all(now, now, limit) as OutboxRow[];
      const mark = this.db.prepare(`UPDATE outbox SET status = 'sending', claimed_until = ? WHERE submission_id = ? AND kind = ?`);
      for (const row of rows) mark.run(now + leaseMs, row.submission_id, row.kind);
      return rows;
    });
    return claim.immediate().map(toItem);
  }

  async markSent(item: OutboxItem, now: number): Promise<void> {
    this.finish(item, now, 'sent', null);
  }

  async markFailed(item: OutboxItem, now: number, error: string): Promise<void> {
    this.finish(item, now, 'failed', error);
  }

  private finish(item: OutboxItem, now: number, status: 'sent' | 'failed', error: string | null): void {
    this.db
      .transaction(() => {
        this.db
          .prepare(`UPDATE outbox SET status = ?, sent_at = ?, attempts = attempts + 1, claimed_until = NULL, last_error = ? WHERE submission_id = ? AND kind = ?`)
          .run(status, status === 'sent' ? now : null, error, item.submissionId, item.kind);
        const open = this.db.prepare(`SELECT 1 FROM outbox WHERE submission_id = ? AND status IN ('pending', 'sending')`).get(item.submissionId);
        if (!open) this.db.prepare('UPDATE submissions SET finished_at = ? WHERE id = ?').run(now, item.submissionId);
      })
      .immediate();
  }

  async markRetry(item: OutboxItem, nextAttemptAt: number, error: string): Promise<void> {
    this.db
      .prepare(`UPDATE outbox SET status = 'pending', attempts = attempts + 1, next_attempt_at = ?, claimed_until = NULL, last_error = ? WHERE submission_id = ? AND kind = ?`)
      .run(nextAttemptAt, error, item.submissionId, item.kind);
  }

  async release(items: readonly OutboxItem[]): Promise<void> {
    const release = this.db.prepare(`UPDATE outbox SET status = 'pending', claimed_until = NULL WHERE submission_id = ? AND kind = ? AND status = 'sending'`);
    this.db.transaction(() => {
      for (const item of items) release.run(item.submissionId, item.kind);
    })();
  }

  async nextDueAt(): Promise<number | undefined> {
    const row = this.db.prepare(`SELECT MIN(CASE WHEN status = 'pending' THEN next_attempt_at ELSE claimed_until END) AS due FROM outbox WHERE status IN ('pending', 'sending')`).get() as {
      due: number | null;
    };
    return row.due ?? undefined;
  }

  async purgeFinished(before: number): Promise<number> {
    return this.db.prepare('DELETE FROM submissions WHERE finished_at IS NOT NULL AND finished_at < ?').run(before).changes;
  }

  async counts(): Promise<StoreCounts> {
    const submissions = (this.db.prepare('SELECT COUNT(*) AS n FROM submissions').get() as {n: number}).n;
    const byStatus = this.db.prepare('SELECT status, COUNT(*) AS n FROM outbox GROUP BY status').all() as {status: string; n: number}[];
    const count = (...statuses: string[]) => byStatus.filter((row) => statuses.includes(row.status)).reduce((sum, row) => sum + row.n, 0);
    return {submissions, pending: count('pending', 'sending'), sent: count('sent'), failed: count('failed')};
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

function toItem(row: OutboxRow): OutboxItem {
  return {
    submissionId: row.submission_id,
    kind: row.kind,
    reference: row.reference,
    submission: JSON.parse(row.body) as ContactSubmission,
    receivedAt: Number(row.received_at),
    attempts: Number(row.attempts),
  };
}
