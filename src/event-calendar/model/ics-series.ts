/**
 * A recurring iCalendar event (RRULE and/or RDATE), expanded only for the
 * range a view asks for: EXDATEs removed, RECURRENCE-ID overrides in place of
 * the occurrences they replace (moved, retitled or cancelled), and
 * RANGE=THISANDFUTURE overrides applied to the occurrences after them too.
 *
 * Recurrences repeat on the wall clock of the event's zone (ical.js iterates
 * floating times), and each occurrence becomes an instant only afterwards, so
 * "10:00 every month" is 10:00Z in winter and 09:00Z in summer in London.
 *
 * Defences against rules that never end or never match: the iteration skips
 * whole periods ahead to just before the range (rules without COUNT), stops
 * at the end of the range, stops after MAX_STEPS candidate times, and returns
 * at most MAX_OCCURRENCES occurrences per call.
 */
import ICAL from 'ical.js';
import type {ReportProblem} from '../../core/dom-free/feed-problems.js';
import {wallClockAt} from '../../core/dom-free/dates/zoned-time.js';
import {MS_PER_DAY, utcMs} from '../../core/dom-free/dates/civil-date.js';
import type {CalendarEvent, RecurringSeries} from './event-types.js';
import {floatingIcalTime, floatingTime, localAt, momentMs, wallMs, type LocalDateTime, type Moment, type Zone} from './ics-time.js';

/** Candidate times ical.js may try in one call (each is one check of the rule's BY parts). */
export const MAX_STEPS = 5_000;
/** Occurrences one call returns at most. */
export const MAX_OCCURRENCES = 2_000;
/** No zone is more than 14 hours from UTC; 15 leaves room for odd historical offsets. */
const ZONE_MARGIN = 15 * 3_600_000;

/** What an occurrence looks like apart from its times and id. */
export type EventFields = Omit<CalendarEvent, 'id' | 'seriesId' | 'start' | 'end' | 'allDay'>;

export interface SeriesDefinition {
  uid: string;
  fields: EventFields;
  start: Moment;
  /** Timed: exact length in ms. All-day: length in days. */
  length: number;
  rule?: ICAL.Recur;
  rdates: Moment[];
  exdates: Moment[];
  /**
   * RECURRENCE-ID overrides: the time they replace, and the occurrence to show
   * instead (its id is set here). With `thisAndFuture` (RANGE=THISANDFUTURE)
   * the change also applies to every later occurrence: its fields, its length,
   * and its move on the clock (an hour later, a day earlier...).
   */
  overrides: {recurrenceId: Moment; event: CalendarEvent; thisAndFuture?: boolean}[];
  /** The zone all-day dates are placed in against a range (the element's). */
  timeZone: string;
  /**
   * Told (once) when a call had to stop early (a rule too dense or impossible).
   * A view expands the series after the feed was read and its problems reported.
   */
  report: ReportProblem;
}

class StepLimit extends Error {}

/** A RANGE=THISANDFUTURE change, for the occurrences from `from` (their start in the rule) on. */
interface FutureChange {
  from: number;
  fields: EventFields;
  /** How far each occurrence moves on the wall clock (ms; whole days for an all-day series). */
  shift: number;
  /** The new length: ms, or days for an all-day series. */
  length: number;
}

/** Identifies an occurrence by the start it had in the rule: "t<instant>" for timed, "d<day number>" for dates. */
export const occurrenceKey = (moment: Moment): string => (moment.isDate ? `d${momentMs(moment) / MS_PER_DAY}` : `t${momentMs(moment)}`);

/** The id part that tells occurrences apart: "20260114T100000Z" or "20260114". */
export function occurrenceStamp(start: number, allDay: boolean): string {
  const iso = new Date(start).toISOString();
  const date = iso.slice(0, 10).replace(/-/g, '');
  return allDay ? date : `${date}T${iso.slice(11, 19).replace(/:/g, '')}Z`;
}

