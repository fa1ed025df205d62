import type {Locale} from '../../../src/core/dom-free/locale.js';
import {inDisplayOrder} from '../../../src/event-calendar/model/display-order.js';
import type {CalendarEntry, CalendarEvent} from '../../../src/event-calendar/model/event-types.js';
import {occurrencesBetween} from '../../../src/event-calendar/model/expand.js';

/** The occurrences of `entries` in [from, to), in the order a reader of `locale` sees them: what a view of that range lists. */
export function eventsBetween(entries: readonly CalendarEntry[], from: number, to: number, timeZone = 'Europe/London', locale: Locale = 'en'): CalendarEvent[] {
  return inDisplayOrder(occurrencesBetween(entries, from, to, timeZone), timeZone, locale);
}
