import {html, LitElement, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {html as staticHtml} from 'lit/static-html.js';
import {daysInMonth, fromDayNumber, toDayNumber, toIsoDate, type CivilDate} from '../../core/dom-free/dates/civil-date.js';
import {civilDateAt, DEFAULT_TIME_ZONE, formatTime} from '../../core/dom-free/dates/zoned-time.js';
import {headingLevel, subheadingLevel} from '../../core/dom-free/heading-level.js';
import {LastValue} from '../../core/dom-free/last-value.js';
import type {Locale} from '../../core/dom-free/locale.js';
import {localeOf, type Language, type Wording} from '../../core/dom-free/translate.js';
import {headingTag} from '../../core/element/heading-tag.js';
import {LocaleController} from '../../core/element/locale-controller.js';
import {renderMessageWithText, renderText} from '../../core/element/render-text.js';
import {themeStyles} from '../../core/element/theme.js';
import {allDayLabel, closeLabel, eventStatusLabel} from '../calendar-messages.js';
import {CalendarModel, type EventTest, type MonthDays} from '../calendar-model.js';
import {eventTitle} from '../event-title.js';
import type {CalendarEvent} from '../model/event-types.js';
import {addMonths, cellSpan, GRID_DAYS, mondayIndex, type MonthRange} from '../model/month-range.js';
import {calendarMonthStyles} from './calendar-month.styles.js';
import {dayLabel, monthTitle, weekdayNames} from './month-format.js';
import {EVENT_OPEN, MONTH_CHANGE, type EventOpenDetail, type MonthChangeDetail} from './month-grid-api.js';
import {continuesLabel, dayName, eventName, moreName, moreVisibleText, nextMonthLabel, noEventsOnDayText, previousMonthLabel, todayButtonLabel} from './month-messages.js';

/** Months counted from year 0, so two months compare with < and >. */
const monthIndex = (year: number, month: number) => year * 12 + month - 1;

/** What to focus once the next render is on screen. */
type PendingFocus = {kind: 'cell'} | {kind: 'panel'; index: number};

/**
 * One month of events as an ARIA grid (internal view of
 * `<profiad-event-calendar>`; the shell sets its properties, see
 * month-grid-api.ts).
 *
 * Keyboard, as in the WAI-ARIA date picker grid: one tab stop on the focused
 * day; arrows move by day and week (into the next or previous month at its
 * edges), Home/End to the start/end of the week, PageUp/PageDown by month
 * (Shift: by year), Enter or Space opens the day's panel with all its events,
 * Escape closes it and returns to the day. Tab from the focused day goes
 * through that day's events, then through the open day's panel.
 *
 * Only the six visible weeks are rendered, with at most `maxEventsPerDay`
 * chips a day and a "+N more" button for the rest, so the DOM stays the same
 * size whatever the feed holds.
 *
 * @fires profiad-calendar-event-open - An event chip was activated. `detail: {event, trigger}` (EventOpenDetail).
 * @fires profiad-calendar-month-change - The grid moved to another month itself. `detail: {year, month}` (MonthChangeDetail).
 *
 * @csspart base - The wrapper of the whole view.
 * @csspart month-toolbar - The heading and the navigation buttons.
 * @csspart month-heading - The visible month heading ("January 2026").
 * @csspart nav-button - Each of the three navigation buttons; also `previous-button`, `today-button`, `next-button`.
 * @csspart grid - The `role="grid"` month.
 * @csspart column-header - A day-of-week header.
 * @csspart week - A row of seven days.
 * @csspart day - A day cell; also `day-today`, `day-outside` (a day of the previous or next month), `day-focused` (the tab stop).
 * @csspart day-number - The day of the month in a cell.
 * @csspart day-count - The event count shown instead of chips in narrow containers.
 * @csspart event-chip - An event button in a day cell; also `event-chip-all-day`, `event-chip-cancelled`, `event-chip-full`.
 * @csspart event-status - The "Cancelled" / "Fully booked" word in a chip or panel event.
 * @csspart more-button - The "+N more" button.
 * @csspart day-panel - The panel listing all events of the opened day.
 * @csspart day-panel-heading - The date heading of the panel.
 * @csspart day-panel-event - An event button in the panel.
 * @csspart day-panel-close - The panel's close button.
 *
 * @cssprop [--profiad-color-primary=#005eb8] - Buttons, all-day events and today's marker.
 * @cssprop [--profiad-color-on-primary=#ffffff] - Text on primary colour.
 * @cssprop [--profiad-color-surface=#f0f4f5] - Days of other months, timed event chips, the day panel.
 * @cssprop [--profiad-color-border=#768692] - Grid lines.
 * @cssprop [--profiad-color-text-secondary=#4c6272] - Day numbers of other months.
 * @cssprop [--profiad-color-error=#d5281b] - Marks cancelled events (with the word "Cancelled").
 * @cssprop [--profiad-focus-color=#ffeb3b] - Focus highlight.
 * @cssprop [--profiad-focus-outline=#212b32] - Focus outline.
 * @cssprop [--profiad-radius=4px] - Corner radius.
 * @cssprop [--profiad-space=1rem] - Base spacing.
 *
 * @customElement profiad-calendar-month
 * @internal Rendered only by <profiad-event-calendar>, which documents and exports its parts with a `month-` prefix; left out of custom-elements.json.
 */
export class ProfiadCalendarMonth extends LitElement {
  static override styles = [themeStyles, calendarMonthStyles];

  /** The calendar's model, which holds the events and their time zone (see month-grid-api.ts). */
  @property({attribute: false})
  model?: CalendarModel;

  /** Which occurrences to show (the reader's filters). */
  @property({attribute: false})
  filter?: EventTest;

  /** The year shown; defaults to today's. The grid changes it on navigation and fires MONTH_CHANGE. */
  @property({type: Number})
  year?: number;

  /** The month shown, 1 to 12; defaults to today's. */
  @property({type: Number})
  month?: number;

  /** The reader's today in the model's time zone; defaults to the current date there. */
  @property({attribute: false})
  today?: CivilDate;

  /** The day that holds the tab stop when its month is shown (the calendar's initial-date); else today, when shown, else the 1st. */
  @property({attribute: false})
  initialDate?: CivilDate;

  /** First day a reader can navigate to. */
  @property({attribute: false})
  minDate?: CivilDate;

  /** Last day a reader can navigate to. */
  @property({attribute: false})
  maxDate?: CivilDate;

  /** Level (1 to 6) of the month heading; the day panel's heading is one below. */
  @property({attribute: 'heading-level', type: Number})
  headingLevel = 2;

  /** Event chips shown in a day before the rest go behind "+N more". */
  @property({attribute: 'max-events-per-day', type: Number})
  maxEventsPerDay = 3;

  /** The calendar's author wording (its `strings`, checked against its ids, which include the grid's): the grid's messages use it. */
  @property({attribute: false})
  strings?: Wording;

  /** Day number (see civil-date.ts) of the day holding the grid's tab stop. */
  @state() private focusedDay?: number;
  /** Day number whose panel is open, if any. */
  @state() private openDay?: number;
  /** What the polite live region says: the new month after navigation. */
  @state() private announcement = '';

  private readonly locale = new LocaleController(this);
  private pendingFocus?: PendingFocus;
  private renderedLocale?: Locale;
  /** The open panel's day, sorted (see panelEvents). */
  private readonly panelDay = new LastValue<CalendarEvent[]>();
  private todayCache?: {zone: string; at: number; day: number};

  /** Moves the tab stop (and focus) to a date, changing month if it is in another one. */
  focusDate(date: CivilDate): void {
    this.moveTo(toDayNumber(date), true);
  }

  /** The model shown: the calendar's, or none yet (an empty month). */
  private get data(): CalendarModel {
    return this.model ?? emptyModel();
  }

  /** The zone events are placed and timed in: the model's. */
  private get zone(): string {
    return this.data.timeZone;
  }

  private get todayDay(): number {
    if (this.today) return toDayNumber(this.today);
    const now = Date.now();
    // civilDateAt builds an Intl formatter: ask at most once a minute.
    if (!this.todayCache || this.todayCache.zone !== this.zone || now - this.todayCache.at > 60_000) {
      this.todayCache = {zone: this.zone, at: now, day: toDayNumber(civilDateAt(now, this.zone))};
    }
    return this.todayCache.day;
  }

  private get minDay(): number {
    return this.minDate ? toDayNumber(this.minDate) : -Infinity;
  }

  private get maxDay(): number {
    return this.maxDate ? toDayNumber(this.maxDate) : Infinity;
  }

  private get viewIndex(): number {
    return monthIndex(this.year!, this.month!);
  }

  private get canGoBack(): boolean {
    return !this.minDate || this.viewIndex > monthIndex(this.minDate.year, this.minDate.month);
  }

  private get canGoForward(): boolean {
    return !this.maxDate || this.viewIndex < monthIndex(this.maxDate.year, this.maxDate.month);
  }

  private get todayAllowed(): boolean {
    const today = this.todayDay;
    return today >= this.minDay && today <= this.maxDay;
  }

  private inViewMonth(day: number): boolean {
    const date = fromDayNumber(day);
    return date.year === this.year && date.month === this.month;
  }

  /** The tab stop for the shown month: the wanted day if allowed, else the nearest allowed day in the month. */
  private placeFocus(wanted: number): number {
    const clamped = Math.min(Math.max(wanted, this.minDay), this.maxDay);
    return this.inViewMonth(clamped) ? clamped : wanted;
  }

  protected override willUpdate(): void {
    if (!Number.isInteger(this.year) || !Number.isInteger(this.month) || this.month! < 1 || this.month! > 12) {
      const today = fromDayNumber(this.todayDay);
      this.year = today.year;
      this.month = today.month;
    }
    const year = this.year!;
    const month = this.month!;
    if (this.focusedDay === undefined || !this.inViewMonth(this.focusedDay)) {
      // A month set from outside: initial-date if it is in it, else today, else the same day of the month as before, else the 1st.
      let wanted = toDayNumber({year, month, day: 1});
      const initial = this.initialDate ? toDayNumber(this.initialDate) : undefined;
      if (initial !== undefined && this.inViewMonth(initial)) wanted = initial;
      else if (this.inViewMonth(this.todayDay)) wanted = this.todayDay;
      else if (this.focusedDay !== undefined) wanted = toDayNumber({year, month, day: Math.min(fromDayNumber(this.focusedDay).day, daysInMonth(year, month))});
      this.focusedDay = this.placeFocus(wanted);
    }
    // The panel always belongs to the day holding the tab stop.
    if (this.openDay !== undefined && this.openDay !== this.focusedDay) this.openDay = undefined;
    // An announcement in the previous language must not be re-read in the new one.
    if (this.renderedLocale !== undefined && this.renderedLocale !== this.locale.locale) this.announcement = '';
    this.renderedLocale = this.locale.locale;
  }

  /** The month's days, as the model has them (it computes them again only when the data, filter or month changed). */
  private monthDays(): MonthDays {
    return this.data.month(this.year!, this.month!, this.filter ?? SHOW_ALL);
  }

  // ---- navigation ---------------------------------------------------------

  /** Moves the tab stop to `day` (clamped to min/max), switching month when needed. */
  private moveTo(day: number, focus: boolean): void {
    const target = Math.min(Math.max(day, this.minDay), this.maxDay);
    const date = fromDayNumber(target);
    if (date.year !== this.year || date.month !== this.month) this.showMonth(date.year, date.month);
    this.focusedDay = target;
    if (focus) this.focusAfterRender({kind: 'cell'});
  }

  /** Focus something once the next render is done (and make sure there is one: the state may not have changed). */
  private focusAfterRender(target: PendingFocus): void {
    this.pendingFocus = target;
    this.requestUpdate();
  }

  /** Shows another month, announces it, and tells the shell. */
  private showMonth(year: number, month: number): void {
    if (year === this.year && month === this.month) return;
    const previousFocus = this.focusedDay;
    this.year = year;
    this.month = month;
    if (previousFocus !== undefined) {
      const from = fromDayNumber(previousFocus);
      this.focusedDay = this.placeFocus(toDayNumber(addMonths(from, monthIndex(year, month) - monthIndex(from.year, from.month))));
    }
    this.announcement = monthTitle(year, month, this.locale.locale);
    this.dispatchEvent(new CustomEvent<MonthChangeDetail>(MONTH_CHANGE, {detail: {year, month}, bubbles: true, composed: true}));
  }

  private previousMonth(): void {
    if (!this.canGoBack) return;
    const {year, month} = addMonths({year: this.year!, month: this.month!, day: 1}, -1);
    this.showMonth(year, month);
  }

  private nextMonth(): void {
    if (!this.canGoForward) return;
    const {year, month} = addMonths({year: this.year!, month: this.month!, day: 1}, 1);
    this.showMonth(year, month);
  }

  private goToToday(): void {
    if (!this.todayAllowed) return;
    this.moveTo(this.todayDay, false);
  }

  /** Opens a day's panel and focuses its event number `focusIndex` (the panel itself when the day has none). */
  private openPanel(day: number, focusIndex: number): void {
    this.moveTo(day, false);
    this.openDay = this.focusedDay;
    this.focusAfterRender({kind: 'panel', index: focusIndex});
  }

  private closePanel(): void {
    this.openDay = undefined;
    this.focusAfterRender({kind: 'cell'});
  }

  // ---- events ---------------------------------------------------------------

  private onGridKeydown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (!target.classList.contains('day-button')) {
      // From an event chip, Escape goes back to its day.
      const dayButton = target.closest('[role=gridcell]')?.querySelector<HTMLElement>('.day-button');
      if (event.key === 'Escape' && dayButton) {
        event.preventDefault();
        dayButton.focus();
      }
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // The day whose button has focus (normally the tab stop; a day of the next or previous month after Escape from its chip).
    const day = Number(target.closest<HTMLElement>('[role=gridcell]')!.dataset.day);
    const date = fromDayNumber(day);
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowLeft':
        next = day - 1;
        break;
      case 'ArrowRight':
        next = day + 1;
        break;
      case 'ArrowUp':
        next = day - 7;
        break;
      case 'ArrowDown':
        next = day + 7;
        break;
      case 'Home':
        next = day - mondayIndex(day);
        break;
      case 'End':
        next = day + 6 - mondayIndex(day);
        break;
      case 'PageUp':
        next = toDayNumber(addMonths(date, event.shiftKey ? -12 : -1));
        break;
      case 'PageDown':
        next = toDayNumber(addMonths(date, event.shiftKey ? 12 : 1));
        break;
      case 'Enter':
      case ' ':
        // Handled on keydown (not left to the button's click) so the key does not also reach the panel.
        event.preventDefault();
        this.openPanel(day, 0);
        return;
      case 'Escape':
        if (this.openDay !== undefined) {
          event.preventDefault();
          this.closePanel();
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    this.moveTo(next, true);
  }

  private onGridClick(event: MouseEvent): void {
    const target = event.target as HTMLElement;
    const cell = target.closest<HTMLElement>('[role=gridcell]');
    if (!cell) return;
    const cellIndex = Number(cell.dataset.index);
    const day = Number(cell.dataset.day);
    const chip = target.closest<HTMLButtonElement>('button.chip');
    if (chip) {
      const found = this.monthDays().first(this.locale.locale, this.maxEvents)[cellIndex]?.[Number(chip.dataset.i)];
      if (found) this.openEvent(found, chip);
      return;
    }
    if (target.closest('button.more')) {
      this.openPanel(day, this.maxEvents);
      return;
    }
    // A click or tap on the day itself (its button covers the cell) opens it like Enter does: a screen
    // reader's double tap arrives as a click, and its user must land in the panel that appeared.
    this.openPanel(day, 0);
  }

  private onGridFocusin(event: FocusEvent): void {
    // Focus reaching a day of this month (click, or Tab into a chip) moves the tab stop with it.
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[role=gridcell]');
    if (!cell) return;
    const day = Number(cell.dataset.day);
    if (day !== this.focusedDay && this.inViewMonth(day) && day >= this.minDay && day <= this.maxDay) this.focusedDay = day;
  }

  private onPanelClick(event: MouseEvent): void {
    const target = event.target as HTMLElement;
    const button = target.closest<HTMLButtonElement>('button.panel-event');
    if (button) {
      const found = this.panelEvents()[Number(button.dataset.i)];
      if (found) this.openEvent(found, button);
      return;
    }
    if (target.closest('button.close')) this.closePanel();
  }

  private onPanelKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.closePanel();
    }
  }

  private openEvent(event: CalendarEvent, trigger: HTMLElement): void {
    this.dispatchEvent(new CustomEvent<EventOpenDetail>(EVENT_OPEN, {detail: {event, trigger}, bubbles: true, composed: true}));
  }

  private get maxEvents(): number {
    return Math.max(1, Math.floor(this.maxEventsPerDay) || 3);
  }

  /** The open day's events, all of them in display order (sorted once per opening and data). */
  private panelEvents(): CalendarEvent[] {
    if (this.openDay === undefined) return [];
    const days = this.monthDays();
    const day = this.openDay;
    const {locale} = this.locale;
    return this.panelDay.get([days, day, locale], () => days.dayInOrder(day - days.range.firstDay, locale));
  }

  protected override updated(): void {
    const pending = this.pendingFocus;
    this.pendingFocus = undefined;
    if (pending?.kind === 'cell') {
      this.renderRoot.querySelector<HTMLElement>('.day-button[tabindex="0"]')?.focus();
    } else if (pending?.kind === 'panel') {
      const buttons = this.renderRoot.querySelectorAll<HTMLElement>('.panel-event');
      (buttons[pending.index] ?? buttons[0] ?? this.renderRoot.querySelector<HTMLElement>('.panel'))?.focus();
    }
  }

  // ---- rendering ------------------------------------------------------------

  override render() {
    const {locale, language} = this.locale;
    const level = headingLevel(this.headingLevel);
    const heading = headingTag(level);
    const days = this.monthDays();
    return html`
      <div class="base" part="base" lang=${locale}>
        <div class="toolbar" part="month-toolbar">
          ${staticHtml`<${heading} id="heading" class="heading" part="month-heading">${monthTitle(this.year!, this.month!, locale)}</${heading}>`}
          <div class="nav">
            ${this.navButton('previous', previousMonthLabel(language), !this.canGoBack, this.previousMonth)}
            ${this.navButton('today', todayButtonLabel(language), !this.todayAllowed, this.goToToday)}
            ${this.navButton('next', nextMonthLabel(language), !this.canGoForward, this.nextMonth)}
          </div>
        </div>
        <div class="visually-hidden" role="status">${this.announcement}</div>
        <div role="grid" class="grid" part="grid" aria-labelledby="heading" @keydown=${this.onGridKeydown} @click=${this.onGridClick} @focusin=${this.onGridFocusin}>
          ${this.renderColumnHeaders(locale)} ${this.renderWeeks(days, language)}
        </div>
        ${this.renderPanel(days.range, language, level)}
      </div>
    `;
  }

  private navButton(name: 'previous' | 'today' | 'next', label: string, disabled: boolean, action: () => void) {
    // aria-disabled, not disabled: a button that disables itself under the
    // reader's finger (Next at the max month) must keep focus.
    return html`<button
      type="button"
      class="nav-button ${name}"
      part="nav-button ${name}-button"
      aria-disabled=${disabled ? 'true' : 'false'}
      @click=${action}
    >
      ${name === 'previous' ? html`<span class="arrow" aria-hidden="true">‹</span>` : nothing}<span class="label">${label}</span>${
        name === 'next' ? html`<span class="arrow" aria-hidden="true">›</span>` : nothing
      }
    </button>`;
  }

  private renderColumnHeaders(locale: Locale) {
    const names = weekdayNames(locale);
    return html`<div role="row" class="row header-row">
      ${names.long.map(
        (long, i) =>
          html`<div role="columnheader" class="column-header" part="column-header">
            <span aria-hidden="true">${names.short[i]}</span><span class="visually-hidden">${long}</span>
          </div>`,
      )}
    </div>`;
  }

  private renderWeeks(days: MonthDays, language: Language) {
    const first = days.first(localeOf(language), this.maxEvents);
    const weeks = [];
    for (let w = 0; w < GRID_DAYS / 7; w++) {
      const cells = [];
      for (let d = 0; d < 7; d++) cells.push(this.renderDay(days, first, w * 7 + d, language));
      weeks.push(html`<div role="row" class="row week" part="week">${cells}</div>`);
    }
    return weeks;
  }

  private renderDay({range, days}: MonthDays, first: CalendarEvent[][], index: number, language: Language) {
    const day = range.firstDay + index;
    const events = days[index]!;
    const firstEvents = first[index]!;
    const focused = day === this.focusedDay;
    const outside = day < range.monthFirst || day > range.monthLast;
    const isToday = day === this.todayDay;
    const date = dayLabel(day, localeOf(language));
    // `as const` keeps the part names literal, so scripts/manifest.test.mjs can list them.
    const parts = `day${isToday ? ' day-today' : ''}${outside ? ' day-outside' : ''}${focused ? ' day-focused' : ''}` as const;
    const max = this.maxEvents;
    const shown = events.length > max ? max : events.length;
    const hidden = events.length - shown;
    const tab = focused ? 0 : -1;
    const civil = fromDayNumber(day);
    const chips = [];
    for (let i = 0; i < shown; i++) chips.push(this.renderChip(range, firstEvents[i]!, index, i, date, tab, language));
    // The gridcell holds a button covering it: the day's tab stop, named with the full date and the
    // event count (its visible text, the day number, is part of that name), then the day's chips.
    return html`<div role="gridcell" class="day${outside ? ' outside' : ''}${isToday ? ' today' : ''}" part=${parts} data-index=${index} data-day=${day} data-date=${toIsoDate(civil)}>
      <button
        type="button"
        class="day-button"
        tabindex=${tab}
        aria-label=${dayName(language, date, events.length)}
        aria-current=${isToday ? 'date' : nothing}
      ><span class="day-number" part="day-number">${civil.day}</span></button>
      ${events.length ? html`<span class="count" part="day-count" aria-hidden="true">${events.length}</span>` : nothing}
      ${
        events.length
          ? html`<div class="chips">
            ${chips}
            ${
              hidden
                ? html`<button type="button" class="more" part="more-button" tabindex=${tab}>
                  <span aria-hidden="true">${moreVisibleText(language, hidden)}</span><span class="visually-hidden">${moreName(language, hidden)}</span>
                </button>`
                : nothing
            }
          </div>`
          : nothing
      }
    </div>`;
  }

  /** "14:00" or "Continues" for a timed event on the day in cell `index`; undefined for an all-day event. */
  private timeText(range: MonthRange, event: CalendarEvent, index: number, language: Language): string | undefined {
    if (event.allDay) return undefined;
    return cellSpan(range, event)[0] === index ? formatTime(event.start, range.timeZone) : continuesLabel(language);
  }

  private renderChip(range: MonthRange, event: CalendarEvent, index: number, i: number, date: string, tab: number, language: Language) {
    const locale = localeOf(language);
    const time = this.timeText(range, event, index, language);
    const status = eventStatusLabel(language, event.status);
    const kind = event.allDay ? ' event-chip-all-day' : '';
    // `as const` keeps the part names literal, so scripts/manifest.test.mjs can list them.
    const statusPart = event.status === 'scheduled' ? '' : (` event-chip-${event.status}` as const);
    const className = `chip${event.allDay ? ' all-day' : ''} ${event.status}`;
    const part = `event-chip${kind}${statusPart}` as const;
    const name = renderMessageWithText((title) => eventName(language, time, title, date, event.status), eventTitle(event, language), locale);
    const statusTag = status ? html`<span class="status" part="event-status">${status}</span> ` : nothing;
    const title = renderText(eventTitle(event, language), locale);
    if (typeof name !== 'string') {
      return html`<button type="button" class=${className} part=${part} tabindex=${tab} data-i=${i}>
      ${namedByContent(html`${statusTag}${time === undefined ? nothing : html`<span class="time">${time}</span> `}<span class="title">${title}</span>`, name)}
    </button>`;
    }
    // Two templates, timed and all-day, rather than a nested one for the time: a month shows
    // over a hundred chips, and each template instance costs the first paint.
    if (time === undefined) {
      return html`<button type="button" class=${className} part=${part} tabindex=${tab} data-i=${i} aria-label=${name}>
      ${statusTag}<span class="title">${title}</span>
    </button>`;
    }
    return html`<button type="button" class=${className} part=${part} tabindex=${tab} data-i=${i} aria-label=${name}>
      ${statusTag}<span class="time">${time}</span> <span class="title">${title}</span>
    </button>`;
  }

  private renderPanel(range: MonthRange, language: Language, level: number) {
    if (this.openDay === undefined) return nothing;
    const locale = localeOf(language);
    const index = this.openDay - range.firstDay;
    const events = this.panelEvents();
    const date = dayLabel(this.openDay, locale);
    const heading = headingTag(subheadingLevel(level));
    return html`<section class="panel" part="day-panel" aria-labelledby="panel-heading" tabindex="-1" @click=${this.onPanelClick} @keydown=${this.onPanelKeydown}>
      ${staticHtml`<${heading} id="panel-heading" class="panel-heading" part="day-panel-heading">${date}</${heading}>`}
      ${
        events.length
          ? html`<ul class="panel-list">
            ${events.map((event, i) => {
              const time = this.timeText(range, event, index, language);
              const status = eventStatusLabel(language, event.status);
              const name = renderMessageWithText((title) => eventName(language, time, title, date, event.status), eventTitle(event, language), locale);
              const visible = html`${status ? html`<span class="status" part="event-status">${status}</span> ` : nothing}${
                time === undefined ? nothing : html`<span class="time">${time}</span> `
              }<span class="title">${renderText(eventTitle(event, language), locale)}</span>${time === undefined ? html` <span class="all-day-label">${allDayLabel(language)}</span>` : nothing}`;
              return html`<li>
                <button type="button" class="panel-event ${event.status}" part="day-panel-event" data-i=${i} aria-label=${typeof name === 'string' ? name : nothing}>
                  ${typeof name === 'string' ? visible : namedByContent(visible, name)}
                </button>
              </li>`;
            })}
          </ul>`
          : html`<p class="panel-empty">${noEventsOnDayText(language)}</p>`
      }
      <button type="button" class="close" part="day-panel-close">${closeLabel(language)}</button>
    </section>`;
  }
}

/**
 * A button's content when its name holds content text in the other language:
 * an `aria-label` cannot say which words are English in a Welsh name, so the
 * name is visually hidden content with the text marked `lang`, and what is
 * shown is hidden from screen readers (it says the same, in a different order).
 */
function namedByContent(visible: TemplateResult, name: TemplateResult): TemplateResult {
  return html`<span aria-hidden="true">${visible}</span><span class="visually-hidden">${name}</span>`;
}

/** Shows every event: the filter when the calendar gives none (one function, so the model's month is reused). */
const SHOW_ALL: EventTest = () => true;

let empty: CalendarModel | undefined;
/** A model with no events, for a grid that has not been given one yet. */
function emptyModel(): CalendarModel {
  empty ??= new CalendarModel([], {timeZone: DEFAULT_TIME_ZONE, startDay: 0});
  return empty;
}
