import {parseBilingualText, type BilingualText} from '../core/dom-free/bilingual-text.js';
import {LIMITS} from './contact-model.js';

/** A topic the reader can choose: `value` is what the team's email shows, `label` what the reader sees. */
export interface ContactTopic {
  value: string;
  label: BilingualText;
}

/**
 * An author's topics, from the `topics` property or an inline
 * `{"topics": [...]}`: each `{value, label}` (label a string or `{en, cy}`),
 * or a plain string for both. Entries that are not usable are left out and
 * reported in the console; none usable means the built-in topics.
 */
export function parseTopics(input: unknown, report: (problem: string) => void): ContactTopic[] | undefined {
  const list = Array.isArray(input) ? input : input && typeof input === 'object' ? (input as {topics?: unknown}).topics : undefined;
  if (!Array.isArray(list)) {
    if (input !== undefined) report('topics must be an array, or an object with a "topics" array');
    return undefined;
  }
  const topics: ContactTopic[] = [];
  list.forEach((entry: unknown, index) => {
    const raw = typeof entry === 'string' ? {value: entry, label: entry} : ((entry ?? {}) as {value?: unknown; label?: unknown});
    const label = parseBilingualText(raw.label ?? raw.value);
    const value = typeof raw.value === 'string' ? raw.value.trim() : '';
    if (!value || value.length > LIMITS.topic || !label) {
      report(`topics[${index}] needs a "value" (text of up to ${LIMITS.topic} characters) and a "label"`);
      return;
    }
    if (topics.some((topic) => topic.value === value)) {
      report(`topics[${index}]: the value "${value}" is used twice`);
      return;
    }
    topics.push({value, label});
  });
  return topics.length ? topics : undefined;
}
