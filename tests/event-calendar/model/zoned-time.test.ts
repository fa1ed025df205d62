import {expect} from '@open-wc/testing';
import {formatTime, instantFromLocal, localParts, offsetAt, wallClockAt} from '../../../src/core/dates/zoned-time.js';

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
});
