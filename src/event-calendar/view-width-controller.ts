import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Containers at least this wide (CSS px) show the month grid unless `view` says otherwise. */
export const MONTH_VIEW_MIN_WIDTH = 640;

export type CalendarView = 'month' | 'list';

/** The view a container of this width (CSS px) shows when `view` does not say. */
export const viewForWidth = (width: number): CalendarView => (width >= MONTH_VIEW_MIN_WIDTH ? 'month' : 'list');

/**
 * The view the calendar's own width asks for, kept up to date as the
 * container resizes (a sidebar, a phone turned sideways, 400% zoom).
 */
export class ViewWidthController implements ReactiveController {
  /** The view the element's width asks for now. */
  view: CalendarView = 'list';
  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /**
   * Measures the element once before its first render, so a wide calendar does
   * not flash the list first. (The calendar skips this when `view` fixes the
   * view: the measurement forces a layout of the host page.)
   */
  measureNow(): void {
    const width = this.host.getBoundingClientRect().width;
    if (width) this.view = viewForWidth(width);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width;
      // Next frame: changing the view now would resize the element inside this
      // same observation ("ResizeObserver loop completed with undelivered notifications").
      if (width)
        requestAnimationFrame(() => {
          const view = viewForWidth(width);
          if (view === this.view) return;
          this.view = view;
          this.host.requestUpdate();
        });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
