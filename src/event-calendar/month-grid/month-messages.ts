import {str} from '@lit/localize';
import {pluralCategory} from '../../core/dom-free/plural.js';
import {localeOf, translator, type Language} from '../../core/dom-free/translate.js';
import {welsh} from '../../generated/welsh/event-calendar.js';
import type {EventStatus} from '../model/event-types.js';

/** Messages with the event calendar's part of the Welsh (src/generated/welsh/event-calendar.ts). */
const msgIn = translator(welsh);

/*
 * The strings only the month grid shows or announces, in the locale they are
 * asked for (words it shares with the list and the dialog, such as "All day",
 * "Close" and an event's status, are in ../calendar-messages.ts). Counts use
 * one whole message per Welsh plural category (see ../shared/welsh-glossary.md).
 */

export const previousMonthLabel = (language: Language): string => msgIn(language)('Previous month', {id: 'month.previous'});
export const nextMonthLabel = (language: Language): string => msgIn(language)('Next month', {id: 'month.next'});
export const todayButtonLabel = (language: Language): string => msgIn(language)('Today', {id: 'month.today'});
export const continuesLabel = (language: Language): string =>
  msgIn(language)('Continues', {id: 'month.continues', desc: 'Shown instead of a start time on the second and later days of an event that lasts several days.'});
export const noEventsOnDayText = (language: Language): string => msgIn(language)('There are no events on this day', {id: 'month.panel.empty'});

/**
 * Accessible name of an event chip: "14:00, North Wales workshop, Wednesday
 * 14 January 2026", its status first when it has one. `time` is the start
 * time or "Continues"; undefined for an all-day event, whose name puts the
 * title first ("Carmarthen drop-in, all day, ...") so the chip's visible text
 * (status, then title) reads in its name in the same order.
 */
export function eventName(language: Language, time: string | undefined, title: string, date: string, status: EventStatus): string {
  const msg = msgIn(language);
  if (time === undefined) {
    switch (status) {
      case 'cancelled':
        return msg(str`Cancelled: ${title}, all day, ${date}`, {
          id: 'month.event.name.all-day.cancelled',
          desc: 'An all-day event: title, date. Keep the title before "all day": it is what the button shows.',
        });
      case 'full':
        return msg(str`Fully booked: ${title}, all day, ${date}`, {
          id: 'month.event.name.all-day.full',
          desc: 'An all-day event: title, date. Keep the title before "all day": it is what the button shows.',
        });
      default:
        return msg(str`${title}, all day, ${date}`, {id: 'month.event.name.all-day', desc: 'An all-day event: title, date. Keep the title first: it is what the button shows.'});
    }
  }
  switch (status) {
    case 'cancelled':
      return msg(str`Cancelled: ${time}, ${title}, ${date}`, {id: 'month.event.name.cancelled', desc: 'Time (or "Continues"), event title, date.'});
    case 'full':
      return msg(str`Fully booked: ${time}, ${title}, ${date}`, {id: 'month.event.name.full', desc: 'Time (or "Continues"), event title, date.'});
    default:
      return msg(str`${time}, ${title}, ${date}`, {id: 'month.event.name', desc: 'Time (or "Continues"), event title, date. Keep the time first: the button shows it first.'});
  }
}

/** The visible "+3 more" chip; needs no plural in either language. */
export const moreVisibleText = (language: Language, n: number): string => msgIn(language)(str`+${n} more`, {id: 'month.more.visible'});

/** "Show 3 more events": the accessible name of the "+3 more" chip. */
export function moreName(language: Language, n: number): string {
  const msg = msgIn(language);
  if (n === 0) return msg('No more events', {id: 'month.more.zero'});
  switch (pluralCategory(n, localeOf(language))) {
    case 'one':
      return msg(str`Show ${n} more event`, {id: 'month.more.one'});
    case 'two':
      return msg(str`Show ${n} more events`, {id: 'month.more.two', desc: 'n is 2. Welsh: soft mutation after 2 (2 ddigwyddiad).'});
    case 'few':
      return msg(str`Show ${n} more events`, {id: 'month.more.few', desc: 'n is 3. Welsh: singular noun after 3 (3 digwyddiad).'});
    case 'many':
      return msg(str`Show ${n} more events`, {id: 'month.more.many', desc: 'n is 6. Welsh: singular noun after 6 (6 digwyddiad).'});
    default:
      return msg(str`Show ${n} more events`, {id: 'month.more.other', desc: 'Any other count (4, 5, 7...). Welsh: "o" + plural (o ddigwyddiadau).'});
  }
}

/** A day cell's accessible name: its full date and how many events it has. */
export function dayName(language: Language, date: string, n: number): string {
  const msg = msgIn(language);
  if (n === 0) return msg(str`${date}, no events`, {id: 'month.day.zero'});
  switch (pluralCategory(n, localeOf(language))) {
    case 'one':
      return msg(str`${date}, ${n} event`, {id: 'month.day.one'});
    case 'two':
      return msg(str`${date}, ${n} events`, {id: 'month.day.two', desc: 'n is 2. Welsh: soft mutation after 2 (2 ddigwyddiad).'});
    case 'few':
      return msg(str`${date}, ${n} events`, {id: 'month.day.few', desc: 'n is 3. Welsh: singular noun after 3 (3 digwyddiad).'});
    case 'many':
      return msg(str`${date}, ${n} events`, {id: 'month.day.many', desc: 'n is 6. Welsh: singular noun after 6 (6 digwyddiad).'});
    default:
      return msg(str`${date}, ${n} events`, {id: 'month.day.other', desc: 'Any other count (4, 5, 7...). Welsh: "o" + plural (o ddigwyddiadau).'});
  }
}
