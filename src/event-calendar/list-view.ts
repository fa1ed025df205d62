/**
 * The list (agenda) view: events grouped under a heading per day. Only the
 * first `limit` events are rendered, with a "Show more events" button for the
 * rest, so a feed of 10,000 events does not become 10,000 list items.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {html as staticHtml} from 'lit/static-html.js';
import {headingTag} from '../core/element/heading-tag.js';
import {renderText} from '../core/element/render-text.js';
import {fromDayNumber, toIsoDate} from '../core/dom-free/dates/civil-date.js';
import {formatDay} from '../core/dom-free/dates/format-date.js';
import {localeOf, type Language} from '../core/dom-free/translate.js';
import {formatTime} from '../core/dom-free/dates/zoned-time.js';
import {allDayLabel, endsLabel, eventStatusLabel, formatName, languageName, showMoreLabel} from './calendar-messages.js';
import {describeWhen, machineTime, timeOfDay} from './event-when.js';
import {eventDays} from './model/event-days.js';
import type {ListedEvent} from './calendar-model.js';
import {eventTitle} from './event-title.js';
import type {CalendarEvent} from './model/event-types.js';

export interface ListViewOptions {
  events: readonly ListedEvent[];
  limit: number;
  /** The calendar's language, with the author's wording. */
  language: Language;
  timeZone: string;
  /** Level of the day headings (2 to 6). */
  headingLevel: number;
  onOpen: (event: CalendarEvent, trigger: HTMLElement) => void;
  onMore: () => void;
}

interface DayGroup {
  day: number;
  items: {listed: ListedEvent; index: number}[];
}

function groupByDay(events: readonly ListedEvent[]): DayGroup[] {
  const groups: DayGroup[] = [];
  events.forEach((listed, index) => {
    const last = groups[groups.length - 1];
    if (last && last.day === listed.day) last.items.push({listed, index});
    else groups.push({day: listed.day, items: [{listed, index}]});
  });
  return groups;
}

export function renderListView(options: ListViewOptions): TemplateResult {
  const {events, limit, language, headingLevel} = options;
  const locale = localeOf(language);
  const shown = events.slice(0, limit);
  const tag = headingTag(headingLevel);
  return html`
    <ol class="days" part="list">
      ${repeat(
        groupByDay(shown),
        (group) => group.day,
        (group) => {
          const date = fromDayNumber(group.day);
          return html`<li class="day" part="day" data-day=${toIsoDate(date)}>
            ${staticHtml`<${tag} class="day-heading" part="day-heading"><time datetime=${toIsoDate(date)}>${formatDay(date, locale)}</time></${tag}>`}
            <ul class="events" role="list">
              ${repeat(
                group.items,
                ({listed}) => listed.event.id,
                ({listed, index}) => renderItem(listed.event, index, options),
              )}
            </ul>
          </li>`;
        },
      )}
    </ol>
    ${events.length > limit ? html`<p class="more"><button type="button" part="show-more" class="secondary" @click=${options.onMore}>${showMoreLabel(language)}</button></p>` : nothing}
  `;
}

function renderItem(event: CalendarEvent, index: number, {language, timeZone, onOpen}: ListViewOptions): TemplateResult {
  const locale = localeOf(language);
  const status = eventStatusLabel(language, event.status);
  const location = event.location;
  const facts = [event.format ? formatName(language, event.format) : undefined, event.language ? languageName(language, event.language) : undefined].filter(Boolean);
  const {first, last} = eventDays(event, timeZone);
  // An event over several days shows when it starts, and when it ends in words.
  const startTime = event.allDay ? allDayLabel(language) : first === last ? timeOfDay(event, timeZone, language) : formatTime(event.start, timeZone);
  const when = first === last ? undefined : describeWhen(event, timeZone, language);
  return html`<li class="event" part="event" data-status=${event.status} data-id=${event.id}>
    <p class="event-time" part="event-time">
      <time datetime=${machineTime(event.start, event.allDay)}>${startTime}</time>
      ${when?.kind === 'several-days' ? html`<span class="event-ends">${endsLabel(language)}: ${when.ends}</span>` : nothing}
    </p>
    <div class="event-body">
      <p class="event-title">
        <button
          type="button"
          class="event-button"
          part="event-button"
          data-index=${index}
          aria-haspopup="dialog"
          @click=${(e: Event) => onOpen(event, e.currentTarget as HTMLElement)}
        >${renderText(eventTitle(event, language), locale)}</button>
        ${status ? html`<strong class="tag" part="event-status" data-status=${event.status}>${status}</strong>` : nothing}
      </p>
      ${
        location
          ? html`<p class="event-location" part="event-location">
            ${renderText(location.name, locale)}${location.region !== undefined ? html`<span class="region">, ${renderText(location.region, locale)}</span>` : nothing}
          </p>`
          : nothing
      }
      ${facts.length ? html`<p class="event-facts" part="event-facts">${facts.map((fact) => html`<span>${fact}</span>`)}</p>` : nothing}
    </div>
  </li>`;
}
