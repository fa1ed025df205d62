import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {EMPTY_VALUES, ROLES, type ContactValues} from './contact-model.js';

/**
 * With `save-draft`, keeps what the reader typed in sessionStorage (this tab
 * only, gone when it closes), so a reload loses nothing; cleared once the
 * message is sent. Without it nothing typed is stored anywhere. The honeypot
 * is never saved.
 */
export class DraftController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: {enabled: () => boolean; key: () => string},
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private get storage(): Storage | undefined {
    try {
      return this.options.enabled() ? window.sessionStorage : undefined;
    } catch {
      // Storage can be blocked (privacy settings, sandboxed frames): the form still works, without drafts.
      return undefined;
    }
  }

  load(): ContactValues | undefined {
    const raw = this.storage?.getItem(this.options.key());
    if (!raw) return undefined;
    try {
      return toValues(JSON.parse(raw));
    } catch {
      return undefined;
    }
  }

  save(values: ContactValues): void {
    try {
      this.storage?.setItem(this.options.key(), JSON.stringify({...values, website: ''}));
    } catch {
      // Full or blocked: a draft is a convenience, never a reason to fail.
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.options.key());
    } catch {
      // As above.
    }
  }
}

/** A stored draft, read defensively: anything unexpected becomes empty. */
function toValues(data: unknown): ContactValues {
  const record = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const text = (key: keyof ContactValues) => (typeof record[key] === 'string' ? record[key] : '');
  const role = text('role');
  const reply = text('replyLanguage');
  return {
    ...EMPTY_VALUES,
    name: text('name'),
    email: text('email'),
    phone: text('phone'),
    organisation: text('organisation'),
    role: (ROLES as readonly string[]).includes(role) ? (role as ContactValues['role']) : '',
    topic: text('topic'),
    message: text('message'),
    replyLanguage: reply === 'cy' || reply === 'en' ? reply : '',
    consent: record.consent === true,
  };
}
