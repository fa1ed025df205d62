import {expect} from '@open-wc/testing';
import {instantFromLocal, localParts, offsetAt, wallClockAt} from '../../../src/core/dom-free/dates/zoned-time.js';

/**
 * Clock changes that do not fall on a quarter hour (St John's and Goose Bay
 * changed at 00:01 local until 2011; Casey's and Gaza's are irregular), and
 * London's: every minute around each change, compared with Intl itself. The
 * changes are found here with Intl, written independently of the code under
 * test.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** What Intl's clocks in `timeZone` show at `instant` (to the minute). */
function intlWall(instant: number, timeZone: string): Wall {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric'});
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) parts[part.type] = Number(part.value);
  return {year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!};
}

/** The wall clock as ms read as UTC (every year here is after 1900). */
const wallMs = (wall: Wall) => Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
const intlOffset = (instant: number, timeZone: string) => wallMs(intlWall(instant, timeZone)) - instant;

/** Every instant (to the minute) at which Intl's offset for `timeZone` changes in [from, to). */
function intlChanges(timeZone: string, from: number, to: number): number[] {
  const changes: number[] = [];
  const step = 3 * HOUR;
  for (let t = from; t < to; t += step) {
    if (intlOffset(t, timeZone) === intlOffset(t + step, timeZone)) continue;
    // Minute by minute through the three hours that hold the change.
    for (let m = t; m < t + step; m += MINUTE) {
      if (intlOffset(m, timeZone) !== intlOffset(m + MINUTE, timeZone)) changes.push(m + MINUTE);
    }
  }
  return changes;
}

/** Compares offsetAt, wallClockAt, localParts and instantFromLocal with Intl every minute from 3 hours before to 3 hours after `change`. */
function expectAgreesWithIntlAround(change: number, timeZone: string): void {
  const from = change - 3 * HOUR;
  const to = change + 3 * HOUR;
  const label = (t: number) => `${timeZone} ${new Date(t).toISOString()}`;
  /** Wall-clock minute -> the first instant Intl shows it (a repeated time reads as its first occurrence). */
  const firstInstant = new Map<number, number>();
  for (let t = from - 2 * HOUR; t < to + 2 * HOUR; t += MINUTE) {
    const wall = wallMs(intlWall(t, timeZone));
    if (!firstInstant.has(wall)) firstInstant.set(wall, t);
  }
  const offsetBefore = intlOffset(change - MINUTE, timeZone);
  for (let t = from; t < to; t += MINUTE) {
    const wall = intlWall(t, timeZone);
    const offset = wallMs(wall) - t;
    // Failing expects only: a passing minute costs no assertion object.
    if (offsetAt(t, timeZone) !== offset) expect(offsetAt(t, timeZone), `offsetAt ${label(t)}`).to.equal(offset);
    if (wallClockAt(t, timeZone) !== t + offset) expect(wallClockAt(t, timeZone), `wallClockAt ${label(t)}`).to.equal(t + offset);
    const parts = localParts(t, timeZone);
    const expectedParts = {date: {year: wall.year, month: wall.month, day: wall.day}, hour: wall.hour, minute: wall.minute};
    if (JSON.stringify(parts) !== JSON.stringify(expectedParts)) expect(parts, `localParts ${label(t)}`).to.deep.equal(expectedParts);
  }
  // Every wall-clock minute around the change, including the skipped ones.
  for (let wall = wallMs(intlWall(from, timeZone)); wall < wallMs(intlWall(to, timeZone)); wall += MINUTE) {
    const date = new Date(wall);
    const local = {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()};
    // A time that never happened is read with the offset from before the change.
    const expected = firstInstant.get(wall) ?? wall - offsetBefore;
    const actual = instantFromLocal(local, date.getUTCHours(), date.getUTCMinutes(), 0, timeZone);
    if (actual !== expected) expect(new Date(actual).toISOString(), `instantFromLocal ${timeZone} ${date.toISOString().slice(0, 16)} (wall)`).to.equal(new Date(expected).toISOString());
  }
}

/** The changes Intl knows in `timeZone` between two years (inclusive), each checked minute by minute. */
function checkZone(timeZone: string, firstYear: number, lastYear: number): number[] {
  const changes = intlChanges(timeZone, Date.UTC(firstYear, 0, 1), Date.UTC(lastYear + 1, 0, 1));
  expect(changes.length, `changes Intl knows in ${timeZone} ${firstYear}-${lastYear}`).to.be.greaterThan(0);
  for (const change of changes) expectAgreesWithIntlAround(change, timeZone);
  return changes;
}

const offQuarterHour = (instant: number) => new Date(instant).getUTCMinutes() % 15 !== 0;

describe('zoned-time against Intl, minute by minute around clock changes', () => {
  it('America/St_Johns before 2011 (changes at 00:01 local, not on a quarter hour)', () => {
    const changes = checkZone('America/St_Johns', 2006, 2011);
    expect(changes.some(offQuarterHour), 'some change off the quarter hour').to.equal(true);
    // 2007: NST to NDT at 00:01 NST on 11 March (03:31 UTC), back at 00:01 NDT on 4 November (02:31 UTC).
    expect(instantFromLocal({year: 2007, month: 3, day: 11}, 0, 0, 0, 'America/St_Johns')).to.equal(Date.parse('2007-03-11T03:30:00Z'));
    expect(localParts(Date.parse('2007-03-11T03:31:00Z'), 'America/St_Johns')).to.deep.equal({date: {year: 2007, month: 3, day: 11}, hour: 1, minute: 1});
    expect(localParts(Date.parse('2007-03-11T03:30:00Z'), 'America/St_Johns')).to.deep.equal({date: {year: 2007, month: 3, day: 11}, hour: 0, minute: 0});
  });

  it('America/Goose_Bay before 2011 (changes at 00:01 local)', () => {
    const changes = checkZone('America/Goose_Bay', 2006, 2011);
    expect(changes.some(offQuarterHour), 'some change off the quarter hour').to.equal(true);
  });

  it('Antarctica/Casey 2020-2022', () => {
    checkZone('Antarctica/Casey', 2019, 2023);
  });

  it('Asia/Gaza', () => {
    checkZone('Asia/Gaza', 2008, 2012);
    checkZone('Asia/Gaza', 2022, 2025);
  });

  it('Europe/London, now and before the EU rule', () => {
    const changes = checkZone('Europe/London', 2025, 2027);
    expect(changes.length).to.equal(6);
    checkZone('Europe/London', 1995, 1996);
  });
});
