import {LitElement, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {html} from 'lit/static-html.js';
import {headingLevel, subheadingLevel} from '../core/dom-free/heading-level.js';
import {headingTag} from '../core/element/heading-tag.js';
import {renderText} from '../core/element/render-text.js';
import {parseIsoDate, toDayNumber, type CivilDate} from '../core/dom-free/dates/civil-date.js';
import {civilDateAt, DEFAULT_TIME_ZONE, zoneOrDefault} from '../core/dom-free/dates/zoned-time.js';
import {formatDay, formatFuzzyDate} from '../core/dom-free/dates/format-date.js';
import {datetimeAttribute} from '../core/dom-free/dates/fuzzy-date.js';
import {FeedController} from '../core/element/feed-controller.js';
import {renderFeedStatus} from '../core/element/feed-status.js';
import {LocaleController, stringsProperty} from '../core/element/locale-controller.js';
import {feedStatusStyles, sectionStyles, themeStyles} from '../core/element/theme.js';
import type {Wording} from '../core/dom-free/translate.js';
import {welsh} from '../generated/welsh/milestone-tracker.js';
import {feedStatusText, statusLabel, summaryText, todayMarkerText, trackerLabel} from './milestone-messages.js';
import {compareMilestones, parseMilestoneFeed, type Milestone, type MilestoneInput, type MilestonesFeedInput} from './milestone-model.js';
import {milestoneTrackerStyles} from './milestone-tracker.styles.js';
import {statusIcons} from './status-icons.js';

/** More milestones than any plan has: a feed beyond it is reported, not rendered. */
export const MAX_MILESTONES = 500;

/**
 * The plan's milestones on a timeline, each with its date (as precise as it is
 * known: "14 January 2026", "Spring 2026"), its status shown by shape and
 * word, and a "today" marker between past and future. Vertical in narrow
 * containers, horizontal in wide ones.
 *
 * @summary A bilingual timeline of milestones and their status.
 *
 * @fires profiad-load - The milestones were loaded. `detail: {count, problems}`; `problems` lists items that were left out.
 * @fires profiad-error - Nothing could be loaded. `detail: {kind: 'network' | 'timeout' | 'http' | 'format', message, status?, url?, problems}`.
 *
 * @csspart base - The outer `<section>`.
 * @csspart heading - The feed's title, when it has one.
 * @csspart summary - "Milestones completed: 3 of 7".
 * @csspart list - The `<ol>` of milestones.
 * @csspart milestone - Each milestone `<li>`.
 * @csspart milestone-done - Also on each completed milestone.
 * @csspart milestone-in-progress - Also on each milestone in progress.
 * @csspart milestone-upcoming - Also on each milestone not started.
 * @csspart milestone-delayed - Also on each delayed milestone.
 * @csspart marker - The status icon of a milestone.
 * @csspart title - A milestone's heading.
 * @csspart link - The link on a milestone's title, when it has one.
 * @csspart date - A milestone's date.
 * @csspart status-label - A milestone's status in words.
 * @csspart description - A milestone's description.
 * @csspart today - The "Today" marker (drawn only: screen readers hear the same words inside the next milestone).
 * @csspart status - The polite live region that announces loading.
 * @csspart loading - The visible loading message.
 * @csspart error - The error message block.
 * @csspart retry-button - The "Try again" button.
 * @csspart empty - The message shown when there are no milestones.
 * @csspart notice - The notice that some milestones could not be shown.
 *
 * @cssprop [--profiad-font-family=system-ui, sans-serif] - Font of all text.
 * @cssprop [--profiad-font-size=1rem] - Base font size.
 * @cssprop [--profiad-color-text=#212b32] - Text colour.
 * @cssprop [--profiad-color-text-secondary=#4c6272] - Dates and secondary text.
 * @cssprop [--profiad-color-background=transparent] - Background of the widget (also fills hollow status icons, default white).
 * @cssprop [--profiad-color-surface=#f0f4f5] - Background of messages.
 * @cssprop [--profiad-color-border=#768692] - The timeline line and message borders.
 * @cssprop [--profiad-color-primary=#005eb8] - Buttons.
 * @cssprop [--profiad-color-primary-hover=#003d78] - Buttons on hover.
 * @cssprop [--profiad-color-on-primary=#ffffff] - Text on buttons.
 * @cssprop [--profiad-color-link=#005eb8] - Links.
 * @cssprop [--profiad-color-link-visited=#330072] - Visited links.
 * @cssprop [--profiad-color-error=#d5281b] - Error border.
 * @cssprop [--profiad-color-done=#007f3b] - Icon of completed milestones.
 * @cssprop [--profiad-color-in-progress=#005eb8] - Icon of milestones in progress.
 * @cssprop [--profiad-color-upcoming=#4c6272] - Icon of milestones not started.
 * @cssprop [--profiad-color-delayed=#b3261e] - Icon of delayed milestones.
 * @cssprop [--profiad-color-today=#330072] - The "Today" marker.
 * @cssprop [--profiad-icon-contrast=#ffffff] - The tick and "!" drawn on filled status icons.
 * @cssprop [--profiad-focus-color=#ffeb3b] - Focus highlight.
 * @cssprop [--profiad-focus-outline=#212b32] - Focus outline.
 * @cssprop [--profiad-radius=4px] - Corner radius.
 * @cssprop [--profiad-space=1rem] - Base spacing.
 *
 * @tagname profiad-milestone-tracker
 */
export class ProfiadMilestoneTracker extends LitElement {
  static override styles = [themeStyles, sectionStyles, feedStatusStyles, milestoneTrackerStyles];

  /**
   * The milestones, as a JS property: an array of milestones, or a whole feed
   * `{title?, milestones}`. Wins over inline JSON and `src`.
   */
  @property({attribute: false})
  milestones?: readonly MilestoneInput[] | MilestonesFeedInput;

  /** URL of a JSON feed (schemas/milestones.schema.json). Used when there is no property or inline `<script type="application/json">`. */
  @property({reflect: true})
  src?: string;

  /** Level (1 to 6) of the tracker's heading, so it fits the page's outline; any other value means 2. Milestone titles are one level below the feed title (at most 6), or at this level when the feed has none. */
  @property({attribute: 'heading-level', type: Number, reflect: true})
  headingLevel = 2;

  /** The date the "Today" marker uses, `YYYY-MM-DD`. Defaults to the reader's current date in `time-zone`. For previews and tests. */
  @property()
  today?: string;

  /** IANA time zone for "today" and for date-times in the feed. */
  @property({attribute: 'time-zone'})
  timeZone = DEFAULT_TIME_ZONE;

  /** Milliseconds to wait for `src` before showing an error with a retry button. */
  @property({type: Number})
  timeout = 15000;

  /**
   * Your own wording in place of profiad's, by message id, in either language
   * or both: `{"milestone.summary": {"en": "Done so far: {0} of {1}", "cy": "…"}}`
   * (`{0}`, `{1}` stand for the message's values). As an attribute, JSON. An
   * id the tracker does not show is reported in the console and ignored.
   */
  @property(stringsProperty)
  strings?: Wording;

  private readonly locale = new LocaleController(this, [welsh]);

  private readonly feed = new FeedController<Milestone>(this, {
    property: () => this.milestones,
    src: () => this.src,
    timeout: () => this.timeout,
    parse: (body, origin) => parseMilestoneFeed(body, origin, this.zone),
    sort: compareMilestones,
    maxItems: MAX_MILESTONES,
  });

  private get zone(): string {
    return zoneOrDefault(this.timeZone);
  }

  private get todayDate(): CivilDate {
    return (this.today && parseIsoDate(this.today)) || civilDateAt(Date.now(), this.zone);
  }

  private retry(): void {
    this.feed.retry();
    // The button goes away while loading; keep keyboard focus inside the widget.
    this.renderRoot.querySelector<HTMLElement>('.base')?.focus();
  }

  override render() {
    const {locale, language} = this.locale;
    const title = this.feed.title;
    const level = headingLevel(this.headingLevel);
    const titleLevel = title ? subheadingLevel(level) : level;
    return html`
      <section
        class="base"
        part="base"
        lang=${locale}
        tabindex="-1"
        aria-labelledby=${title ? 'heading' : nothing}
        aria-label=${title ? nothing : trackerLabel(language)}
      >
        ${title ? html`<${headingTag(level)} id="heading" class="heading" part="heading">${renderText(title, locale)}</${headingTag(level)}>` : nothing}
        ${renderFeedStatus(this.feed, language, feedStatusText(language), () => this.retry())}
        ${this.feed.state === 'ready' ? this.renderTimeline(titleLevel) : nothing}
      </section>
    `;
  }

  private renderTimeline(titleLevel: number) {
    const {locale, language} = this.locale;
    const items = this.feed.items;
    const done = items.filter((m) => m.status === 'done').length;
    const today = toDayNumber(this.todayDate);
    // The marker goes before the first milestone that has not begun yet.
    let todayIndex = items.findIndex((m) => m.date.earliest > today);
    if (todayIndex === -1) todayIndex = items.length;
    const todayText = todayMarkerText(language, formatDay(this.todayDate, locale, {weekday: false}));
    // The marker is drawn between two milestones, but a list item of its own would make a screen
    // reader say "8 items" for 7 milestones: it is hidden from them, and they hear the same words
    // at the start of the first milestone still to come (or at the end of the last one).
    const marker = html`<li class="today" part="today" aria-hidden="true"><span class="today-label">${todayText}</span></li>`;
    const last = items.length - 1;
    // role="list": Safari drops the list semantics of a list styled with list-style: none.
    return html`
      <p class="summary" part="summary">${summaryText(language, done, items.length)}</p>
      <ol class="list" part="list" role="list">
        ${items.map(
          (m, i) =>
            html`${i === todayIndex ? marker : nothing}${this.renderMilestone(m, titleLevel, i === todayIndex ? 'before' : i === last && todayIndex === items.length ? 'after' : undefined, todayText)}`,
        )}
        ${todayIndex === items.length ? marker : nothing}
      </ol>
    `;
  }

  private renderMilestone(m: Milestone, level: number, today: 'before' | 'after' | undefined, todayText: string) {
    const {locale, language} = this.locale;
    const tag = headingTag(level);
    const title = renderText(m.title, locale);
    // One text (with a full stop, for a pause before the title), so it is read as one phrase.
    const heardToday = html`<span class="visually-hidden" data-today>${`${todayText}.`}</span>`;
    return html`
      <li class="milestone" part="milestone milestone-${m.status}" data-status=${m.status} data-id=${m.id}>
        ${today === 'before' ? heardToday : nothing}
        <span class="marker" part="marker" aria-hidden="true"><svg viewBox="0 0 32 32" focusable="false">${statusIcons[m.status]}</svg></span>
        <div class="content">
          <${tag} class="title" part="title">${m.link ? html`<a part="link" href=${m.link}>${title}</a>` : title}</${tag}>
          <p class="date" part="date">${this.renderDate(m)}</p>
          <p class="status-label" part="status-label">${statusLabel(language, m.status)}</p>
          ${m.description ? html`<p class="description" part="description">${renderText(m.description, locale)}</p>` : nothing}
        </div>
        ${today === 'after' ? heardToday : nothing}
      </li>
    `;
  }

  /**
   * `<time datetime>` where HTML has a format for the date (a day, a month, a
   * year); plain text for a season or a quarter, which HTML cannot express and
   * a bare `<time>` would wrongly claim to be machine-readable.
   */
  private renderDate(m: Milestone) {
    const text = formatFuzzyDate(m.date, this.locale.language);
    const datetime = datetimeAttribute(m.date);
    return datetime ? html`<time datetime=${datetime}>${text}</time>` : text;
  }
}
