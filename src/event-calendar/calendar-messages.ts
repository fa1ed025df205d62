import {msg, str} from '@lit/localize';
import {pluralCategory} from '../core/dom-free/plural.js';
import type {FeedStatusText} from '../core/element/feed-status.js';
import type {Locale} from '../core/localization.js';
import type {EventFormat, EventLanguage, EventStatus} from './model/event-types.js';

/*
 * Every sentence the calendar shell shows (list, filters, details dialog).
 * They are called while the calendar renders, so msg() translates into the
 * calendar's own language; outside render wrap them in `locale.translate()`.
 * An event (digwyddiad) is masculine in Welsh: "wedi'i ganslo".
 */

export function calendarLabel(): string {
  return msg('Events', {id: 'calendar.label', desc: 'Accessible name of the whole calendar widget.'});
}

export function feedText(): FeedStatusText {
  return {
    loading: msg('Loading events…', {id: 'calendar.loading'}),
    failed: msg('We could not load the events', {id: 'calendar.failed'}),
    empty: msg('There are no events to show', {id: 'calendar.empty'}),
    someNotShown: msg('Some events could not be shown.', {id: 'calendar.some-not-shown'}),
  };
}

// View switch and list controls

export const viewSwitchLabel = () => msg('View', {id: 'calendar.view.label', desc: 'Name of the Month / List switch.'});
export const monthViewLabel = () => msg('Month', {id: 'calendar.view.month', desc: 'Button that shows the month grid.'});
export const listViewLabel = () => msg('List', {id: 'calendar.view.list', desc: 'Button that shows the events as a list by day.'});
export const showPastLabel = () => msg('Show past events', {id: 'calendar.past.toggle'});
export const showMoreLabel = () => msg('Show more events', {id: 'calendar.list.more', desc: 'Button under the list that shows the next events.'});
export const noUpcomingText = () => msg('There are no upcoming events.', {id: 'calendar.list.no-upcoming'});
export const noMatchText = () => msg('No events match the filters. Clear the filters to see every event.', {id: 'calendar.list.no-match'});
export const allDayLabel = () => msg('All day', {id: 'calendar.time.all-day'});

/** "10:00 to 12:00": both placeholders are times written in digits, so no mutation follows "i". */
export const timeRange = (start: string, end: string) => msg(str`${start} to ${end}`, {id: 'calendar.time.range', desc: 'A start and end time, e.g. 10:00 to 12:00.'});

// Filters

export const filterLegend = () => msg('Filter events', {id: 'calendar.filter.legend'});
export const regionLabel = () => msg('Region', {id: 'calendar.filter.region'});
export const allRegions = () => msg('All regions', {id: 'calendar.filter.region.all'});
export const formatLabel = () => msg('Format', {id: 'calendar.filter.format', desc: 'Whether an event is online, in person or hybrid.'});
export const allFormats = () => msg('All formats', {id: 'calendar.filter.format.all'});
export const audienceLabel = () => msg('Audience', {id: 'calendar.filter.audience', desc: 'Who an event is for.'});
export const allAudiences = () => msg('All audiences', {id: 'calendar.filter.audience.all'});
export const languageLabel = () => msg('Language', {id: 'calendar.filter.language', desc: 'The language an event is held in.'});
export const allLanguages = () => msg('All languages', {id: 'calendar.filter.language.all'});
export const clearFiltersLabel = () => msg('Clear filters', {id: 'calendar.filter.clear'});

/**
 * "10,003": Welsh groups digits as English does (and this browser may lack
 * Welsh number data). Grouped here rather than by toLocaleString: the count is
 * on the first paint, and a page's first Intl.NumberFormat loads ICU data.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) return n.toLocaleString('en-GB');
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * "3 events match the filters". Welsh picks the noun's form by the number
 * (1 digwyddiad, 2 ddigwyddiad, 3 digwyddiad, 6 digwyddiad, 20 o ddigwyddiadau),
 * so there is one whole sentence per plural category.
 */
export function resultCount(count: number, locale: Locale): string {
  const n = formatCount(count);
  // English has no "zero" category, but "No events" reads better than "0 events" in both languages.
  switch (count === 0 ? 'zero' : pluralCategory(count, locale)) {
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
export function totalCount(count: number, locale: Locale): string {
  const n = formatCount(count);
  switch (count === 0 ? 'zero' : pluralCategory(count, locale)) {
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

export function formatName(format: EventFormat): string {
  switch (format) {
    case 'online':
      return msg('Online', {id: 'calendar.event.format.online'});
    case 'in-person':
      return msg('In person', {id: 'calendar.event.format.in-person'});
    case 'hybrid':
      return msg('Hybrid (in person and online)', {id: 'calendar.event.format.hybrid'});
  }
}

export function languageName(language: EventLanguage): string {
  switch (language) {
    case 'cy':
      return msg('Held in Welsh', {id: 'calendar.event.language.cy'});
    case 'en':
      return msg('Held in English', {id: 'calendar.event.language.en'});
    case 'bilingual':
      return msg('Held bilingually', {id: 'calendar.event.language.bilingual'});
  }
}

/** Short status tag in the list; `undefined` for an ordinary scheduled event. */
export function statusTag(status: EventStatus): string | undefined {
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
export function statusSentence(status: EventStatus): string | undefined {
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

export const dateLabel = () => msg('Date', {id: 'calendar.details.date'});
export const timeLabel = () => msg('Time', {id: 'calendar.details.time'});
export const startsLabel = () => msg('Starts', {id: 'calendar.details.starts', desc: 'Label before the start date and time of an event that lasts several days.'});
export const endsLabel = () => msg('Ends', {id: 'calendar.details.ends', desc: 'Label before the end date and time of an event that lasts several days.'});
export const locationLabel = () => msg('Location', {id: 'calendar.details.location'});
export const accessibilityLabel = () => msg('Accessibility information', {id: 'calendar.details.accessibility'});
export const closeLabel = () => msg('Close', {id: 'calendar.details.close'});
export const bookLabel = () => msg('Book a place', {id: 'calendar.details.book'});
/** A fully booked event's booking link: it may hold a waiting list or returned places, but promises no place. */
export const bookingPageLabel = () => msg('Go to the booking page', {id: 'calendar.details.booking-page'});
export const newTabNote = () => msg('(opens in new tab)', {id: 'calendar.details.new-tab'});
export const addToCalendarHeading = () => msg('Add to calendar', {id: 'calendar.add.heading'});
export const downloadIcsLabel = () => msg('Download calendar file (.ics)', {id: 'calendar.add.download'});
export const googleLabel = () => msg('Add to Google Calendar', {id: 'calendar.add.google'});
export const outlookLabel = () => msg('Add to Outlook', {id: 'calendar.add.outlook'});
