import {LitElement, nothing, type PropertyValues} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {html} from 'lit/static-html.js';
import {fromDayNumber, parseIsoDate, toDayNumber, type CivilDate} from '../core/dom-free/dates/civil-date.js';
import {civilDateAt, DEFAULT_TIME_ZONE, zoneOrDefault} from '../core/dom-free/dates/zoned-time.js';
import {headingLevel, subheadingLevel} from '../core/dom-free/heading-level.js';
import {LastValue} from '../core/dom-free/last-value.js';
import {FeedController} from '../core/element/feed-controller.js';
import {renderFeedStatus} from '../core/element/feed-status.js';
import {headingTag} from '../core/element/heading-tag.js';
import {LocaleController, stringsProperty} from '../core/element/locale-controller.js';
import {renderText} from '../core/element/render-text.js';
import {feedStatusStyles, sectionStyles, themeStyles} from '../core/element/theme.js';
import type {Wording} from '../core/dom-free/translate.js';
import {welsh} from '../generated/welsh/event-calendar.js';
import {calendarLabel, feedStatusText, listViewLabel, monthViewLabel, noMatchText, noUpcomingText, resultCount, showPastLabel, totalCount, viewSwitchLabel} from './calendar-messages.js';
import {CalendarModel, type EventTest, type ListedEvent} from './calendar-model.js';
import {DetailsDialogController} from './details-dialog-controller.js';
import {eventCalendarStyles} from './event-calendar.styles.js';
import {renderDetails} from './event-details-dialog.js';
import {explainBlockedFeed} from './feed-hint.js';
import {filtersActive, NO_FILTERS, type FilterState} from './filters.js';
import {renderFilters} from './filters-view.js';
import {renderListView} from './list-view.js';
import {decodeEventFeed} from './model/decode.js';
import type {CalendarEntry, CalendarEvent} from './model/event-types.js';
import {parseEventFeed} from './model/json-feed.js';
import {renderMonthView} from './month-view.js';
import {ViewWidthController, type CalendarView} from './view-width-controller.js';
import type {EventInput, EventsFeedInput} from '../generated/feeds/events.js';
import {EVENT_OPEN, MONTH_CHANGE, type EventOpenDetail, type MonthChangeDetail} from './month-grid/month-grid-api.js';

/** More entries than any engagement calendar has: beyond it the feed is reported, and the rest not shown. */
export const MAX_EVENTS = 20_000;
/** Events the list renders at first, and how many more each "Show more events" adds. */
export const LIST_PAGE_SIZE = 25;

/**
 * The JSON feed, or just its `events` array: types generated from
 * schemas/events.schema.json (src/generated/feeds/). They tell an author's
 * editor what is valid; the reader still checks every item at run time, since
 * a page's script can hand it anything.
 */
export type EventFeedInput = EventsFeedInput | readonly EventInput[];

const isView = (value: unknown): value is CalendarView => value === 'month' || value === 'list';

