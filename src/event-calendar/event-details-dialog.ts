/**
 * The contents of the event details dialog, and "Add to calendar". The
 * element owns the native <dialog> (showModal, focus return); this file only
 * says what is in it.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {localeOf, type Language} from '../core/dom-free/translate.js';
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
  /** The calendar's language, with the author's wording. */
  language: Language;
  timeZone: string;
  onClose: () => void;
}

/** How long a download's Blob URL lives: long enough for the browser to start the download. */
const BLOB_URL_LIFETIME_MS = 60_000;

/**
 * Builds the event's .ics in the page and hands it to the browser as a
 * download. Nothing is built or requested before the reader asks.
 */
export function downloadIcs(event: CalendarEvent, language: Language): void {
  const blob = new Blob([eventToIcs(event, {language})], {type: 'text/calendar;charset=utf-8'});
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = icsFileName(event, language);
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
}

/** The facts the dialog can list; each row is the parts `details-row` and `details-<name>`. */
type DetailsRow = 'date' | 'time' | 'starts' | 'ends' | 'location' | 'region' | 'format' | 'language' | 'audience' | 'accessibility';

const row = (label: string, value: unknown, part: DetailsRow) => html`<div class="fact" part="details-row details-${part}"><dt>${label}</dt><dd>${value}</dd></div>`;

export function renderDetails(event: CalendarEvent, {language, timeZone, onClose}: DetailsOptions): TemplateResult {
  const locale = localeOf(language);
  const when = describeWhen(event, timeZone, language);
  const status = eventStatusNotice(language, event.status);
  const location = event.location;
  // Links were checked when the feed was read (they are SafeUrls): used as they are.
  const locationUrl = location?.url;
  const bookingUrl = event.status === 'cancelled' ? undefined : event.bookingUrl;
  const audience = event.audience ?? [];
  return html`
    <div class="dialog-header">
      <h2 id="dialog-title" class="dialog-title" part="dialog-title" tabindex="-1">${renderText(eventTitle(event, language), locale)}</h2>
      <button type="button" class="secondary close" part="close-button" @click=${onClose}>${closeLabel(language)}</button>
    </div>
    ${status ? html`<p class="status-banner" part="details-status" data-status=${event.status}><strong>${status}</strong></p>` : nothing}
    <dl class="facts" part="details">
      ${
        when.kind === 'one-day'
          ? html`${row(dateLabel(language), when.date, 'date')}${row(timeLabel(language), when.time, 'time')}`
          : html`${row(startsLabel(language), when.starts, 'starts')}${row(endsLabel(language), when.ends, 'ends')}`
      }
      ${
        location
          ? row(
              locationLabel(language),
              html`${locationUrl ? html`<a href=${locationUrl}>${renderText(location.name, locale)}</a>` : renderText(location.name, locale)}
            ${location.address !== undefined ? html`<br /><span class="address">${renderText(location.address, locale)}</span>` : nothing}`,
              'location',
            )
          : nothing
      }
      ${location?.region !== undefined ? row(regionLabel(language), renderText(location.region, locale), 'region') : nothing}
      ${event.format ? row(formatLabel(language), formatName(language, event.format), 'format') : nothing}
      ${event.language ? row(languageLabel(language), languageName(language, event.language), 'language') : nothing}
      ${
        audience.length
          ? row(
              audienceLabel(language),
              audience.length === 1 ? renderText(audience[0], locale) : html`<ul class="audience">${audience.map((a) => html`<li>${renderText(a, locale)}</li>`)}</ul>`,
              'audience',
            )
          : nothing
      }
      ${event.accessibility !== undefined ? row(accessibilityLabel(language), renderText(event.accessibility, locale), 'accessibility') : nothing}
    </dl>
    ${event.description !== undefined ? html`<p class="description" part="description">${renderText(event.description, locale)}</p>` : nothing}
    ${bookingUrl ? renderBooking(language, bookingUrl, event.status === 'full') : nothing}
    ${event.status === 'cancelled' ? nothing : renderAddToCalendar(event, language)}
  `;
}

/**
 * "Book a place"; for a fully booked event, a plain link to the booking page
 * instead (it may have a waiting list or returned places, but a button saying
 * "Book a place" under "This event is fully booked" would contradict it).
 */
function renderBooking(language: Language, url: SafeUrl, full: boolean): TemplateResult {
  return full
    ? html`<p class="booking"><a part="booking-link booking-link-full" href=${url}>${bookingPageLabel(language)}</a></p>`
    : html`<p class="booking"><a class="button-link" part="booking-link" href=${url}>${bookLabel(language)}</a></p>`;
}

function renderAddToCalendar(event: CalendarEvent, language: Language): TemplateResult {
  const external = (href: SafeUrl, label: string, part: 'google-link' | 'outlook-link') =>
    html`<li><a href=${href} target="_blank" rel="noopener noreferrer" part=${part}>${label} <span class="new-tab">${newTabNote(language)}</span></a></li>`;
  return html`<section class="add-to-calendar" part="add-to-calendar" aria-labelledby="add-heading">
    <h3 id="add-heading" class="add-heading">${addToCalendarHeading(language)}</h3>
    <ul class="add-links" role="list">
      <li><button type="button" class="link-button" part="download-ics" @click=${() => downloadIcs(event, language)}>${downloadIcsLabel(language)}</button></li>
      ${external(googleCalendarUrl(event, language), googleLabel(language), 'google-link')}
      ${external(outlookCalendarUrl(event, language), outlookLabel(language), 'outlook-link')}
    </ul>
  </section>`;
}
