/**
 * Defines the calendar's internal <profiad-calendar-month> (the calendar imports
 * this; pages never use the tag themselves). It is deliberately not in
 * HTMLElementTagNameMap: the shipped types name only the public elements.
 */
import {defineElement} from '../../core/element/define-element.js';
import {ProfiadCalendarMonth} from './calendar-month.component.js';

defineElement('profiad-calendar-month', ProfiadCalendarMonth);

export {ProfiadCalendarMonth};
