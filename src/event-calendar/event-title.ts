import type {BilingualText} from '../core/dom-free/bilingual-text.js';
import type {Language} from '../core/dom-free/translate.js';
import {untitledLabel} from './calendar-messages.js';
import type {CalendarEvent} from './model/event-types.js';

/** The title a reader sees: the event's own, or "(No title)" / "(Dim teitl)" for an event without one. Every view, name and export uses it. */
export function eventTitle(event: CalendarEvent, language: Language): BilingualText {
  return event.title ?? untitledLabel(language);
}
