import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * GOV.UK's character count: the visible count follows every key, while
 * screen readers hear it once typing pauses (announcing every key would drown
 * out what is typed). `announced` is the count for the polite live region.
 */
export class CharacterCountController implements ReactiveController {
  /** The length last announced to screen readers, or undefined before any typing. */
  announcedLength?: number;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly pauseMs = 1000,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Call on each input: the announcement waits for a pause. */
  typed(length: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.announcedLength = length;
      this.host.requestUpdate();
    }, this.pauseMs);
  }

  reset(): void {
    clearTimeout(this.timer);
    this.announcedLength = undefined;
  }
}
