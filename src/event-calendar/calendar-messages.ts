import {str} from '@lit/localize';
import type {FeedStatusText} from '../core/dom-free/feed-messages.js';
import {pluralCategory} from '../core/dom-free/plural.js';
import {localeOf, translator, type Language} from '../core/dom-free/translate.js';
import {welsh} from '../generated/welsh/event-calendar.js';
import type {EventFormat, EventLanguage, EventStatus} from './model/event-types.js';

/** Messages with the event calendar's part of the Welsh (src/generated/welsh/event-calendar.ts). */
const msgIn = translator(welsh);

/*
 * Every sentence the calendar shows (list, filters, details dialog) and the
 * words its month grid shares with it, in the locale they are asked for.
 * An event (digwyddiad) is masculine in Welsh: "wedi'i ganslo".
 */

export function calendarLabel(language: Language): string {
  return msgIn(language)('Events', {id: 'calendar.label', desc: 'Accessible name of the whole calendar widget.'});
}

export function feedStatusText(language: Language): FeedStatusText {
  const msg = msgIn(language);
  return {
    loading: msg('Loading events…', {id: 'calendar.loading'}),
    failed: msg('We could not load the events', {id: 'calendar.failed'}),
    empty: msg('There are no events to show', {id: 'calendar.empty'}),
    someNotShown: msg('Some events could not be shown.', {id: 'calendar.some-not-shown'}),
  };
}

// View switch and list controls

export const viewSwitchLabel = (language: Language): string => msgIn(language)('View', {id: 'calendar.view.label', desc: 'Name of the Month / List switch.'});
export const monthViewLabel = (language: Language): string => msgIn(language)('Month', {id: 'calendar.view.month', desc: 'Button that shows the month grid.'});
export const listViewLabel = (language: Language): string => msgIn(language)('List', {id: 'calendar.view.list', desc: 'Button that shows the events as a list by day.'});
export const showPastLabel = (language: Language): string => msgIn(language)('Show past events', {id: 'calendar.past.toggle'});
export const showMoreLabel = (language: Language): string => msgIn(language)('Show more events', {id: 'calendar.list.more', desc: 'Button under the list that shows the next events.'});
export const noUpcomingText = (language: Language): string => msgIn(language)('There are no upcoming events.', {id: 'calendar.list.no-upcoming'});
export const noMatchText = (language: Language): string => msgIn(language)('No events match the filters. Clear the filters to see every event.', {id: 'calendar.list.no-match'});
/** In the list, the dialog and the month grid. */
export const allDayLabel = (language: Language): string => msgIn(language)('All day', {id: 'calendar.time.all-day'});

/** "10:00 to 12:00": both placeholders are times written in digits, so no mutation follows "i". */
export const timeRange = (language: Language, start: string, end: string): string =>
  msgIn(language)(str`${start} to ${end}`, {id: 'calendar.time.range', desc: 'A start and end time, e.g. 10:00 to 12:00.'});

// Filters

export const filterLegend = (language: Language): string => msgIn(language)('Filter events', {id: 'calendar.filter.legend'});
export const regionLabel = (language: Language): string => msgIn(language)('Region', {id: 'calendar.filter.region'});
export const allRegions = (language: Language): string => msgIn(language)('All regions', {id: 'calendar.filter.region.all'});
export const formatLabel = (language: Language): string => msgIn(language)('Format', {id: 'calendar.filter.format', desc: 'Whether an event is online, in person or hybrid.'});
export const allFormats = (language: Language): string => msgIn(language)('All formats', {id: 'calendar.filter.format.all'});
export const audienceLabel = (language: Language): string => msgIn(language)('Audience', {id: 'calendar.filter.audience', desc: 'Who an event is for.'});
export const allAudiences = (language: Language): string => msgIn(language)('All audiences', {id: 'calendar.filter.audience.all'});
export const languageLabel = (language: Language): string => msgIn(language)('Language', {id: 'calendar.filter.language', desc: 'The language an event is held in.'});
export const allLanguages = (language: Language): string => msgIn(language)('All languages', {id: 'calendar.filter.language.all'});
export const clearFiltersLabel = (language: Language): string => msgIn(language)('Clear filters', {id: 'calendar.filter.clear'});

/** Made on first use, then kept: a month grid formats a count per render. */
let countFormat: Intl.NumberFormat | undefined;

/**
 * "10,003", as en-GB writes it. Welsh groups digits the same way, and this
 * browser may lack Welsh number data, so both languages use en-GB.
 */
export function formatCount(n: number): string {
  countFormat ??= new Intl.NumberFormat('en-GB');
  return countFormat.format(n);
}

/**
 * "3 events match the filters". Welsh picks the noun's form by the number
 * (1 digwyddiad, 2 ddigwyddiad, 3 digwyddiad, 6 digwyddiad, 20 o ddigwyddiadau),
 * so there is one whole sentence per plural category.
 */
export function resultCount(language: Language, count: number): string {
  const msg = msgIn(language);
  const n = formatCount(count);
  // English has no "zero" category, but "No events" reads better than "0 events" in both languages.
  switch (count === 0 ? 'zero' : pluralCategory(count, localeOf(language))) {
    case 'zero':
      return msg('No events match the filters', {id: 'calendar.count.zero', desc: 'Count of events after filtering; the number is 0.'});
    case 'one':
      return msg(str`${n} event matches the filters`, {id: 'calendar.count.one', desc: 'The number is 1: "1 digwyddiad".'});
    case 'two':
      return msg(str`${n} events match the filters`, {id: 'calendar.count.two', desc: 'The number is 2: soft mutation, "2 ddigwyddiad".'});
    case 'few':
      return msg(str`${n} events match the filters`, {id: 'calendar.count.few', desc: 'The number is 3: "3 digwyddiad".'});
    case 'many':
      return msg(str`${n} events match the filters`, {id: 'calendar.count.many', desc: 'The number is 6: "6 digwyddiad".'});
    case 'other':
    default:
      return msg(str`${n} events match the filters`, {id: 'calendar.count.other', desc: 'Any other number (4, 5, 7, 20...): "o ddigwyddiadau".'});
  }
}

