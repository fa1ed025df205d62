import {LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {keyed} from 'lit/directives/keyed.js';
import {html} from 'lit/static-html.js';
import {headingLevel, subheadingLevel} from '../core/dom-free/heading-level.js';
import type {Locale} from '../core/dom-free/locale.js';
import {FeedController} from '../core/element/feed-controller.js';
import {renderFeedStatus} from '../core/element/feed-status.js';
import {headingTag} from '../core/element/heading-tag.js';
import {LocaleController, stringsProperty} from '../core/element/locale-controller.js';
import {renderMessageWithText, renderText} from '../core/element/render-text.js';
import {feedStatusStyles, sectionStyles, themeStyles} from '../core/element/theme.js';
import {urgentHelpStyles} from '../core/element/urgent-help.js';
import type {Wording} from '../core/dom-free/translate.js';
import {welsh} from '../generated/welsh/story-carousel.js';
import {welsh as urgentWelsh} from '../generated/welsh/urgent-help.js';
import {AutoplayController} from './autoplay-controller.js';
import {storyCarouselStyles} from './story-carousel.styles.js';
import * as text from './story-messages.js';
import {DEFAULT_SUPPORT, parseStoryFeed, type StoriesFeedInput, type Story, type StoryInput, type SupportSettings} from './story-model.js';
import {renderStory} from './story-view.js';
import {renderSupport} from './support-signposting.js';

/** More stories than a carousel should hold: beyond it the feed is reported, not rendered. */
export const MAX_STORIES = 100;

/** Above this many stories the numbered picker is left out (a wall of tab stops); previous and next remain. */
export const MAX_PICKER_BUTTONS = 12;

/** `detail` of `profiad-story-change`. */
export interface StoryChangeDetail {
  /** Position (from 0) of the first story now shown. */
  index: number;
  /** Its `id` in the feed. */
  id: string;
}

/** How the shown story was changed: only a reader's button, picker or key press is announced. */
type Cause = 'button' | 'picker' | 'key' | 'skip' | 'swipe' | 'autoplay' | 'api' | 'resize';
const ANNOUNCED: ReadonlySet<Cause> = new Set(['button', 'picker', 'key', 'skip']);

/**
 * Stories of lived experience, one at a time in narrow containers and two or
 * three side by side in wide ones, following the WAI-ARIA APG carousel
 * pattern with a grouped picker: previous and next buttons that keep focus,
 * numbered "Go to story N" buttons, stories out of view made `inert`, swipe
 * through CSS scroll snap, arrow keys while focus is inside. No autoplay
 * unless `autoplay` is set. A story with a content note shows the note first
 * and its text only when the reader chooses. Support signposting (999, NHS 111
 * press 2, Samaritans) follows the stories.
 *
 * @summary A calm, bilingual carousel of lived-experience stories.
 *
 * @fires profiad-load - The stories were loaded. `detail: {count, problems}`.
 * @fires profiad-error - Nothing could be loaded. `detail: {kind, message, status?, url?, problems}`.
 * @fires profiad-story-change - Another story is shown first (by a button, the picker, a key, a swipe or autoplay). Not cancelable. `detail: {index, id}`.
 *
 * @csspart base - The outer wrapper.
 * @csspart carousel - The `<section>` with `aria-roledescription="carousel"` (a plain labelled section with `layout="list"`).
 * @csspart heading - The heading: the feed's title, or "Stories".
 * @csspart controls - The row of buttons above the stories.
 * @csspart pause-button - The pause/play button (only with `autoplay`).
 * @csspart previous-button - "Previous story".
 * @csspart next-button - "Next story".
 * @csspart picker - The group of numbered buttons.
 * @csspart picker-button - Each numbered button.
 * @csspart picker-button-current - Also on the numbered buttons of the stories shown.
 * @csspart viewport - The scrolling, snapping container of the stories.
 * @csspart story - Each story.
 * @csspart story-shown - Also on the stories in view.
 * @csspart position - "Story 2 of 5" on each story.
 * @csspart image-frame - The fixed 3:2 frame of a story's image (it shows the image's description if the image fails to load).
 * @csspart image - A story's image.
 * @csspart title - A story's title.
 * @csspart quote - The quote.
 * @csspart body - The longer text.
 * @csspart attribution - Name (or "Anonymous"), role and organisation.
 * @csspart content-note - The content note box; `read-button` unfolds the story, `skip-button` moves on.
 * @csspart read-button - "Read this story".
 * @csspart skip-button - "Go to the next story".
 * @csspart video - The `<video>`; `transcript` is its transcript disclosure.
 * @csspart transcript - The transcript disclosure.
 * @csspart link - "Read the full story".
 * @csspart live - The polite live region that announces the story shown.
 * @csspart list - The list of stories with `layout="list"`.
 * @csspart support - The support signposting after the stories; also `support-heading`, `support-list`, `support-item`.
 * @csspart support-heading - "If you need help now".
 * @csspart support-list - The list of services.
 * @csspart support-item - Each service.
 * @csspart phone - A phone number to call (a tel: link) in the support signposting.
 * @csspart status - The polite live region that announces loading.
 * @csspart loading - The visible loading message.
 * @csspart error - The error message block.
 * @csspart retry-button - The "Try again" button.
 * @csspart empty - The message shown when there are no stories.
 * @csspart notice - The notice that some stories could not be shown.
 *
 * @cssprop [--profiad-font-family=system-ui, sans-serif] - Font of all text.
 * @cssprop [--profiad-font-size=1rem] - Base font size.
 * @cssprop [--profiad-color-text=#212b32] - Text colour.
 * @cssprop [--profiad-color-text-secondary=#4c6272] - Position, attribution.
 * @cssprop [--profiad-color-background=transparent] - Background of the widget.
 * @cssprop [--profiad-color-surface=#f0f4f5] - Content notes, messages, image frames.
 * @cssprop [--profiad-color-border=#768692] - Story and message borders.
 * @cssprop [--profiad-color-primary=#005eb8] - Buttons.
 * @cssprop [--profiad-color-primary-hover=#003d78] - Buttons on hover.
 * @cssprop [--profiad-color-on-primary=#ffffff] - Text on buttons.
 * @cssprop [--profiad-color-link=#005eb8] - Links.
 * @cssprop [--profiad-color-link-visited=#330072] - Visited links.
 * @cssprop [--profiad-color-error=#d5281b] - Error border (never used for content notes).
 * @cssprop [--profiad-color-story-background=#ffffff] - Background of each story.
 * @cssprop [--profiad-color-quote=#005eb8] - The line beside a quote.
 * @cssprop [--profiad-focus-color=#ffeb3b] - Focus highlight.
 * @cssprop [--profiad-focus-outline=#212b32] - Focus outline.
 * @cssprop [--profiad-radius=4px] - Corner radius.
 * @cssprop [--profiad-space=1rem] - Base spacing, also between stories.
 *
 * @tagname profiad-story-carousel
 */
export class ProfiadStoryCarousel extends LitElement {
  static override styles = [themeStyles, sectionStyles, feedStatusStyles, urgentHelpStyles, storyCarouselStyles];

  /** The stories, as a JS property: an array of stories, or a whole feed `{title?, stories, support?}`. Wins over inline JSON and `src`. */
  @property({attribute: false})
  stories?: readonly StoryInput[] | StoriesFeedInput;

  /** URL of a JSON feed (schemas/stories.schema.json). Used when there is no property or inline `<script type="application/json">`. */
  @property({reflect: true})
  src?: string;

  /** Level (1 to 6) of the heading; story titles and "If you need help now" are one level below. Any other value means 2. */
  @property({attribute: 'heading-level', type: Number, reflect: true})
  headingLevel = 2;

  /** `carousel` (default), or `list` to show every story one after another, without buttons. Print always shows the list. */
  @property({reflect: true})
  layout: 'carousel' | 'list' = 'carousel';

  /** Rotate the stories by themselves. Off by default; never under `prefers-reduced-motion`; stops for good at any interaction. */
  @property({type: Boolean, reflect: true})
  autoplay = false;

  /** Milliseconds each story stays while rotating (at least 3000). */
  @property({type: Number})
  interval = 8000;

  /** Milliseconds to wait for `src` before showing an error with a retry button. */
  @property({type: Number})
  timeout = 15000;

  /**
   * Your own wording in place of profiad's, by message id, in either language
   * or both: `{"story.support.heading": {"en": "Need to talk?", "cy": "Angen siarad?"}}`
   * (in a message with values, `{0}`, `{1}` stand for them). As an attribute,
   * JSON. An id the carousel does not show is reported in the console and ignored.
   */
  @property(stringsProperty)
  strings?: Wording;

  /** Position (from 0) of the first story shown. */
  get currentIndex(): number {
    return this.current;
  }

  @state() private current = 0;
  /** How many stories fit side by side: 1, 2 or 3, from the container query in the styles. */
  @state() private perView = 1;
  /** Ids of stories with a content note that the reader chose to read. */
  @state() private unfolded = new Set<string>();
  /** Ids of stories whose image failed to load. */
  @state() private brokenImages = new Set<string>();
  @state() private announcement: string | TemplateResult = '';
  /** The language the announcement was made in: after a change of language it is cleared, not left in the old one. */
  private announcedIn?: Locale;

  private readonly locale = new LocaleController(this, [welsh, urgentWelsh]);

  /** The support settings of the feed read last (the feed reader returns them beside the stories). */
  private support: SupportSettings = DEFAULT_SUPPORT;

  private readonly feed = new FeedController<Story>(this, {
    property: () => this.stories,
    src: () => this.src,
    timeout: () => this.timeout,
    parse: (body, origin) => {
      const feed = parseStoryFeed(body, origin);
      this.support = feed.support;
      return feed;
    },
    maxItems: MAX_STORIES,
  });

  private readonly autoplayer = new AutoplayController(this, {
    wanted: () => this.autoplay && this.isCarousel && this.feed.items.length > this.perView,
    interval: () => Math.max(3000, Number.isFinite(this.interval) ? this.interval : 8000),
    advance: () => {
      if (this.current >= this.lastFirst) return false;
      void this.show(this.current + 1, 'autoplay');
      return true;
    },
    onPlay: () => {
      if (this.current >= this.lastFirst) void this.show(0, 'autoplay');
    },
  });

  private resizeObserver?: ResizeObserver;
  /** The story a scroll started by the element is heading for; scroll events on the way are not swipes. */
  private scrollingTo?: number;
  private scrollSettleTimer?: ReturnType<typeof setTimeout>;
  /** Set by the reader's input on the viewport, so its scroll is taken as a swipe. */
  private readerScrolling = false;
  /** The feed items last shown, to start again at the first story when they change. */
  private shownItems?: Story[];

  private get isCarousel(): boolean {
    return this.layout !== 'list';
  }

  /** The last position the first shown story can take (no empty places at the end, no loop). */
  private get lastFirst(): number {
    return Math.max(0, this.feed.items.length - this.perView);
  }

  private get navigable(): boolean {
    return this.isCarousel && this.feed.items.length > this.perView;
  }

  private isShown(index: number): boolean {
    return !this.navigable || (index >= this.current && index < this.current + this.perView);
  }

  /** Shows the story at `index` (from 0), scrolled to the first place it can take. */
  goTo(index: number): void {
    void this.show(index, 'api');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver(() => this.measure(true, 'resize'));
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    clearTimeout(this.scrollSettleTimer);
  }

  /** Runs after the feed controller's hostUpdate (which may have just read new stories), before render. */
  protected override update(changed: PropertyValues): void {
    if (this.feed.items !== this.shownItems) {
      this.shownItems = this.feed.items;
      this.current = 0;
      this.announcement = '';
      if (this.feed.state === 'ready' && !this.viewport) this.perView = this.expectedPerView();
    }
    if (changed.has('layout') || this.announcedIn !== this.locale.locale) this.announcement = '';
    this.current = Math.min(this.current, this.lastFirst);
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    // The stories move only when how many fit changes (or the layout): then the shown one is put back in place.
    this.measure(changed.has('perView') || changed.has('layout'));
  }

  private get viewport(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.viewport');
  }

  private get slides(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.viewport > .track > .story')];
  }

  /**
   * Reads how many stories fit (the styles' container query sets --per-view);
   * with `realign`, scrolls the shown story back into place (after a resize).
   * Without, it reads no layout: a first render costs no forced layout.
   */
  private measure(realign: boolean, from: 'render' | 'resize' = 'render'): void {
    const viewport = this.viewport;
    // Not while a scroll we started is under way: it would cut the animation short.
    if (!viewport || this.scrollingTo !== undefined) return;
    const perView = Math.max(1, Math.min(3, parseInt(getComputedStyle(viewport).getPropertyValue('--per-view'), 10) || 1));
    if (perView !== this.perView) {
      const apply = () => (this.perView = perView);
      // Re-renders (then measures again). After a render: from a microtask, not from inside updated(),
      // still before the next paint. From the ResizeObserver: in the next frame, since a render inside
      // its callback resizes the element again in the same frame, which the browser reports to the
      // page as a "ResizeObserver loop completed with undelivered notifications" error.
      if (from === 'resize') requestAnimationFrame(apply);
      else queueMicrotask(apply);
      return;
    }
    if (realign) this.scrollToCurrent(false);
  }

  /**
   * How many stories the styles' container query will fit, guessed from the
   * element's width before the stories are first rendered, so that first
   * render is already the right one (measure() reads the styles afterwards and
   * has the last word). The breakpoints are those of story-carousel.styles.ts.
   */
  private expectedPerView(): number {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const width = this.clientWidth;
    return width >= 64 * rem ? 3 : width >= 40 * rem ? 2 : 1;
  }

  /** Where the viewport must be scrolled to for story `index` to be first. */
  private scrollLeftFor(index: number): number {
    const slides = this.slides;
    const slide = slides[index];
    return slide && slides[0] ? slide.offsetLeft - slides[0].offsetLeft : 0;
  }

  private scrollToCurrent(animate: boolean): void {
    const viewport = this.viewport;
    if (!viewport || !this.navigable) return;
    const left = this.scrollLeftFor(this.current);
    if (Math.abs(viewport.scrollLeft - left) < 2) return;
    const smooth = animate && !matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.scrollingTo = this.current;
    viewport.scrollTo({left, behavior: smooth ? 'smooth' : 'instant'});
    if (!smooth) this.scrollingTo = undefined;
    else {
      // Should no scroll event come at all (a viewport not laid out), do not wait for one forever.
      clearTimeout(this.scrollSettleTimer);
      this.scrollSettleTimer = setTimeout(() => this.onScrollEnd(), 1000);
    }
  }

  /** The story nearest the viewport's scroll position: the first one shown after a swipe. */
  private storyAtScroll(): number {
    const viewport = this.viewport;
    if (!viewport) return this.current;
    let best = this.current;
    let distance = Infinity;
    this.slides.forEach((_, i) => {
      const d = Math.abs(this.scrollLeftFor(i) - viewport.scrollLeft);
      if (d < distance) {
        distance = d;
        best = i;
      }
    });
    return Math.min(best, this.lastFirst);
  }

  private onScroll(): void {
    clearTimeout(this.scrollSettleTimer);
    // Browsers without `scrollend`: the scroll has settled when no event came for a while.
    this.scrollSettleTimer = setTimeout(() => this.onScrollEnd(), 150);
  }

  /** A finger, trackpad, mouse wheel or key on the viewport: the scroll that follows is the reader's (a swipe). */
  private onViewportInput(): void {
    this.readerScrolling = true;
  }

  private onScrollEnd(): void {
    clearTimeout(this.scrollSettleTimer);
    this.scrollingTo = undefined;
    const swiped = this.readerScrolling;
    this.readerScrolling = false;
    const index = this.storyAtScroll();
    if (index === this.current) return;
    // A swipe shows the story it snapped to. Any other scroll (the browser re-snapping after a
    // layout change, our own scroll cut short) is put back where the shown story is.
    if (swiped) void this.show(index, 'swipe');
    else this.scrollToCurrent(false);
  }

  /** The story (index) holding keyboard focus, if any. */
  private storyWithFocus(): number | undefined {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    if (!active) return undefined;
    const index = this.slides.findIndex((slide) => slide.contains(active));
    return index === -1 ? undefined : index;
  }

  private pickerButtonWithFocus(): boolean {
    return (this.renderRoot as ShadowRoot).activeElement?.matches('[part~="picker-button"]') ?? false;
  }

  /**
   * Shows the story at `index` first. A reader's action stops autoplay for
   * good, and a button, picker or key press is announced. Focus is never lost:
   * when it was inside a story that goes out of view (and becomes inert), it
   * moves to the story now shown; on a picker button, it follows to the new one.
   */
  private async show(index: number, cause: Cause): Promise<void> {
    if (!this.navigable) return;
    const first = Math.max(0, Math.min(index, this.lastFirst));
    if (cause !== 'autoplay' && cause !== 'resize') this.autoplayer.stop();
    const focusedStory = this.storyWithFocus();
    const onPicker = this.pickerButtonWithFocus();
    const changed = first !== this.current;
    this.current = first;
    if (ANNOUNCED.has(cause)) {
      this.announcement = this.shownAnnouncement();
      this.announcedIn = this.locale.locale;
    }
    if (cause !== 'swipe') this.scrollToCurrent(true);
    await this.updateComplete;
    // A video in a story that went out of view stops: nothing plays where the reader cannot see it.
    for (const video of this.renderRoot.querySelectorAll<HTMLVideoElement>('[part~="story"][inert] video')) video.pause();
    if (focusedStory !== undefined && !this.isShown(focusedStory)) this.slides[first]?.focus({preventScroll: true});
    else if (onPicker && cause === 'key') this.renderRoot.querySelector<HTMLElement>(`[part~="picker-button"][data-index="${index}"]`)?.focus();
    if (changed) {
      const story = this.feed.items[first]!;
      this.dispatchEvent(new CustomEvent<StoryChangeDetail>('profiad-story-change', {detail: {index: first, id: story.id}, bubbles: true, composed: true}));
    }
  }

  private shownAnnouncement(): string | TemplateResult {
    const {language} = this.locale;
    const total = this.feed.items.length;
    const first = this.current;
    const last = Math.min(total, first + this.perView);
    if (last - first > 1) return text.shownRangeAnnouncement(language, first + 1, last, total);
    return renderMessageWithText((title) => text.shownOneAnnouncement(language, first + 1, total, title), this.feed.items[first]!.title, language);
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || !this.navigable) return;
    const target = event.composedPath()[0];
    // Media controls and the transcript's text use the arrow keys themselves.
    if (target instanceof Element && target.closest('video, audio, input, textarea, select, [contenteditable]')) return;
    const onPicker = target instanceof Element && target.matches('[part~="picker-button"]');
    let index: number;
    if (event.key === 'ArrowLeft') index = this.current - 1;
    else if (event.key === 'ArrowRight') index = this.current + 1;
    else if (onPicker && event.key === 'Home') index = 0;
    else if (onPicker && event.key === 'End') index = this.feed.items.length - 1;
    else return;
    event.preventDefault();
    void this.show(index, 'key');
  }

  private toggleStory(story: Story): void {
    this.autoplayer.stop();
    const next = new Set(this.unfolded);
    if (next.has(story.id)) next.delete(story.id);
    else next.add(story.id);
    this.unfolded = next;
  }

  private imageFailed(story: Story): void {
    this.brokenImages = new Set(this.brokenImages).add(story.id);
  }

  private retry(): void {
    this.feed.retry();
    this.renderRoot.querySelector<HTMLElement>('.base')?.focus();
  }

  override render() {
    const {locale, language} = this.locale;
    const level = headingLevel(this.headingLevel);
    const tag = headingTag(level);
    const title = this.feed.title;
    const ready = this.feed.state === 'ready';
    const carousel = this.isCarousel && ready;
    return html`
      <div class="base" part="base" lang=${locale} tabindex="-1">
        <section
          class="carousel"
          part="carousel"
          aria-labelledby="heading"
          aria-roledescription=${carousel ? 'carousel' : nothing}
          @keydown=${this.onKeydown}
          @focusin=${(event: FocusEvent) => this.autoplayer.available && this.autoplayer.focusEntered(event, event.currentTarget as Element)}
          @pointerenter=${(event: PointerEvent) => event.pointerType === 'mouse' && this.autoplayer.pointerEntered()}
          @pointerleave=${() => this.autoplayer.pointerLeft()}
        >
          <${tag} id="heading" class="heading" part="heading">${title ? renderText(title, language) : text.carouselHeading(language)}</${tag}>
          ${renderFeedStatus(this.feed, language, text.feedStatusText(language), () => this.retry())}
          ${ready ? (carousel ? this.renderCarousel() : this.renderList()) : nothing}
        </section>
        ${this.feed.state === 'loading' ? nothing : renderSupport(this.feed.state === 'error' ? DEFAULT_SUPPORT : this.support, language, subheadingLevel(level))}
      </div>
    `;
  }

  private renderCarousel() {
    const {language} = this.locale;
    const items = this.feed.items;
    const navigable = this.navigable;
    const atStart = this.current <= 0;
    const atEnd = this.current >= this.lastFirst;
    // keyed: new stories get a new viewport, scrolled to the start. (Kept, the browser would re-snap
    // after the next layout change to the element it last snapped to: an old story's place.)
    const viewport = html`<div
      class="viewport"
      part="viewport"
      @scroll=${this.onScroll}
      @scrollend=${this.onScrollEnd}
      @pointerdown=${this.onViewportInput}
      @touchstart=${{handleEvent: () => this.onViewportInput(), passive: true}}
      @wheel=${{handleEvent: () => this.onViewportInput(), passive: true}}
      @keydown=${this.onViewportInput}
    >
      <div class="track">${items.map((story, i) => this.renderStory(story, i, true))}</div>
    </div>`;
    return html`
      ${
        navigable
          ? html`<div class="controls" part="controls">
        ${
          this.autoplayer.available
            ? html`<button type="button" class="pause" part="pause-button" @click=${() => this.autoplayer.toggle()}>
              ${this.autoplayer.playing ? text.pauseLabel(language) : text.playLabel(language)}
            </button>`
            : nothing
        }
        <button type="button" class="step" part="previous-button" aria-disabled=${atStart ? 'true' : 'false'} @click=${() => !atStart && this.show(this.current - 1, 'button')}>
<span aria-hidden="true" class="arrow">‹</span>${text.previousLabel(language)}</button>
        ${items.length <= MAX_PICKER_BUTTONS ? this.renderPicker() : nothing}
        <button type="button" class="step" part="next-button" aria-disabled=${atEnd ? 'true' : 'false'} @click=${() => !atEnd && this.show(this.current + 1, 'button')}>
${text.nextLabel(language)}<span aria-hidden="true" class="arrow">›</span></button>
      </div>`
          : nothing
      }
      ${keyed(items, viewport)}
      <div class="visually-hidden" part="live" aria-live=${this.autoplayer.rotating ? 'off' : 'polite'} aria-atomic="true">${this.announcement}</div>
    `;
  }

  private renderPicker() {
    const {language} = this.locale;
    return html`<div class="picker" part="picker" role="group" aria-label=${text.pickerLabel(language)}>
      ${this.feed.items.map((_, i) => {
        const shown = this.isShown(i);
        return html`<button
          type="button"
          part=${shown ? 'picker-button picker-button-current' : 'picker-button'}
          data-index=${i}
          aria-label=${text.goToLabel(language, i + 1)}
          aria-current=${shown ? 'true' : nothing}
          @click=${() => this.show(i, 'picker')}
        >${i + 1}</button>`;
      })}
    </div>`;
  }

  private renderList() {
    return html`<ul class="list" part="list" role="list">${this.feed.items.map((story, i) => html`<li class="list-item">${this.renderStory(story, i, false)}</li>`)}</ul>`;
  }

  private renderStory(story: Story, index: number, inCarousel: boolean) {
    const folded = story.contentNote !== undefined && !this.unfolded.has(story.id);
    const total = this.feed.items.length;
    return renderStory(story, {
      language: this.locale.language,
      index,
      total,
      titleLevel: subheadingLevel(this.headingLevel),
      inCarousel,
      shown: !inCarousel || this.isShown(index),
      folded,
      imageBroken: this.brokenImages.has(story.id),
      onToggle: () => this.toggleStory(story),
      onSkip: inCarousel && index < total - 1 ? () => void this.show(index + 1, 'skip') : undefined,
      onImageError: () => this.imageFailed(story),
      onVideoPlay: () => this.autoplayer.stop(),
    });
  }
}
