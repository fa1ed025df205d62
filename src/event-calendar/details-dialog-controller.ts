import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {CalendarEvent} from './model/event-types.js';

/** `detail` of the `profiad-event-select` event. */
export interface EventSelectDetail {
  event: CalendarEvent;
}

interface DialogParts {
  /** The calendar's native <dialog>. */
  dialog: () => HTMLDialogElement | null;
  /** Where focus goes when what opened the dialog is gone (the calendar's section). */
  fallbackFocus: () => HTMLElement | null;
}

/**
 * The event details dialog's behaviour: which event is open, the
 * `profiad-event-select` event (cancelable, for pages that show events their
 * own way), focus on the title when it opens and back on what opened it when
 * it closes, and a click on the backdrop closing it.
 */
export class DetailsDialogController implements ReactiveController {
  /** The event whose details are open. */
  selected?: CalendarEvent;
  private returnFocusTo?: HTMLElement;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly parts: DialogParts,
  ) {
    host.addController(this);
  }

  /** Nothing to set up: the dialog is the element's own. (A controller needs one hook to be one.) */
  hostConnected(): void {}

  async open(event: CalendarEvent, trigger?: HTMLElement): Promise<void> {
    const select = new CustomEvent<EventSelectDetail>('profiad-event-select', {detail: {event}, bubbles: true, composed: true, cancelable: true});
    if (!this.host.dispatchEvent(select)) return;
    this.returnFocusTo = trigger;
    this.selected = event;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.parts.dialog();
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('#dialog-title')?.focus();
  }

  close(): void {
    this.parts.dialog()?.close();
  }

  /** The dialog's `close` event. */
  readonly onClose = (): void => {
    // A close event can arrive after the reader already opened another event.
    if (this.parts.dialog()?.open) return;
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    this.selected = undefined;
    this.host.requestUpdate();
    if (target?.isConnected) target.focus();
    else this.parts.fallbackFocus()?.focus();
  };

  /** A click on the backdrop (outside the dialog's box) closes it, as readers expect. */
  readonly onClick = (event: MouseEvent): void => {
    const dialog = this.parts.dialog();
    if (!dialog || event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    // A keyboard "click" (Enter on a button inside) reports 0, 0.
    if (!inside && (event.clientX !== 0 || event.clientY !== 0)) dialog.close();
  };
}