export class IcsSeries implements RecurringSeries {
  readonly kind = 'series';
  readonly seriesId: string;
  private readonly allDay: boolean;
  private readonly zone?: Zone;
  private readonly excluded = new Set<string>();
  private readonly rule?: ICAL.Recur;
  private readonly overrides = new Map<string, CalendarEvent>();
  /** RANGE=THISANDFUTURE changes, latest first. */
  private readonly futureChanges: FutureChange[] = [];
  /** How much further than the rule's own times a changed occurrence may reach (ms), for the iteration's bounds. */
  private readonly futureReach: number = 0;
  private warned = false;

  constructor(private readonly definition: SeriesDefinition) {
    this.seriesId = definition.uid;
    this.allDay = definition.start.isDate;
    if (!definition.start.isDate) this.zone = definition.start.zone;
    for (const exdate of definition.exdates) this.excluded.add(this.keyInSeries(exdate));
    if (definition.rule) this.rule = this.normaliseRule(definition.rule);
    for (const {recurrenceId, event, thisAndFuture} of definition.overrides) {
      // The id an occurrence would have had at that time, so it stays the same when the occurrence moves.
      const id = `${this.seriesId}/${occurrenceStamp(momentMs(recurrenceId), recurrenceId.isDate)}`;
      this.overrides.set(this.keyInSeries(recurrenceId), {...event, id, seriesId: this.seriesId});
      if (thisAndFuture && event.allDay === this.allDay) this.futureChanges.push(this.futureChange(recurrenceId, event));
    }
    this.futureChanges.sort((a, b) => b.from - a.from);
    for (const change of this.futureChanges) {
      const reach = Math.abs(change.shift) + (this.allDay ? change.length * MS_PER_DAY : change.length);
      this.futureReach = Math.max(this.futureReach, reach);
    }
  }

  /** What a THISANDFUTURE override changes, as ical.js reads it: the move on the clock, the new length, its fields. */
  private futureChange(recurrenceId: Moment, event: CalendarEvent): FutureChange {
    const {id: _id, seriesId: _seriesId, start, end, allDay: _allDay, ...fields} = event;
    if (this.allDay) {
      const original = this.dayOf(recurrenceId);
      return {from: original, fields, shift: start - original, length: Math.max(1, Math.round((end - start) / MS_PER_DAY))};
    }
    const zone = this.zone!;
    const original = momentMs(recurrenceId);
    return {from: original, fields, shift: wallMs(localAt(start, zone)) - wallMs(localAt(original, zone)), length: end - start};
  }

  /** The UTC midnight of the date a RECURRENCE-ID names in an all-day series (a date-time is read on the element's clock). */
  private dayOf(moment: Moment): number {
    if (moment.isDate) return momentMs(moment);
    const local = localAt(momentMs(moment), this.floatingZone());
    return utcMs(local);
  }