/**
 * Engagement events from a JSON or iCalendar feed (or several, merged), as a
 * month grid or a list by day, in Welsh or English. Readers filter by region,
 * format, audience and language, open an event's details in a dialog, and add
 * it to their own calendar (.ics download, Google, Outlook).
 *
 * Data, first found wins: the `events` property, a child
 * `<script type="application/json">`, then `src`.
 *
 * The list starts at `initial-date` (default: today); "Show past events"
 * adds the earlier ones. The month grid shows every event of its month. The
 * count above the view (a polite live region) says how many events the view
 * holds, or how many match the filters.
 *
 * @summary A bilingual, accessible calendar of events from JSON or iCalendar feeds.
 *
 * @fires profiad-load - The events were loaded. `detail: {count, problems}`; `problems` lists items that were left out.
 * @fires profiad-error - Nothing could be loaded. `detail: {kind: 'network' | 'timeout' | 'http' | 'format', message, status?, url?, problems}`.
 * @fires profiad-event-select - A reader opened an event. `detail: {event}` (a CalendarEvent). Cancelable: call `preventDefault()` to show the event your own way instead of the built-in dialog.
 *
 * @csspart base - The outer `<section>`.
 * @csspart heading - The feed's title, when it has one.
 * @csspart toolbar - The row holding the view switch and the "Show past events" toggle.
 * @csspart view-switch - The Month / List switch (a group of two buttons).
 * @csspart view-button - Each button of the view switch (`aria-pressed` marks the current one).
 * @csspart past-toggle - The "Show past events" checkbox and its label.
 * @csspart filters - The `<fieldset>` of filters.
 * @csspart filter - Each filter (label and `<select>`).
 * @csspart filter-select - Each filter's `<select>`.
 * @csspart clear-filters - The "Clear filters" button.
 * @csspart result-count - The count of events that match the filters (a polite live region).
 * @csspart list - The list view's `<ol>` of days.
 * @csspart day - A day in the list view.
 * @csspart day-heading - A day's heading in the list view.
 * @csspart event - An event in the list view.
 * @csspart event-time - An event's time in the list view.
 * @csspart event-button - The button (the event's title) that opens its details.
 * @csspart event-status - "Cancelled" / "Fully booked" beside an event's title.
 * @csspart event-location - An event's location and region in the list view.
 * @csspart event-facts - An event's format and language in the list view.
 * @csspart show-more - The "Show more events" button under the list.
 * @csspart no-results - The sentence shown when no event matches.
 * @csspart month - The month view, an internal element whose parts are exported with a `month-` prefix (below).
 * @csspart month-base - The month view's wrapper.
 * @csspart month-toolbar - The month heading and the navigation buttons.
 * @csspart month-heading - The visible month heading ("January 2026").
 * @csspart month-nav-button - Each of the three navigation buttons.
 * @csspart month-previous-button - Also on the previous-month button.
 * @csspart month-today-button - Also on the "Today" button.
 * @csspart month-next-button - Also on the next-month button.
 * @csspart month-grid - The `role="grid"` month.
 * @csspart month-column-header - A day-of-week header.
 * @csspart month-week - A row of seven days.
 * @csspart month-day - A day cell.
 * @csspart month-day-today - Also on today's cell.
 * @csspart month-day-outside - Also on the cells of days of the previous or next month.
 * @csspart month-day-focused - Also on the cell holding the grid's tab stop.
 * @csspart month-day-number - The day of the month in a cell.
 * @csspart month-day-count - The event count shown instead of chips in narrow containers.
 * @csspart month-event-chip - An event's button in a day cell.
 * @csspart month-event-chip-all-day - Also on the chip of an all-day event.
 * @csspart month-event-chip-cancelled - Also on the chip of a cancelled event.
 * @csspart month-event-chip-full - Also on the chip of a fully booked event.
 * @csspart month-event-status - "Cancelled" / "Fully booked" in a chip or in the day panel.
 * @csspart month-more-button - The "+2 more" button of a day with more events than fit.
 * @csspart month-day-panel - The panel listing every event of the day opened.
 * @csspart month-day-panel-heading - The date heading of that panel.
 * @csspart month-day-panel-event - An event's button in that panel.
 * @csspart month-day-panel-close - That panel's close button.
 * @csspart dialog - The details `<dialog>`.
 * @csspart dialog-title - The event's title in the dialog.
 * @csspart close-button - The dialog's Close button.
 * @csspart details-status - The cancelled / fully booked sentence in the dialog.
 * @csspart details - The `<dl>` of facts in the dialog.
 * @csspart details-row - Each fact (a term and its value) in that list; each also has one of the parts below.
 * @csspart details-date - The date of an event within one day.
 * @csspart details-time - The time of an event within one day.
 * @csspart details-starts - When an event over several days starts.
 * @csspart details-ends - When an event over several days ends.
 * @csspart details-location - The venue and its address.
 * @csspart details-region - The region.
 * @csspart details-format - In person, online or hybrid.
 * @csspart details-language - The language the event is held in.
 * @csspart details-audience - Who the event is for.
 * @csspart details-accessibility - Access information.
 * @csspart description - The event's description in the dialog.
 * @csspart booking-link - The "Book a place" link (for a fully booked event, "Go to the booking page", a plain link).
 * @csspart booking-link-full - Also on the booking link of a fully booked event.
 * @csspart add-to-calendar - The "Add to calendar" section.
 * @csspart download-ics - The "Download calendar file (.ics)" button.
 * @csspart google-link - The "Add to Google Calendar" link.
 * @csspart outlook-link - The "Add to Outlook" link.
 * @csspart status - The polite live region that announces loading.
 * @csspart loading - The visible loading message.
 * @csspart error - The error message block.
 * @csspart retry-button - The "Try again" button.
 * @csspart empty - The message shown when the feed has no events.
 * @csspart notice - The notice that some events could not be shown.
 *
 * @cssprop [--profiad-font-family=system-ui, sans-serif] - Font of all text.
 * @cssprop [--profiad-font-size=1rem] - Base font size.
 * @cssprop [--profiad-color-text=#212b32] - Text colour.
 * @cssprop [--profiad-color-text-secondary=#4c6272] - Times, locations and other secondary text; day numbers of other months in the grid.
 * @cssprop [--profiad-color-background=transparent] - Background of the widget.
 * @cssprop [--profiad-color-surface=#f0f4f5] - Background of messages, filters and day headings.
 * @cssprop [--profiad-color-border=#768692] - Borders.
 * @cssprop [--profiad-color-primary=#005eb8] - Buttons and the current view.
 * @cssprop [--profiad-color-primary-hover=#003d78] - Buttons on hover.
 * @cssprop [--profiad-color-on-primary=#ffffff] - Text on buttons.
 * @cssprop [--profiad-color-link=#005eb8] - Links and event titles.
 * @cssprop [--profiad-color-link-visited=#330072] - Visited links.
 * @cssprop [--profiad-color-error=#d5281b] - Error border; cancelled events in the month grid.
 * @cssprop [--profiad-color-cancelled=var(--profiad-color-error)] - "Cancelled" tag and banner in the list and the dialog.
 * @cssprop [--profiad-color-full=#7c2855] - "Fully booked" tag and banner.
 * @cssprop [--profiad-color-backdrop=rgb(33 43 50 / 0.6)] - Behind the details dialog.
 * @cssprop [--profiad-color-dialog-background=#ffffff] - Background of the details dialog.
 * @cssprop [--profiad-focus-color=#ffeb3b] - Focus highlight.
 * @cssprop [--profiad-focus-outline=#212b32] - Focus outline.
 * @cssprop [--profiad-radius=4px] - Corner radius.
 * @cssprop [--profiad-space=1rem] - Base spacing.
 *
 * @tagname profiad-event-calendar
 */
