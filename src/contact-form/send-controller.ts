import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {toErrorCode, toErrorField, type ContactSubmission, type FieldError} from './contact-model.js';
import type {SendFailure} from './contact-messages.js';

export type SendResult = {kind: 'sent'; reference: string; id: string} | {kind: 'invalid'; errors: FieldError[]} | {kind: 'failed'; failure: SendFailure; status?: number};

/** A version 4 UUID from crypto.getRandomValues, which (unlike randomUUID) also exists on plain-http pages. */
export function newSubmissionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * POSTs a message to the receiver, once at a time, with a time limit.
 *
 * The id: a message keeps its id for as long as its words stay the same, so
 * "Try again" after a timeout or a lost answer resends the same id and the
 * receiver stores it once. If the reader changes anything before resending,
 * it is a new message with a new id: keeping the old id would make the
 * receiver answer with the first version and drop the edit.
 */
export class SendController implements ReactiveController {
  /** True while a request is in flight: a second press of Send does nothing. */
  sending = false;
  private pending?: {id: string; body: string};
  private abort?: AbortController;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** The id for a message with these words (its own id and timing aside): the one last tried when they are unchanged, else a new one. */
  idFor(submission: ContactSubmission): string {
    const body = JSON.stringify(submission, (key, value: unknown) => (key === 'id' || key === 'timeOnPage' ? undefined : value));
    if (this.pending?.body !== body) this.pending = {id: newSubmissionId(), body};
    return this.pending.id;
  }

  async send(endpoint: string, submission: ContactSubmission, timeoutMs: number): Promise<SendResult> {
    this.sending = true;
    this.host.requestUpdate();
    const abort = new AbortController();
    this.abort = abort;
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: {'Content-Type': 'application/json', Accept: 'application/json'},
        body: JSON.stringify(submission),
        credentials: 'omit',
        signal: abort.signal,
      });
      const answer = await readJson(response);
      if (response.status === 201 || response.status === 200) {
        const reference = typeof answer?.reference === 'string' ? answer.reference : '';
        this.pending = undefined;
        return {kind: 'sent', reference, id: submission.id};
      }
      if (response.status === 400 && Array.isArray(answer?.errors)) {
        const errors = (answer.errors as unknown[]).map((error) => {
          const {field, code} = (error ?? {}) as {field?: unknown; code?: unknown};
          return {field: toErrorField(field), code: toErrorCode(code)};
        });
        return {kind: 'invalid', errors};
      }
      return {kind: 'failed', failure: failureFor(response.status), status: response.status};
    } catch {
      // fetch rejects for a network failure and for our own abort (the time limit).
      return {kind: 'failed', failure: abort.signal.aborted ? 'timeout' : 'offline'};
    } finally {
      clearTimeout(timer);
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  /** After success: the next message is a new one. */
  forget(): void {
    this.pending = undefined;
  }
}

function failureFor(status: number): SendFailure {
  if (status === 429) return 'rate-limited';
  if (status === 413) return 'too-large';
  if (status >= 500) return 'server';
  return 'rejected';
}

async function readJson(response: Response): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = await response.json();
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
