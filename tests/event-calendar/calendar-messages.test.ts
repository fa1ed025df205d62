import {expect} from '@open-wc/testing';
import {formatCount} from '../../src/event-calendar/calendar-messages.js';

describe('event calendar: counts', () => {
  it('groups digits as en-GB does (without Intl on the first paint)', () => {
    const numbers = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 9999, 10_000, 10_003, 12_345, 99_999, 100_000, 999_999, 1_000_000, 20_000, 1_234_567_890];
    for (let n = 0; n < 3000; n += 7) numbers.push(n);
    for (const n of numbers) expect(formatCount(n), String(n)).to.equal(n.toLocaleString('en-GB'));
    expect(formatCount(10_000)).to.equal('10,000');
  });
});