export class ProfiadEventCalendar extends LitElement {
  static override styles = [themeStyles, sectionStyles, feedStatusStyles, eventCalendarStyles];

  /**
   * The events, as a JS property: an array of events, or a whole feed
   * `{title?, events}` (schemas/events.schema.json). Wins over inline JSON and `src`.
   */
  @property({attribute: false})
  events?: EventFeedInput;

  /**
   * URL of a feed: JSON (schemas/events.schema.json) or iCalendar (`.ics`,
   * `text/calendar`). Several URLs separated by spaces are merged into one
   * calendar. A feed on another site must send `Access-Control-Allow-Origin`.
   */
  @property({reflect: true})
  src?: string;

  /** `month` or `list`. Without it the calendar shows the list in containers narrower than 640px and the month grid in wider ones. Readers can switch either way. */
  @property({reflect: true})
  view?: CalendarView;

  /** The date the calendar opens at, `YYYY-MM-DD`: the month grid shows its month, and the list starts on it. Defaults to today. */
  @property({attribute: 'initial-date'})
  initialDate?: string;

  /** Earliest date shown, `YYYY-MM-DD`: events that end before it are hidden, and the month grid cannot go before its month. */
  @property({attribute: 'min-date'})
  minDate?: string;

  /** Latest date shown, `YYYY-MM-DD`: events that start after it are hidden, and the month grid cannot go past its month. */
  @property({attribute: 'max-date'})
  maxDate?: string;