  occurrencesBetween(rangeStart: number, rangeEnd: number): CalendarEvent[] {
    const result: CalendarEvent[] = [];
    if (!(rangeEnd > rangeStart)) return result;
    const {length, timeZone} = this.definition;
    const overrides = this.overrides;
    // All-day dates are floating: compare them with the range as the element's clocks read it.
    const low = this.allDay ? wallClockAt(rangeStart, timeZone) : rangeStart;
    const high = this.allDay ? wallClockAt(rangeEnd, timeZone) : rangeEnd;
    const lengthMs = this.allDay ? length * MS_PER_DAY : length;
    const overlaps = (start: number, end: number) => start < high && Math.max(end, start + 1) > low;
    const seen = new Set<string>();

    const consider = (moment: Moment) => {
      const key = this.keyInSeries(moment);
      if (seen.has(key)) return;
      seen.add(key);
      if (overrides.has(key) || this.excluded.has(key) || (!this.allDay && this.excluded.has(this.dayKey(moment)))) return;
      const start = momentMs(moment);
      const change = this.futureChanges.length ? this.futureChanges.find((c) => c.from <= start) : undefined;
      if (change) {
        const occurrence = this.changedOccurrence(moment, start, change);
        if (overlaps(occurrence.start, occurrence.end)) result.push(occurrence);
      } else if (overlaps(start, start + lengthMs)) {
        result.push(this.occurrence(start, start + lengthMs));
      }
    };

    // Wall-clock bounds outside which no occurrence can overlap the range, whatever the zone
    // (wider by what a THISANDFUTURE change may move an occurrence).
    const reach = this.futureReach;
    const lowWall = (this.allDay ? low - lengthMs : rangeStart - lengthMs - ZONE_MARGIN) - reach;
    const highWall = (this.allDay ? high : rangeEnd + ZONE_MARGIN) + reach;
    if (this.rule) {
      try {
        this.iterate(lowWall, highWall, (moment) => {
          consider(moment);
          return result.length < MAX_OCCURRENCES;
        });
      } catch (error) {
        if (!(error instanceof StepLimit)) throw error;
        this.warn(
          `the recurrence rule of "${this.seriesId}" needed more than ${MAX_STEPS} steps for one range (a rule too dense or that never matches); ` +
            `its occurrences from ${new Date(Number(error.message)).toISOString().slice(0, 10)} on are not shown.`,
        );
      }
    }
    // DTSTART is always the first occurrence (RFC 5545, 3.8.5.3), even where it does not fit the
    // rule's pattern; ical.js yields only times that fit, so it is added here (once: see `seen`).
    for (const rdate of [this.definition.start, ...this.definition.rdates]) {
      const moment = this.alignRdate(rdate);
      const wall = moment.isDate ? momentMs(moment) : wallMs(moment.local);
      if (wall >= lowWall && wall < highWall) consider(moment);
    }
    for (const override of overrides.values()) {
      const [from, to] = override.allDay ? [wallClockAt(rangeStart, timeZone), wallClockAt(rangeEnd, timeZone)] : [rangeStart, rangeEnd];
      if (override.start < to && Math.max(override.end, override.start + 1) > from) result.push(override);
    }
    if (result.length >= MAX_OCCURRENCES) {
      this.warn(`"${this.seriesId}" has more than ${MAX_OCCURRENCES} occurrences in one range; only the first ${MAX_OCCURRENCES} are shown.`);
      result.length = MAX_OCCURRENCES;
    }
    return result;
  }

  /** An occurrence from `original` (its start in the rule) on which a THISANDFUTURE change applies. */
  private changedOccurrence(moment: Moment, original: number, change: FutureChange): CalendarEvent {
    let start: number;
    let end: number;
    if (this.allDay) {
      start = original + change.shift;
      end = start + change.length * MS_PER_DAY;
    } else {
      const moved = new Date(wallMs((moment as Extract<Moment, {isDate: false}>).local) + change.shift);
      const local: LocalDateTime = {
        year: moved.getUTCFullYear(),
        month: moved.getUTCMonth() + 1,
        day: moved.getUTCDate(),
        hour: moved.getUTCHours(),
        minute: moved.getUTCMinutes(),
        second: moved.getUTCSeconds(),
      };
      start = momentMs({isDate: false, local, zone: this.zone!});
      end = start + change.length;
    }
    return {...change.fields, id: `${this.seriesId}/${occurrenceStamp(original, this.allDay)}`, seriesId: this.seriesId, start, end, allDay: this.allDay};
  }

  private occurrence(start: number, end: number): CalendarEvent {
    return {
      ...this.definition.fields,
      id: `${this.seriesId}/${occurrenceStamp(start, this.allDay)}`,
      seriesId: this.seriesId,
      start,
      end,
      allDay: this.allDay,
    };
  }

