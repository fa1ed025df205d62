import type {ReactiveController, ReactiveControllerHost} from 'lit';

export interface AutoplayOptions {
  /** Whether the author asked for rotation (the `autoplay` attribute) and there is anything to rotate. */
  wanted: () => boolean;
  /** Milliseconds each story stays before the next. */
  interval: () => number;
  /** Shows the next story; `false` when there is none (rotation then stops: no loop). */
  advance: () => boolean;
  /** The reader pressed Play: e.g. start again from the first story when the last one is shown. */
  onPlay?: () => void;
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * Rotation of the stories, only when the author sets `autoplay`, and always
 * in the reader's control (WAI-ARIA APG carousel pattern):
 * - never under `prefers-reduced-motion` (followed live);
 * - paused while the pointer is over the carousel;
 * - stopped for good when keyboard focus comes into the carousel, and after
 *   any interaction (a button, the picker, an arrow key, a swipe); only the
 *   Play button starts it again.
 * The element renders the pause/play button from `available` and `playing`,
 * and turns its live region off while `rotating`.
 */
export class AutoplayController implements ReactiveController {
  private stoppedByReader = false;
  private hovered = false;
  private reducedMotion = false;
  private timer?: ReturnType<typeof setTimeout>;
  private media?: MediaQueryList;
  private readonly onMotionChange = () => {
    this.reducedMotion = this.media?.matches ?? false;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: AutoplayOptions,
  ) {
    host.addController(this);
  }

  /** A pause/play button is offered: rotation was asked for and motion is welcome. */
  get available(): boolean {
    return this.options.wanted() && !this.reducedMotion;
  }

  /** Rotation is on from the reader's point of view (the button offers "Pause"), even while paused by the pointer. */
  get playing(): boolean {
    return this.available && !this.stoppedByReader;
  }

  /** The stories are changing by themselves right now. */
  get rotating(): boolean {
    return this.playing && !this.hovered;
  }

  hostConnected(): void {
    this.media = matchMedia(REDUCED_MOTION);
    this.reducedMotion = this.media.matches;
    this.media.addEventListener('change', this.onMotionChange);
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.onMotionChange);
    this.clear();
  }

  /** After every render: a timer runs exactly while rotating. */
  hostUpdated(): void {
    if (!this.rotating) this.clear();
    else if (this.timer === undefined) this.schedule();
  }

  /** The pause/play button. */
  toggle(): void {
    if (this.playing) this.stop();
    else {
      this.stoppedByReader = false;
      this.options.onPlay?.();
      this.host.requestUpdate();
    }
  }

  /** Stops rotation for good (until Play): any interaction with the stories. */
  stop(): void {
    if (this.stoppedByReader) return;
    this.stoppedByReader = true;
    this.clear();
    this.host.requestUpdate();
  }

  pointerEntered(): void {
    this.hovered = true;
    this.clear();
    this.host.requestUpdate();
  }

  pointerLeft(): void {
    this.hovered = false;
    this.host.requestUpdate();
  }

  /** Focus arriving from outside the carousel stops rotation; moving between its own controls does not. */
  focusEntered(event: FocusEvent, carousel: Element): void {
    const from = event.relatedTarget;
    if (!(from instanceof Node) || !carousel.contains(from)) this.stop();
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.rotating) return;
      if (!this.options.advance()) this.stop();
      this.host.requestUpdate();
    }, this.options.interval());
  }

  private clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