  /** IANA time zone in which times are shown and events placed on days; also the zone of feed times written without one. */
  @property({attribute: 'time-zone'})
  timeZone = DEFAULT_TIME_ZONE;

  /** Milliseconds to wait for each `src` feed before showing an error with a retry button. */
  @property({type: Number})
  timeout = 15000;

  /** Level (1 to 6) of the calendar's heading, so it fits the page's outline. Day and month headings are one level below the feed's title, or at this level when the feed has none. */
  @property({attribute: 'heading-level', type: Number, reflect: true})
  headingLevel = 2;

  /** The date the calendar treats as today, `YYYY-MM-DD`. Defaults to the reader's current date in `time-zone`. For previews and tests. */
  @property()
  today?: string;

  /**
   * Your own wording in place of profiad's, by message id, in either language
   * or both: `{"month.today": {"en": "This month", "cy": "Y mis hwn"}}` (in a
   * message with values, `{0}`, `{1}` stand for them), in the list, the month
   * grid and the dialog. As an attribute, JSON. An id the calendar does not
   * show is reported in the console and ignored.
   */
  @property(stringsProperty)
  strings?: Wording;

  /** The view the reader chose with the switch; wins over `view` until `view` changes. */
  @state() private chosenView?: CalendarView;
  @state() private showPast = false;
  @state() private filters: FilterState = NO_FILTERS;
  @state() private listLimit = LIST_PAGE_SIZE;
  /** The month the grid shows. */
  @state() private shownMonth?: {year: number; month: number};

  @query('dialog') private dialog?: HTMLDialogElement;

  private readonly locale = new LocaleController(this, [welsh]);
  private readonly width = new ViewWidthController(this);
  private readonly details = new DetailsDialogController(this, {
    dialog: () => this.dialog ?? null,
    fallbackFocus: () => this.renderRoot.querySelector<HTMLElement>('.base'),
  });

  private readonly feed = new FeedController<CalendarEntry>(this, {
    property: () => this.events,
    src: () => this.src,
    timeout: () => this.timeout,
    parse: (body, origin) => parseEventFeed(body, origin, this.zone),
    decode: decodeEventFeed,
    maxItems: MAX_EVENTS,
  });

  /** Index of the first event "Show more" revealed, to move focus to it. */
  private focusIndexAfterRender?: number;
  /** The model, built again only when the feed, the zone or the days shown change (see calendar-model.ts). */
  private readonly modelMemo = new LastValue<CalendarModel>();

