/**
 * The six weeks a month grid shows, and where each of its days begins in a
 * time zone. Computing the 43 local midnights once per month lets the grid
 * place every timed event on its local day with a binary search instead of
 * one `Intl` call per event.
 */
import {daysInMonth, toDayNumber, type CivilDate} from '../../core/dom-free/dates/civil-date.js';
import {zonedDayStart} from '../../core/dom-free/dates/zoned-time.js';
import {eventDays} from './event-days.js';
import type {CalendarEvent} from './event-types.js';

/** Six weeks: every month fits, and the grid keeps one height from month to month. */
export const GRID_DAYS = 42;

/** Day number of the Monday on or before the 1st of the month (UK weeks start on Monday). */
export function gridStartDay(year: number, month: number): number {
  const first = toDayNumber({year, month, day: 1});
  return first - mondayIndex(first);
}

/** Monday = 0 ... Sunday = 6 for a day number (1970-01-01, day 0, was a Thursday). */
export function mondayIndex(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** The month `delta` months away, with the same day number clamped to that month's length. */
export function addMonths(date: CivilDate, delta: number): CivilDate {
  const index = date.year * 12 + (date.month - 1) + delta;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return {year, month, day: Math.min(date.day, daysInMonth(year, month))};
}

export interface MonthRange {
  year: number;
  month: number;
  /** Day number of the first cell (a Monday). */
  firstDay: number;
  /** Day numbers of the 1st and the last day of the month itself. */
  monthFirst: number;
  monthLast: number;
  /** GRID_DAYS + 1 instants: where each cell's day starts in the zone, then where the last one ends. */
  boundaries: number[];
  timeZone: string;
}

const rangeCache = new Map<string, MonthRange>();

/** The grid's days for a month in a zone (cached: a reader paging back and forth costs nothing). */
export function monthRange(year: number, month: number, timeZone: string): MonthRange {
  const key = `${timeZone}|${year}|${month}`;
  let range = rangeCache.get(key);
  if (!range) {
    const firstDay = gridStartDay(year, month);
    const boundaries: number[] = [];
    for (let i = 0; i <= GRID_DAYS; i++) boundaries.push(zonedDayStart(firstDay + i, timeZone));
    const monthFirst = toDayNumber({year, month, day: 1});
    range = {year, month, firstDay, monthFirst, monthLast: monthFirst + daysInMonth(year, month) - 1, boundaries, timeZone};
    if (rangeCache.size > 48) rangeCache.clear();
    rangeCache.set(key, range);
  }
  return range;
}

/**
 * Index of the cell (0 to GRID_DAYS - 1) whose local day contains `instant`;
 * -1 before the grid, GRID_DAYS after it.
 */
export function cellOfInstant(range: MonthRange, instant: number): number {
  const b = range.boundaries;
  if (instant < b[0]!) return -1;
  if (instant >= b[GRID_DAYS]!) return GRID_DAYS;
  let low = 0;
  let high = GRID_DAYS - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (b[mid]! <= instant) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** First and last cell an event covers (may fall outside 0..GRID_DAYS-1). */
export function cellSpan(range: MonthRange, event: CalendarEvent): [first: number, last: number] {
  if (event.allDay) {
    // Civil dates: the same days wherever the grid's zone.
    const {first, last} = eventDays(event, range.timeZone);
    return [first - range.firstDay, last - range.firstDay];
  }
  const first = cellOfInstant(range, event.start);
  // An event ending exactly at midnight does not spill into the next day.
  const last = event.end > event.start ? cellOfInstant(range, event.end - 1) : first;
  return [first, last];
}