/** "5 events": the count when no filter is chosen (the events in the list, or in the month shown). */
export function totalCount(language: Language, count: number): string {
  const msg = msgIn(language);
  const n = formatCount(count);
  switch (count === 0 ? 'zero' : pluralCategory(count, localeOf(language))) {
    case 'zero':
      return msg('No events', {id: 'calendar.total.zero', desc: 'Count of events shown; the number is 0.'});
    case 'one':
      return msg(str`${n} event`, {id: 'calendar.total.one', desc: 'The number is 1: "1 digwyddiad".'});
    case 'two':
      return msg(str`${n} events`, {id: 'calendar.total.two', desc: 'The number is 2: soft mutation, "2 ddigwyddiad".'});
    case 'few':
      return msg(str`${n} events`, {id: 'calendar.total.few', desc: 'The number is 3: "3 digwyddiad".'});
    case 'many':
      return msg(str`${n} events`, {id: 'calendar.total.many', desc: 'The number is 6: "6 digwyddiad".'});
    case 'other':
    default:
      return msg(str`${n} events`, {id: 'calendar.total.other', desc: 'Any other number (4, 5, 7, 20...): "o ddigwyddiadau".'});
  }
}

// What an event is

export function formatName(language: Language, format: EventFormat): string {
  const msg = msgIn(language);
  switch (format) {
    case 'online':
      return msg('Online', {id: 'calendar.event.format.online'});
    case 'in-person':
      return msg('In person', {id: 'calendar.event.format.in-person'});
    case 'hybrid':
      return msg('Hybrid (in person and online)', {id: 'calendar.event.format.hybrid'});
  }
}

export function languageName(language: Language, held: EventLanguage): string {
  const msg = msgIn(language);
  switch (held) {
    case 'cy':
      return msg('Held in Welsh', {id: 'calendar.event.language.cy'});
    case 'en':
      return msg('Held in English', {id: 'calendar.event.language.en'});
    case 'bilingual':
      return msg('Held bilingually', {id: 'calendar.event.language.bilingual'});
  }
}

/** "Cancelled" / "Fully booked": the short status beside an event's title in the list and the grid; `undefined` for an ordinary scheduled event. */
export function eventStatusLabel(language: Language, status: EventStatus): string | undefined {
  const msg = msgIn(language);
  switch (status) {
    case 'cancelled':
      return msg('Cancelled', {id: 'calendar.event.status.cancelled', desc: "Tag on an event (digwyddiad, masculine): wedi'i ganslo."});
    case 'full':
      return msg('Fully booked', {id: 'calendar.event.status.full'});
    case 'scheduled':
      return undefined;
  }
}

/** The sentence at the top of the details of a cancelled or full event. */
export function eventStatusNotice(language: Language, status: EventStatus): string | undefined {
  const msg = msgIn(language);
  switch (status) {
    case 'cancelled':
      return msg('This event has been cancelled.', {id: 'calendar.details.cancelled'});
    case 'full':
      return msg('This event is fully booked.', {id: 'calendar.details.full'});
    case 'scheduled':
      return undefined;
  }
}

// Details dialog

export const dateLabel = (language: Language): string => msgIn(language)('Date', {id: 'calendar.details.date'});
export const timeLabel = (language: Language): string => msgIn(language)('Time', {id: 'calendar.details.time'});
export const startsLabel = (language: Language): string =>
  msgIn(language)('Starts', {id: 'calendar.details.starts', desc: 'Label before the start date and time of an event that lasts several days.'});
export const endsLabel = (language: Language): string => msgIn(language)('Ends', {id: 'calendar.details.ends', desc: 'Label before the end date and time of an event that lasts several days.'});
export const locationLabel = (language: Language): string => msgIn(language)('Location', {id: 'calendar.details.location'});
export const accessibilityLabel = (language: Language): string => msgIn(language)('Accessibility information', {id: 'calendar.details.accessibility'});
/** Closes the details dialog and the month grid's day panel. */
export const closeLabel = (language: Language): string => msgIn(language)('Close', {id: 'calendar.close'});
export const bookLabel = (language: Language): string => msgIn(language)('Book a place', {id: 'calendar.details.book'});
/** A fully booked event's booking link: it may hold a waiting list or returned places, but promises no place. */
export const bookingPageLabel = (language: Language): string => msgIn(language)('Go to the booking page', {id: 'calendar.details.booking-page'});
export const newTabNote = (language: Language): string => msgIn(language)('(opens in new tab)', {id: 'calendar.details.new-tab'});
export const addToCalendarHeading = (language: Language): string => msgIn(language)('Add to calendar', {id: 'calendar.add.heading'});
export const downloadIcsLabel = (language: Language): string => msgIn(language)('Download calendar file (.ics)', {id: 'calendar.add.download'});
export const googleLabel = (language: Language): string => msgIn(language)('Add to Google Calendar', {id: 'calendar.add.google'});
export const outlookLabel = (language: Language): string => msgIn(language)('Add to Outlook', {id: 'calendar.add.outlook'});

/** Stands for the title of an event that has none (an untitled event in a Google or Outlook calendar). */
export const untitledLabel = (language: Language): string =>
  msgIn(language)('(No title)', {id: 'calendar.event.untitled', desc: 'Shown instead of the title of an event that has none, as Google Calendar does.'});