  /**
   * Walks the rule's occurrences from just before `lowWall` (wall-clock ms)
   * until `highWall` or until `visit` returns false.
   */
  private iterate(lowWall: number, highWall: number, visit: (moment: Moment) => boolean): void {
    const rule = this.rule!;
    const dtstart = this.fastForward(lowWall);
    const iterator = rule.iterator(floatingTime(dtstart));
    let steps = 0;
    let lastWall = lowWall;
    // ical.js loops inside next() until a candidate matches the rule's BY parts; an impossible
    // rule ("every 30 February") would loop for ever, so every candidate counts against the budget.
    const check = iterator.check_contracting_rules.bind(iterator);
    iterator.check_contracting_rules = () => {
      if (++steps > MAX_STEPS) throw new StepLimit(String(lastWall));
      return check();
    };
    for (let time = iterator.next(); time; time = iterator.next()) {
      if (++steps > MAX_STEPS) throw new StepLimit(String(lastWall));
      const moment: Moment = time.isDate
        ? {isDate: true, date: {year: time.year, month: time.month, day: time.day}}
        : {isDate: false, local: {year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second}, zone: this.zone!};
      const wall = moment.isDate ? momentMs(moment) : wallMs(moment.local);
      lastWall = wall;
      if (wall >= highWall) return;
      if (wall < lowWall) continue;
      if (!visit(moment)) return;
    }
  }

  /**
   * A later DTSTART that gives the same occurrences from `lowWall` on:
   * whole periods (INTERVAL seconds, minutes, hours, days, weeks, months or
   * years, on the wall clock) ahead, stopping one period short so the BY parts
   * of the first period are not lost. Not for
   * COUNT rules (the count starts at DTSTART), nor for month days past the
   * 28th (not every month has them).
   */
  private fastForward(lowWall: number): Moment {
    const {start} = this.definition;
    const rule = this.rule!;
    if (rule.count) return start;
    const local: LocalDateTime = start.isDate ? {...start.date, hour: 0, minute: 0, second: 0} : start.local;
    const startWall = wallMs(local);
    if (lowWall <= startWall) return start;
    const interval = Math.max(1, rule.interval || 1);
    const toMoment = (moved: Date): Moment => {
      const date = {year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate()};
      if (start.isDate) return {isDate: true, date};
      return {isDate: false, local: {...date, hour: moved.getUTCHours(), minute: moved.getUTCMinutes(), second: moved.getUTCSeconds()}, zone: start.zone};
    };
    const shiftWall = (ms: number) => toMoment(new Date(startWall + ms));
    const shiftMonths = (months: number) => toMoment(new Date(utcMs({...local, month: local.month + months}, local.hour, local.minute, local.second)));
    const target = new Date(lowWall);
    const unitMs: Record<string, number> = {SECONDLY: 1000, MINUTELY: 60_000, HOURLY: 3_600_000, DAILY: MS_PER_DAY, WEEKLY: 7 * MS_PER_DAY};
    const unit = unitMs[rule.freq];
    if (unit !== undefined) {
      // Sub-daily rules on a date make no sense; leave them alone.
      if (start.isDate && unit < MS_PER_DAY) return start;
      const periodMs = interval * unit;
      const periods = Math.floor((lowWall - startWall) / periodMs) - 1;
      if (periods <= 0) return start;
      return shiftWall(periods * periodMs);
    }
    if (rule.freq === 'MONTHLY' || rule.freq === 'YEARLY') {
      if (local.day > 28) return start;
      const monthsPerPeriod = interval * (rule.freq === 'YEARLY' ? 12 : 1);
      const months = (target.getUTCFullYear() - local.year) * 12 + (target.getUTCMonth() + 1 - local.month);
      const periods = Math.floor(months / monthsPerPeriod) - 1;
      return periods > 0 ? shiftMonths(periods * monthsPerPeriod) : start;
    }
    return start;
  }

