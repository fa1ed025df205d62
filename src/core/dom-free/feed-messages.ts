import {translator, type Language} from './translate.js';
import {welsh} from '../../generated/welsh/core.js';
import type {FeedErrorKind} from './feed-types.js';

/** Messages with the core's part of the Welsh (src/generated/welsh/core.ts). */
const msgIn = translator(welsh);

/** The sentences that name what a widget shows ("milestones", "events"...), in the reader's language. */
export interface FeedStatusText {
  loading: string;
  failed: string;
  empty: string;
  someNotShown: string;
}

/** What the reader can do about each kind of failure. */
export function feedErrorAdvice(language: Language, kind: FeedErrorKind): string {
  const msg = msgIn(language);
  switch (kind) {
    case 'network':
      return msg('Check your internet connection, then try again.', {id: 'feed.error.network'});
    case 'timeout':
      return msg('The service took too long to answer. Try again in a moment.', {id: 'feed.error.timeout'});
    case 'http':
      return msg('Sorry, there is a problem with the service. Try again later.', {id: 'feed.error.http'});
    case 'format':
      return msg('The information is not in a form we can show. If this continues, contact the owner of this website.', {id: 'feed.error.format'});
  }
}

export function retryLabel(language: Language): string {
  return msgIn(language)('Try again', {id: 'feed.retry'});
}
