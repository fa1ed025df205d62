import {expect} from '@open-wc/testing';
import {formatCount, resultCount, totalCount} from '../../src/event-calendar/calendar-messages.js';

describe('event calendar: counts', () => {
  it('groups digits as en-GB does, in both languages', () => {
    const numbers = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 9999, 10_000, 10_003, 12_345, 99_999, 100_000, 999_999, 1_000_000, 20_000, 1_234_567_890];
    for (let n = 0; n < 3000; n += 7) numbers.push(n);
    for (const n of numbers) expect(formatCount(n), String(n)).to.equal(n.toLocaleString('en-GB'));
    expect(formatCount(10_000)).to.equal('10,000');
    expect([999, 1000, 1_234_567_890].map(formatCount)).to.deep.equal(['999', '1,000', '1,234,567,890']);
    // Welsh counts group with commas too (this browser has no Welsh number data; the count never asks for it).
    for (const locale of ['cy', 'en'] as const) {
      expect(resultCount(locale, 10_003), locale).to.contain('10,003');
      expect(totalCount(locale, 1_000_000), locale).to.contain('1,000,000');
    }
  });
});
