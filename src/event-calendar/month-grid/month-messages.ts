import {msg, str} from '@lit/localize';
import type {Locale} from '../../core/localization.js';
import {pluralCategory} from '../../core/dom-free/plural.js';
import type {EventStatus} from '../model/event-types.js';

/*
 * Every string the month grid shows or announces. Called during the grid's
 * render (or inside LocaleController.translate), so msg() translates into
 * the grid's own language. Counts use one whole message per Welsh plural
 * category (see ../shared/welsh-glossary.md).
 */

export const previousMonthText = () => msg('Previous month', {id: 'month.previous'});
export const nextMonthText = () => msg('Next month', {id: 'month.next'});
export const todayText = () => msg('Today', {id: 'month.today'});
export const allDayText = () => msg('All day', {id: 'month.all-day'});
export const continuesText = () =>
  msg('Continues', {id: 'month.continues', desc: 'Shown instead of a start time on the second and later days of an event that lasts several days.'});
export const closeText = () => msg('Close', {id: 'month.panel.close'});
export const noEventsOnDayText = () => msg('There are no events on this day', {id: 'month.panel.empty'});

export function statusText(status: EventStatus): string | undefined {
  switch (status) {
    case 'cancelled':
      return msg('Cancelled', {id: 'month.status.cancelled', desc: 'An event (digwyddiad, masculine) that has been cancelled: wedi\'i ganslo.'});
    case 'full':
      return msg('Fully booked', {id: 'month.status.full'});
    default:
      return undefined;
  }
}

/**
 * Accessible name of an event chip: "14:00, North Wales workshop, Wednesday
 * 14 January 2026", its status first when it has one. `time` is the start
 * time or "Continues"; undefined for an all-day event, whose name puts the
 * title first ("Carmarthen drop-in, all day, ...") so the chip's visible text
 * (status, then title) reads in its name in the same order.
 */
export function eventName(time: string | undefined, title: string, date: string, status: EventStatus): string {
  if (time === undefined) {
    switch (status) {
      case 'cancelled':
        return msg(str`Cancelled: ${title}, all day, ${date}`, {id: 'month.event.name.all-day.cancelled', desc: 'An all-day event: title, date. Keep the title before "all day": it is what the button shows.'});
      case 'full':
        return msg(str`Fully booked: ${title}, all day, ${date}`, {id: 'month.event.name.all-day.full', desc: 'An all-day event: title, date. Keep the title before "all day": it is what the button shows.'});
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
export const moreVisibleText = (n: number) => msg(str`+${n} more`, {id: 'month.more.visible'});

/** "Show 3 more events": the accessible name of the "+3 more" chip. */
export function moreName(n: number, locale: Locale): string {
  if (n === 0) return msg('No more events', {id: 'month.more.zero'});
  switch (pluralCategory(n, locale)) {
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
export function dayName(date: string, n: number, locale: Locale): string {
  if (n === 0) return msg(str`${date}, no events`, {id: 'month.day.zero'});
  switch (pluralCategory(n, locale)) {
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