  /**
   * The rule with UNTIL on the same floating wall clock as the iteration:
   * a UTC UNTIL becomes the zone's local time; a date UNTIL on a timed series
   * includes that whole day.
   */
  private normaliseRule(rule: ICAL.Recur): ICAL.Recur | undefined {
    const copy = rule.clone();
    // With COUNT, DTSTART counts as the first of them even when it does not fit the pattern
    // (RFC 5545, 3.8.5.3); ical.js counts only times that fit, so it gets one fewer to find.
    if (copy.count && !this.startFitsRule(rule)) {
      if (copy.count === 1) return undefined; // DTSTART is the one occurrence
      copy.count -= 1;
    }
    const until = rule.until;
    if (until) {
      const utc = until.zone === ICAL.Timezone.utcTimezone;
      if (this.allDay) {
        const local = utc && !until.isDate ? localAt(until.toUnixTime() * 1000, this.floatingZone()) : until;
        copy.until = floatingIcalTime({year: local.year, month: local.month, day: local.day, isDate: true});
      } else if (until.isDate) {
        copy.until = floatingIcalTime({year: until.year, month: until.month, day: until.day, hour: 23, minute: 59, second: 59, isDate: false});
      } else if (utc) {
        copy.until = floatingIcalTime({...localAt(until.toUnixTime() * 1000, this.zone!), isDate: false});
      } else {
        copy.until = floatingIcalTime({year: until.year, month: until.month, day: until.day, hour: until.hour, minute: until.minute, second: until.second, isDate: false});
      }
    }
    return copy;
  }

  /** Whether DTSTART is a time the rule's pattern gives (ical.js skips it when not). */
  private startFitsRule(rule: ICAL.Recur): boolean {
    const {start} = this.definition;
    const iterator = rule.iterator(floatingTime(start));
    // The same step budget as `iterate`: a rule that never matches would loop inside next() for ever.
    let steps = 0;
    const check = iterator.check_contracting_rules.bind(iterator);
    iterator.check_contracting_rules = () => {
      if (++steps > MAX_STEPS) throw new StepLimit();
      return check();
    };
    let first: ICAL.Time | null;
    try {
      first = iterator.next();
    } catch (error) {
      if (error instanceof StepLimit) return false;
      throw error;
    }
    if (!first) return false;
    const date = start.isDate ? start.date : start.local;
    const sameDay = first.year === date.year && first.month === date.month && first.day === date.day;
    return start.isDate ? sameDay : sameDay && first.hour === start.local.hour && first.minute === start.local.minute && first.second === start.local.second;
  }

  private floatingZone(): Zone {
    const {timeZone} = this.definition;
    return {name: timeZone, offsetAt: (instant) => wallClockAt(instant, timeZone) - instant};
  }

  /** An RDATE of the other kind (a date in a timed series, or the reverse) made to fit the series. */
  private alignRdate(moment: Moment): Moment {
    const {start} = this.definition;
    if (moment.isDate === start.isDate) return moment;
    if (moment.isDate && !start.isDate) {
      return {isDate: false, local: {...moment.date, hour: start.local.hour, minute: start.local.minute, second: start.local.second}, zone: start.zone};
    }
    const local = localAt(momentMs(moment), this.floatingZone());
    return {isDate: true, date: {year: local.year, month: local.month, day: local.day}};
  }

  /** The key an EXDATE, RDATE, RECURRENCE-ID or generated time has in this series. */
  keyInSeries(moment: Moment): string {
    if (this.allDay && !moment.isDate) {
      const local = localAt(momentMs(moment), this.floatingZone());
      return occurrenceKey({isDate: true, date: {year: local.year, month: local.month, day: local.day}});
    }
    return occurrenceKey(moment);
  }

  /** For a timed series: the key of the day an occurrence falls on, to match EXDATEs written as dates. */
  private dayKey(moment: Moment): string {
    if (moment.isDate) return occurrenceKey(moment);
    const local = localAt(momentMs(moment), moment.zone);
    return occurrenceKey({isDate: true, date: {year: local.year, month: local.month, day: local.day}});
  }

  private warn(message: string): void {
    if (this.warned) return;
    this.warned = true;
    this.definition.report(message);
  }
}