  constructor() {
    super();
    this.addEventListener('profiad-error', (event) => {
      if (event.target === this) explainBlockedFeed(this, event.detail);
    });
    // The month grid's events are composed: they reach the host, and stop here.
    this.addEventListener(EVENT_OPEN, (event) => this.onGridOpen(event as CustomEvent<EventOpenDetail>));
    this.addEventListener(MONTH_CHANGE, (event) => this.onMonthChange(event as CustomEvent<MonthChangeDetail>));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated && !isView(this.view)) this.width.measureNow();
    if (changed.has('view') && this.hasUpdated) this.chosenView = undefined;
    if (changed.has('timeZone') && this.hasUpdated) this.feed.retry();
    // A new initial-date takes the grid back to its month.
    if (changed.has('initialDate') && this.hasUpdated) this.shownMonth = undefined;
  }

  protected override updated(): void {
    if (this.focusIndexAfterRender !== undefined) {
      const index = this.focusIndexAfterRender;
      this.focusIndexAfterRender = undefined;
      this.renderRoot.querySelector<HTMLElement>(`[part~="event-button"][data-index="${index}"]`)?.focus();
    }
  }

  /** The view shown now. */
  get currentView(): CalendarView {
    return this.chosenView ?? (isView(this.view) ? this.view : this.width.view);
  }

  private get zone(): string {
    return zoneOrDefault(this.timeZone);
  }

  private get todayDate(): CivilDate {
    return (this.today && parseIsoDate(this.today)) || civilDateAt(Date.now(), this.zone);
  }

  private get minDay(): number | undefined {
    const date = this.minDate ? parseIsoDate(this.minDate) : undefined;
    return date && toDayNumber(date);
  }

  private get maxDay(): number | undefined {
    const date = this.maxDate ? parseIsoDate(this.maxDate) : undefined;
    return date && toDayNumber(date);
  }

  /** The day the list starts on (unless past events are shown): `initial-date`, else today; never outside min/max. */
  private get startDay(): number {
    const initial = this.initialDate ? parseIsoDate(this.initialDate) : undefined;
    let day = toDayNumber(initial ?? this.todayDate);
    if (this.minDay !== undefined) day = Math.max(day, this.minDay);
    return day;
  }

  /** The month the grid shows: where the reader went, else the month of the list's first day (within max-date). */
  private get month(): {year: number; month: number} {
    if (this.shownMonth) return this.shownMonth;
    const {year, month} = fromDayNumber(this.maxDay !== undefined ? Math.min(this.startDay, this.maxDay) : this.startDay);
    return {year, month};
  }

  /** The calendar's one model for the feed, zone and days shown. */
  private get model(): CalendarModel {
    const entries = this.feed.items;
    const {zone: timeZone, minDay, maxDay, startDay} = this;
    return this.modelMemo.get([entries, timeZone, minDay, maxDay, startDay], () => new CalendarModel(entries, {timeZone, minDay, maxDay, startDay}));
  }

  override render() {
    const {locale, language} = this.locale;
    const title = this.feed.title;
    const level = headingLevel(this.headingLevel);
    const innerLevel = title ? subheadingLevel(level) : level;
    const heading = headingTag(level);
    return html`
      <section class="base" part="base" lang=${locale} tabindex="-1" aria-labelledby=${title ? 'heading' : nothing} aria-label=${title ? nothing : calendarLabel(language)}>
        ${title ? html`<${heading} id="heading" class="heading" part="heading">${renderText(title, locale)}</${heading}>` : nothing}
        ${renderFeedStatus(this.feed, language, feedStatusText(language), () => this.retry())}
        ${this.feed.state === 'ready' ? this.renderCalendar(innerLevel) : nothing}
        <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.details.onClose} @click=${this.details.onClick}>
          ${this.details.selected ? renderDetails(this.details.selected, {language, timeZone: this.zone, onClose: () => this.closeDetails()}) : nothing}
        </dialog>
      </section>
    `;
  }

  private renderCalendar(level: number) {
    const {locale, language} = this.locale;
    const view = this.currentView;
    const model = this.model;
    const options = model.filterOptions(locale);
    const matches = model.filterTest(this.filters);
    const {year, month} = this.month;
    const listed = view === 'list' ? model.list(locale, this.showPast ? -Infinity : this.startDay, matches) : [];
    const count = view === 'list' ? listed.length : model.month(year, month, matches).count;
    return html`
      <div class="toolbar" part="toolbar">
        <div class="view-switch" part="view-switch" role="group" aria-label=${viewSwitchLabel(language)}>
          ${(['month', 'list'] as const).map(
            (v) => html`<button type="button" part="view-button" class="view-button" data-view=${v} aria-pressed=${view === v ? 'true' : 'false'} @click=${() => this.chooseView(v)}>
              ${v === 'month' ? monthViewLabel(language) : listViewLabel(language)}
            </button>`,
          )}
        </div>
        ${
          view === 'list'
            ? html`<label class="past-toggle" part="past-toggle">
              <input type="checkbox" .checked=${this.showPast} @change=${this.onPastToggle} />
              ${showPastLabel(language)}
            </label>`
            : nothing
        }
      </div>
      ${renderFilters({options, chosen: this.filters, language, onChange: (key, value) => this.chooseFilter(key, value), onClear: () => this.clearFilters()})}
      <p class="result-count" part="result-count" role="status" aria-live="polite">
        ${filtersActive(this.filters) ? resultCount(language, count) : totalCount(language, count)}
      </p>
      ${view === 'list' ? this.renderList(listed, level) : this.renderMonth(model, matches, level)}
    `;
  }

  private renderList(listed: ListedEvent[], level: number) {
    const {language} = this.locale;
    if (!listed.length) {
      return html`<p class="no-results feed-message" part="no-results">${filtersActive(this.filters) ? noMatchText(language) : noUpcomingText(language)}</p>`;
    }
    return renderListView({
      events: listed,
      limit: this.listLimit,
      language,
      timeZone: this.zone,
      headingLevel: level,
      onOpen: (event, trigger) => void this.openDetails(event, trigger),
      onMore: () => this.showMore(),
    });
  }

  private renderMonth(model: CalendarModel, matches: EventTest, level: number) {
    const {year, month} = this.month;
    const {minDay, maxDay} = this;
    const initial = this.initialDate ? parseIsoDate(this.initialDate) : undefined;
    return renderMonthView({
      model,
      filter: matches,
      year,
      month,
      today: this.todayDate,
      initialDate: initial,
      minDate: minDay === undefined ? undefined : fromDayNumber(minDay),
      maxDate: maxDay === undefined ? undefined : fromDayNumber(maxDay),
      headingLevel: level,
      wording: this.locale.language.wording,
    });
  }

  private chooseView(view: CalendarView): void {
    this.chosenView = view;
  }

  private onPastToggle(event: Event): void {
    this.showPast = (event.target as HTMLInputElement).checked;
    this.listLimit = LIST_PAGE_SIZE;
  }

  private chooseFilter(key: keyof FilterState, value: string): void {
    this.filters = {...this.filters, [key]: value};
    this.listLimit = LIST_PAGE_SIZE;
  }

  private clearFilters(): void {
    this.filters = NO_FILTERS;
    this.listLimit = LIST_PAGE_SIZE;
    // The button goes away; keep focus at the start of the filters.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="filter-select"]')?.focus());
  }

  private showMore(): void {
    this.focusIndexAfterRender = this.listLimit;
    this.listLimit += LIST_PAGE_SIZE;
  }

  private retry(): void {
    this.feed.retry();
    // The button goes away while loading; keep keyboard focus inside the widget.
    this.renderRoot.querySelector<HTMLElement>('.base')?.focus();
  }

  private onGridOpen(event: CustomEvent<EventOpenDetail>): void {
    event.stopPropagation();
    void this.openDetails(event.detail.event, event.detail.trigger);
  }

  private onMonthChange(event: CustomEvent<MonthChangeDetail>): void {
    event.stopPropagation();
    this.shownMonth = {year: event.detail.year, month: event.detail.month};
  }

  /**
   * Opens an event's details: fires `profiad-event-select` (an author may
   * cancel it to show the event their own way), then the modal dialog, with
   * focus on its title. Focus goes back to `trigger` when it closes.
   */
  openDetails(event: CalendarEvent, trigger?: HTMLElement): Promise<void> {
    return this.details.open(event, trigger);
  }

  /** Closes the details dialog (focus returns to what opened it). */
  closeDetails(): void {
    this.details.close();
  }
}
