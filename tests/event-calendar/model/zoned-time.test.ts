import {expect} from '@open-wc/testing';
import {civilDateAt, formatTime, instantFromLocal, localParts, offsetAt, wallClockAt} from '../../../src/core/dom-free/dates/zoned-time.js';

const LONDON = 'Europe/London';
const utc = (iso: string) => Date.parse(iso);
const day = (year: number, month: number, dayOfMonth: number) => ({year, month, day: dayOfMonth});

describe('zoned-time', () => {
  it('reads London wall-clock times as GMT in winter and BST in summer', () => {
    expect(instantFromLocal(day(2026, 1, 14), 10, 0, 0, LONDON)).to.equal(utc('2026-01-14T10:00:00Z'));
    expect(instantFromLocal(day(2026, 7, 14), 10, 0, 0, LONDON)).to.equal(utc('2026-07-14T09:00:00Z'));
    expect(instantFromLocal(day(2026, 3, 28), 23, 59, 59, LONDON)).to.equal(utc('2026-03-28T23:59:59Z'));
  });

  it('changes offset exactly at 01:00 UTC on the last Sundays of March and October', () => {
    // March 2026: clocks go forward at 01:00 GMT on Sunday 29th.
    expect(instantFromLocal(day(2026, 3, 29), 0, 59, 0, LONDON)).to.equal(utc('2026-03-29T00:59:00Z'));
    expect(instantFromLocal(day(2026, 3, 29), 2, 0, 0, LONDON)).to.equal(utc('2026-03-29T01:00:00Z'));
    expect(instantFromLocal(day(2026, 3, 29), 3, 0, 0, LONDON)).to.equal(utc('2026-03-29T02:00:00Z'));
    // October 2026: clocks go back at 01:00 UTC (02:00 BST) on Sunday 25th.
    expect(instantFromLocal(day(2026, 10, 25), 0, 30, 0, LONDON)).to.equal(utc('2026-10-24T23:30:00Z'));
    expect(instantFromLocal(day(2026, 10, 25), 2, 0, 0, LONDON)).to.equal(utc('2026-10-25T02:00:00Z'));
  });

  it('reads a time in the skipped hour with the offset from before the change (01:30 GMT = 02:30 BST)', () => {
    const instant = instantFromLocal(day(2026, 3, 29), 1, 30, 0, LONDON);
    expect(instant).to.equal(utc('2026-03-29T01:30:00Z'));
    expect(formatTime(instant, LONDON)).to.equal('02:30');
  });

  it('reads a time in the repeated hour as its first occurrence (01:30 BST)', () => {
    const instant = instantFromLocal(day(2026, 10, 25), 1, 30, 0, LONDON);
    expect(instant).to.equal(utc('2026-10-25T00:30:00Z'));
    expect(formatTime(instant, LONDON)).to.equal('01:30');
    // An hour later the clock shows 01:30 again, now in GMT.
    expect(formatTime(instant + 3_600_000, LONDON)).to.equal('01:30');
  });

  it('works for other zones, including ones south of the equator and with half-hour offsets', () => {
    expect(instantFromLocal(day(2026, 3, 8), 2, 30, 0, 'America/New_York')).to.equal(utc('2026-03-08T07:30:00Z')); // gap
    expect(instantFromLocal(day(2026, 11, 1), 1, 30, 0, 'America/New_York')).to.equal(utc('2026-11-01T05:30:00Z')); // first of two
    expect(instantFromLocal(day(2026, 1, 14), 10, 0, 0, 'Australia/Sydney')).to.equal(utc('2026-01-13T23:00:00Z'));
    expect(instantFromLocal(day(2026, 1, 14), 10, 0, 0, 'Asia/Kolkata')).to.equal(utc('2026-01-14T04:30:00Z'));
    expect(instantFromLocal(day(2026, 1, 14), 10, 0, 0, 'UTC')).to.equal(utc('2026-01-14T10:00:00Z'));
  });

  it('gives the wall-clock date, hour and minute of an instant', () => {
    expect(localParts(utc('2026-07-31T23:30:00Z'), LONDON)).to.deep.equal({date: day(2026, 8, 1), hour: 0, minute: 30});
    expect(localParts(utc('2026-12-31T23:30:00Z'), LONDON)).to.deep.equal({date: day(2026, 12, 31), hour: 23, minute: 30});
    expect(localParts(utc('2026-12-31T23:30:00Z'), 'Europe/Paris')).to.deep.equal({date: day(2027, 1, 1), hour: 0, minute: 30});
  });

  it('round-trips every quarter hour across both London changes of 2026', () => {
    for (const start of [utc('2026-03-28T12:00:00Z'), utc('2026-10-24T12:00:00Z')]) {
      for (let t = start; t < start + 86_400_000 * 1.5; t += 900_000) {
        const {date, hour, minute} = localParts(t, LONDON);
        const back = instantFromLocal(date, hour, minute, 0, LONDON);
        // In the repeated hour the earlier reading wins, so the second 01:xx maps back an hour earlier.
        expect(back === t || back === t - 3_600_000, `${new Date(t).toISOString()} -> ${new Date(back).toISOString()}`).to.equal(true);
      }
    }
  });

  it('formats times 24-hour with two digits', () => {
    expect(formatTime(utc('2026-01-14T14:00:00Z'), LONDON)).to.equal('14:00');
    expect(formatTime(utc('2026-06-14T08:05:00Z'), LONDON)).to.equal('09:05');
    expect(formatTime(utc('2026-01-14T00:00:00Z'), LONDON)).to.equal('00:00');
  });

  it('exposes offsets and wall-clock numbers', () => {
    expect(offsetAt(utc('2026-07-01T00:00:00Z'), LONDON)).to.equal(3_600_000);
    expect(offsetAt(utc('2026-01-01T00:00:00Z'), LONDON)).to.equal(0);
    expect(wallClockAt(utc('2026-07-01T23:30:00Z'), LONDON)).to.equal(utc('2026-07-02T00:30:00Z'));
  });

  it('throws RangeError for an unknown zone', () => {
    expect(() => instantFromLocal(day(2026, 1, 1), 0, 0, 0, 'Mars/Olympus_Mons')).to.throw(RangeError);
  });

  describe('offsets against Intl', () => {
    /** The zone's offset at `instant` straight from Intl, written independently of the code under test. */
    const intlOffset = (formatter: Intl.DateTimeFormat, instant: number) => {
      // Intl shows whole seconds: compare with the second the instant falls in.
      const whole = Math.floor(instant / 1000) * 1000;
      const parts: Record<string, number> = {};
      for (const part of formatter.formatToParts(whole)) parts[part.type] = Number(part.value);
      return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) - whole;
    };
    const formatterFor = (timeZone: string) =>
      new Intl.DateTimeFormat('en-US', {timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric'});
    const HOUR = 3_600_000;

    it("reads London as Intl does, every hour of years with the UK rule's edge cases", () => {
      const intl = formatterFor(LONDON);
      // 1996: the first year of the rule; 2000: a leap year; 2024-2027: now; 2037/2038: the 32-bit edge; 2100, 2400: far ahead.
      for (const year of [1996, 2000, 2024, 2025, 2026, 2027, 2037, 2038, 2100, 2400]) {
        let changes = 0;
        let previous: number | undefined;
        for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += HOUR) {
          const expected = intlOffset(intl, t);
          const actual = offsetAt(t, LONDON);
          if (actual !== expected) expect(actual, `${new Date(t).toISOString()}`).to.equal(expected);
          if (previous !== undefined && previous !== actual) changes++;
          previous = actual;
        }
        expect(changes, `clock changes in ${year}`).to.equal(2);
      }
    });

    it('changes London offsets at 01:00 UTC to the millisecond, and follows Intl before 1996 (other rules)', () => {
      const intl = formatterFor(LONDON);
      for (const change of [utc('2026-03-29T01:00:00Z'), utc('2026-10-25T01:00:00Z'), utc('1996-03-31T01:00:00Z'), utc('1996-10-27T01:00:00Z')]) {
        for (const t of [change - 1, change, change + 1]) expect(offsetAt(t, LONDON), new Date(t).toISOString()).to.equal(intlOffset(intl, t));
      }
      // 1995 ended BST on the fourth Sunday of October (the 22nd), not the last (the 29th).
      expect(offsetAt(utc('1995-10-25T12:00:00Z'), LONDON)).to.equal(0);
      // 1970: British Standard Time, UTC+1 all year.
      expect(offsetAt(utc('1970-01-15T12:00:00Z'), LONDON)).to.equal(HOUR);
    });

    it("reads London's local mean time before December 1847, and the ends of the calendar's range, as Intl does", () => {
      const intl = formatterFor(LONDON);
      const yearOne = new Date(0).setUTCFullYear(1, 0, 1);
      const lmtEnd = utc('1847-12-01T00:01:15Z');
      // The 1847 change is at 00:01:15 GMT: found to the second.
      for (const t of [
        yearOne - 86_400_000,
        yearOne,
        yearOne + 86_400_000,
        utc('1000-06-01T00:00:00Z'),
        lmtEnd - 1000,
        lmtEnd,
        lmtEnd + 900_000,
        utc('9999-12-31T00:00:00Z'),
        Date.UTC(10000, 0, 1),
        Date.UTC(10000, 6, 1),
      ]) {
        // Intl writes year 1 BC as era BC, year 1: formatterFor has no era, so read the offset from the time of day.
        const parts: Record<string, number> = {};
        for (const part of intl.formatToParts(t)) parts[part.type] = Number(part.value);
        const seconds = parts.hour! * 3600 + parts.minute! * 60 + parts.second! - Math.floor((((t / 1000) % 86_400) + 86_400) % 86_400);
        const expected = ((((seconds + 43_200) % 86_400) + 86_400) % 86_400) - 43_200;
        expect(offsetAt(t, LONDON), new Date(t).toISOString()).to.equal(expected * 1000);
      }
      expect(offsetAt(yearOne, LONDON)).to.equal(-75_000);
    });

    it('asks Intl a few times per day of events, not per event (offsets cached per UTC day)', () => {
      const prototype = Intl.DateTimeFormat.prototype;
      const realFormatToParts = prototype.formatToParts;
      let asked = 0;
      prototype.formatToParts = function (this: Intl.DateTimeFormat, date?: Date | number) {
        asked++;
        return realFormatToParts.call(this, date);
      };
      try {
        // March 2031 (a month no other test has cached, with a clock change), every 10 minutes.
        for (let dayOfMonth = 1; dayOfMonth <= 31; dayOfMonth++) {
          for (let minutes = 0; minutes < 24 * 60; minutes += 10) instantFromLocal(day(2031, 3, dayOfMonth), Math.floor(minutes / 60), minutes % 60, 0, LONDON);
        }
      } finally {
        prototype.formatToParts = realFormatToParts;
      }
      // 33 days (a day either side) at two look-ups each (its two ends), and the day of the change bisected to the second: 84 here, not 4,464.
      expect(asked).to.be.lessThan(100);
      expect(instantFromLocal(day(2031, 7, 1), 10, 0, 0, LONDON)).to.equal(utc('2031-07-01T09:00:00Z'));
      expect(civilDateAt(utc('2031-06-30T23:30:00Z'), LONDON)).to.deep.equal(day(2031, 7, 1));
    });

    it("gives civilDateAt's London dates as Intl does around midnight and the clock changes", () => {
      const intl = new Intl.DateTimeFormat('en-CA', {timeZone: LONDON, year: 'numeric', month: 'numeric', day: 'numeric'});
      for (const start of [utc('2026-03-28T20:00:00Z'), utc('2026-10-24T20:00:00Z'), utc('2026-06-30T20:00:00Z')]) {
        for (let t = start; t < start + 30 * HOUR; t += 15 * 60_000) {
          const parts: Record<string, number> = {};
          for (const part of intl.formatToParts(t)) parts[part.type] = Number(part.value);
          expect(civilDateAt(t, LONDON), new Date(t).toISOString()).to.deep.equal(day(parts.year!, parts.month!, parts.day!));
        }
      }
    });

    it('reads other zones as Intl does every half hour across their clock changes (cached per day)', () => {
      // New York and Sydney change at local times, Lord Howe by half an hour, Kolkata never.
      for (const zone of ['America/New_York', 'Australia/Sydney', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Europe/Paris']) {
        const intl = formatterFor(zone);
        for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += HOUR / 2) {
          const expected = intlOffset(intl, t);
          const actual = offsetAt(t, zone);
          if (actual !== expected) expect(actual, `${zone} ${new Date(t).toISOString()}`).to.equal(expected);
        }
      }
    });
  });
});
