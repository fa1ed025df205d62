/**
 * The contents of the event details dialog, and "Add to calendar". The
 * element owns the native <dialog> (showModal, focus return); this file only
 * says what is in it.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {Locale} from '../core/dom-free/locale.js';
import {renderText} from '../core/element/render-text.js';
import type {SafeUrl} from '../core/dom-free/safe-url.js';
import {
  accessibilityLabel,
  addToCalendarHeading,
  audienceLabel,
  bookingPageLabel,
  bookLabel,
  closeLabel,
  dateLabel,
  downloadIcsLabel,
  endsLabel,
  eventStatusNotice,
  formatLabel,
  formatName,
  googleLabel,
  languageLabel,
  languageName,
  locationLabel,
  newTabNote,
  outlookLabel,
  regionLabel,
  startsLabel,
  timeLabel,
} from './calendar-messages.js';
import {describeWhen} from './event-when.js';
import {eventTitle} from './event-title.js';
import {eventToIcs, googleCalendarUrl, icsFileName, outlookCalendarUrl} from './model/add-to-calendar.js';
import type {CalendarEvent} from './model/event-types.js';

export interface DetailsOptions {
  locale: Locale;
  timeZone: string;
  onClose: () => void;
}

/** How long a download's Blob URL lives: long enough for the browser to start the download. */
const BLOB_URL_LIFETIME_MS = 60_000;

/**
 * Builds the event's .ics in the page and hands it to the browser as a
 * download. Nothing is built or requested before the reader asks.
 */
export function downloadIcs(event: CalendarEvent, locale: Locale): void {
  const blob = new Blob([eventToIcs(event, {locale})], {type: 'text/calendar;charset=utf-8'});
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = icsFileName(event, locale);
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
}

/** The facts the dialog can list; each row is the parts `details-row` and `details-<name>`. */
type DetailsRow = 'date' | 'time' | 'starts' | 'ends' | 'location' | 'region' | 'format' | 'language' | 'audience' | 'accessibility';

const row = (label: string, value: unknown, part: DetailsRow) =>
  html`<div class="fact" part="details-row details-${part}"><dt>${label}</dt><dd>${value}</dd></div>`;

export function renderDetails(event: CalendarEvent, {locale, timeZone, onClose}: DetailsOptions): TemplateResult {
  const when = describeWhen(event, timeZone, locale);
  const status = eventStatusNotice(locale, event.status);
  const location = event.location;
  // Links were checked when the feed was read (they are SafeUrls): used as they are.
  const locationUrl = location?.url;
  const bookingUrl = event.status === 'cancelled' ? undefined : event.bookingUrl;
  const audience = event.audience ?? [];
  return html`
    <div class="dialog-header">
      <h2 id="dialog-title" class="dialog-title" part="dialog-title" tabindex="-1">${renderText(eventTitle(event, locale), locale)}</h2>
      <button type="button" class="secondary close" part="close-button" @click=${onClose}>${closeLabel(locale)}</button>
    </div>
    ${status ? html`<p class="status-banner" part="details-status" data-status=${event.status}><strong>${status}</strong></p>` : nothing}
    <dl class="facts" part="details">
      ${when.kind === 'one-day'
        ? html`${row(dateLabel(locale), when.date, 'date')}${row(timeLabel(locale), when.time, 'time')}`
        : html`${row(startsLabel(locale), when.starts, 'starts')}${row(endsLabel(locale), when.ends, 'ends')}`}
      ${location
        ? row(
            locationLabel(locale),
            html`${locationUrl ? html`<a href=${locationUrl}>${renderText(location.name, locale)}</a>` : renderText(location.name, locale)}
            ${location.address !== undefined ? html`<br /><span class="address">${renderText(location.address, locale)}</span>` : nothing}`,
            'location',
          )
        : nothing}
      ${location?.region !== undefined ? row(regionLabel(locale), renderText(location.region, locale), 'region') : nothing}
      ${event.format ? row(formatLabel(locale), formatName(locale, event.format), 'format') : nothing}
      ${event.language ? row(languageLabel(locale), languageName(locale, event.language), 'language') : nothing}
      ${audience.length
        ? row(
            audienceLabel(locale),
            audience.length === 1
              ? renderText(audience[0], locale)
              : html`<ul class="audience">${audience.map((a) => html`<li>${renderText(a, locale)}</li>`)}</ul>`,
            'audience',
          )
        : nothing}
      ${event.accessibility !== undefined ? row(accessibilityLabel(locale), renderText(event.accessibility, locale), 'accessibility') : nothing}
    </dl>
    ${event.description !== undefined ? html`<p class="description" part="description">${renderText(event.description, locale)}</p>` : nothing}
    ${bookingUrl ? renderBooking(locale, bookingUrl, event.status === 'full') : nothing}
    ${event.status === 'cancelled' ? nothing : renderAddToCalendar(event, locale)}
  `;
}

/**
 * "Book a place"; for a fully booked event, a plain link to the booking page
 * instead (it may have a waiting list or returned places, but a button saying
 * "Book a place" under "This event is fully booked" would contradict it).
 */
function renderBooking(locale: Locale, url: SafeUrl, full: boolean): TemplateResult {
  return full
    ? html`<p class="booking"><a part="booking-link booking-link-full" href=${url}>${bookingPageLabel(locale)}</a></p>`
    : html`<p class="booking"><a class="button-link" part="booking-link" href=${url}>${bookLabel(locale)}</a></p>`;
}

function renderAddToCalendar(event: CalendarEvent, locale: Locale): TemplateResult {
  const external = (href: SafeUrl, label: string, part: 'google-link' | 'outlook-link') =>
    html`<li><a href=${href} target="_blank" rel="noopener noreferrer" part=${part}>${label} <span class="new-tab">${newTabNote(locale)}</span></a></li>`;
  return html`<section class="add-to-calendar" part="add-to-calendar" aria-labelledby="add-heading">
    <h3 id="add-heading" class="add-heading">${addToCalendarHeading(locale)}</h3>
    <ul class="add-links" role="list">
      <li><button type="button" class="link-button" part="download-ics" @click=${() => downloadIcs(event, locale)}>${downloadIcsLabel(locale)}</button></li>
      ${external(googleCalendarUrl(event, locale), googleLabel(locale), 'google-link')}
      ${external(outlookCalendarUrl(event, locale), outlookLabel(locale), 'outlook-link')}
    </ul>
  </section>`;
}
