import type {ContactSubmission} from '../../src/contact-form/contact-model.js';

/** The emails each message produces: one to the team, and optionally one to the sender. */
export type EmailKind = 'team' | 'acknowledgement';

/** One email waiting in the outbox, with what it needs to be written. */
export interface OutboxItem {
  submissionId: string;
  kind: EmailKind;
  reference: string;
  submission: ContactSubmission;
  receivedAt: number;
  /** Attempts made before this one. */
  attempts: number;
}

export interface StoredResult {
  reference: string;
  /** False when a message with this id was already stored (a retry): nothing new was written. */
  created: boolean;
}

export interface StoreCounts {
  submissions: number;
  pending: number;
  sent: number;
  failed: number;
}

/**
 * Where messages live from the moment they arrive until they are purged.
 * Every write is committed before its promise resolves: the receiver answers
 * 201 only after `storeSubmission` has resolved.
 */
export interface Store {
  /** Stores a message and its outbox emails in one transaction; the same id again returns the first reference. */
  storeSubmission(submission: ContactSubmission, kinds: readonly EmailKind[], receivedAt: number, makeReference: () => string): Promise<StoredResult>;
  /** Claims up to `limit` emails due at `now`, so no other worker sends them for `leaseMs`. */
  claimDue(now: number, limit: number, leaseMs: number): Promise<OutboxItem[]>;
  markSent(item: OutboxItem, now: number): Promise<void>;
  /** Schedules another attempt. */
  markRetry(item: OutboxItem, nextAttemptAt: number, error: string): Promise<void>;
  /** Gives up on an email (after retrying for RETRY_FOR_HOURS). */
  markFailed(item: OutboxItem, now: number, error: string): Promise<void>;
  /** Returns claimed emails that were not attempted (the worker is stopping). */
  release(items: readonly OutboxItem[]): Promise<void>;
  /** When the next email is due, if any is waiting. */
  nextDueAt(): Promise<number | undefined>;
  /** Deletes messages whose every email was finished before `before`; returns how many. */
  purgeFinished(before: number): Promise<number>;
  counts(): Promise<StoreCounts>;
  /** Throws when the database cannot be reached (for /healthz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
