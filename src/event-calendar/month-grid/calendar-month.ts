/** Defines the calendar's internal <profiad-calendar-month> (the calendar imports this; pages never use the tag themselves). */
import {defineElement} from '../../core/element/define-element.js';
import {ProfiadCalendarMonth} from './calendar-month.component.js';

defineElement('profiad-calendar-month', ProfiadCalendarMonth);

export {ProfiadCalendarMonth};

declare global {
  interface HTMLElementTagNameMap {
    /** @internal The calendar's own month grid. `stripInternal` (tsconfig.build.json) leaves it out of the shipped types: pages never use this tag. */
    'profiad-calendar-month': ProfiadCalendarMonth;
  }
}
