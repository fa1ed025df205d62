import {expect} from '@open-wc/testing';
import {fromDayNumber, toDayNumber, type CivilDate} from '../../src/core/dom-free/dates/civil-date.js';
import {civilDateAt} from '../../src/core/dom-free/dates/zoned-time.js';
import {monthName, resetWelshDateSupport, weekdayName} from '../../src/core/dom-free/dates/date-names.js';
import {formatDay, formatFuzzyDate, formatMonth} from '../../src/core/dom-free/dates/format-date.js';
import {compareFuzzyDates, datetimeAttribute, parseFuzzyDate, type FuzzyDate} from '../../src/core/dom-free/dates/fuzzy-date.js';
import {pluralCategory, resetWelshPluralSupport} from '../../src/core/dom-free/plural.js';
import {countDateTimeFormats} from '../helpers/intl-count.js';

/** Day number of a calendar date, computed independently of the code under test. */
const dayNo = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const parse = (value: unknown, timeZone?: string): FuzzyDate => {
  const date = parseFuzzyDate(value, timeZone);
  if (!date) throw new Error(`expected ${JSON.stringify(value)} to parse`);
  return date;
};
/** The range as ISO dates, which reads better in a failure than day numbers. */
const range = (date: FuzzyDate) => [new Date(date.earliest * 86_400_000).toISOString().slice(0, 10), new Date(date.latest * 86_400_000).toISOString().slice(0, 10)];

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ENGLISH_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ENGLISH_SHORT = ['Jan', 'Feb', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
const WELSH_DAYS = ['Dydd Sul', 'Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn'];

/** Fails when any English month or day name (long or short) appears in `text`. */
function expectNoEnglish(text: string): void {
  for (const word of [...ENGLISH_MONTHS, ...ENGLISH_DAYS, ...ENGLISH_SHORT]) {
    expect(text, `"${text}" contains the English "${word}"`).not.to.match(new RegExp(`\\b${word}\\b`));
  }
}

/** Every Welsh name the date code can produce: 12 months and 7 days, long and short, plus formatted days. */
function allWelshDateText(): string[] {
  const out: string[] = [];
  for (let m = 1; m <= 12; m++) out.push(monthName(m, 'cy'), monthName(m, 'cy', 'short'), formatMonth(2026, m, 'cy'));
  for (let d = 0; d < 7; d++) out.push(weekdayName(d, 'cy'), weekdayName(d, 'cy', 'short'));
  // 12 to 18 January 2026 covers every day of the week.
  for (let day = 12; day <= 18; day++) out.push(formatDay({year: 2026, month: 1, day}, 'cy'));
  return out;
}

describe('parseFuzzyDate', () => {
  it('reads an exact day', () => {
    const date = parse('2026-01-14');
    expect(date).to.include({precision: 'day', year: 2026, month: 1, day: 14});
    expect(date.earliest).to.equal(dayNo('2026-01-14'));
    expect(date.latest).to.equal(date.earliest);
  });

  it('reads a month as the whole month', () => {
    const date = parse('2026-03');
    expect(date).to.include({precision: 'month', year: 2026, month: 3});
    expect(range(date)).to.deep.equal(['2026-03-01', '2026-03-31']);
  });

  it('reads a season in English or Welsh, as the meteorological season', () => {
    const spring = parse('2026-spring');
    expect(spring).to.include({precision: 'season', year: 2026, season: 'spring'});
    expect(range(spring)).to.deep.equal(['2026-03-01', '2026-05-31']);
    expect(parse('2026-gwanwyn')).to.deep.equal(spring);
    expect(parse('2026-Spring')).to.deep.equal(spring);
    expect(range(parse('2026-summer'))).to.deep.equal(['2026-06-01', '2026-08-31']);
    expect(parse('2026-haf')).to.deep.equal(parse('2026-summer'));
    expect(range(parse('2026-autumn'))).to.deep.equal(['2026-09-01', '2026-11-30']);
    // Hydref is October as well as autumn: ambiguous, so rejected.
    expect(parseFuzzyDate('2026-hydref')).to.equal(undefined);
    expect(parse('2026-fall')).to.deep.equal(parse('2026-autumn'));
    expect(parse('2026-gaeaf')).to.deep.equal(parse('2026-winter'));
  });

  it('runs winter from December into February of the next year, leap day included', () => {
    const winter = parse('2026-winter');
    expect(winter).to.include({precision: 'season', year: 2026, season: 'winter'});
    expect(range(winter)).to.deep.equal(['2026-12-01', '2027-02-28']);
    // February 2028 has 29 days.
    expect(range(parse('2027-winter'))).to.deep.equal(['2027-12-01', '2028-02-29']);
  });

  it('reads a quarter, in either case', () => {
    const q2 = parse('2026-Q2');
    expect(q2).to.include({precision: 'quarter', year: 2026, quarter: 2});
    expect(range(q2)).to.deep.equal(['2026-04-01', '2026-06-30']);
    expect(parse('2026-q2')).to.deep.equal(q2);
    expect(range(parse('2026-Q1'))).to.deep.equal(['2026-01-01', '2026-03-31']);
    expect(range(parse('2026-Q4'))).to.deep.equal(['2026-10-01', '2026-12-31']);
  });

  it('reads a year as the whole year', () => {
    const year = parse('2026');
    expect(year).to.include({precision: 'year', year: 2026});
    expect(year.month).to.equal(undefined);
    expect(range(year)).to.deep.equal(['2026-01-01', '2026-12-31']);
  });

  it('knows leap years', () => {
    expect(range(parse('2024-02'))).to.deep.equal(['2024-02-01', '2024-02-29']);
    expect(range(parse('2026-02'))).to.deep.equal(['2026-02-01', '2026-02-28']);
    expect(range(parse('2000-02'))).to.deep.equal(['2000-02-01', '2000-02-29']);
    expect(parseFuzzyDate('2024-02-29')).to.include({day: 29});
    expect(parseFuzzyDate('2026-02-29')).to.equal(undefined);
    expect(parseFuzzyDate('2100-02-29')).to.equal(undefined);
  });

  it('ignores spaces around the value', () => {
    expect(parse(' 2026-01-14 ')).to.deep.equal(parse('2026-01-14'));
    expect(parse(' 2026-Q2\n')).to.deep.equal(parse('2026-Q2'));
    expect(parse(' 2026-06-30T12:00:00Z ')).to.deep.equal(parse('2026-06-30'));
  });

  it('takes a date-time as its date in Europe/London, not in UTC', () => {
    // 23:30 UTC on 30 June is 00:30 BST on 1 July.
    expect(parse('2026-06-30T23:30:00Z')).to.include({precision: 'day', year: 2026, month: 7, day: 1});
    expect(parse('2026-06-30T23:30:00Z', 'UTC')).to.include({month: 6, day: 30});
    // In winter London is on UTC.
    expect(parse('2026-01-14T23:30:00Z')).to.include({month: 1, day: 14});
    expect(parse('2026-06-30T23:30:00+01:00', 'UTC')).to.include({month: 6, day: 30});
    expect(parse('2026-06-30T23:30:00-05:00')).to.include({month: 7, day: 1});
    expect(parse('2026-06-30T10:00:00Z', 'Pacific/Auckland')).to.include({month: 6, day: 30});
    expect(parse('2026-06-30T13:00:00Z', 'Pacific/Auckland')).to.include({month: 7, day: 1});
  });

  it('takes a date-time without an offset as a wall-clock time in the chosen zone, whatever zone the reader is in', () => {
    // "23:30 on 30 June" in Auckland is still 30 June there. Reading it in the
    // browser's own zone first (UTC here) would move it to 1 July.
    expect(parse('2026-06-30T23:30', 'Pacific/Auckland')).to.include({month: 6, day: 30});
    expect(parse('2026-06-30T23:30:00', 'America/New_York')).to.include({month: 6, day: 30});
    expect(parse('2026-06-30T00:15')).to.include({month: 6, day: 30});
  });

  it('rejects impossible dates and anything that is not one of the forms', () => {
    const invalid: unknown[] = [
      '2026-02-30',
      '2026-13',
      '2026-00',
      '2026-Q5',
      '2026-Q0',
      '',
      '   ',
      42,
      2026,
      null,
      undefined,
      {},
      ['2026'],
      new Date(2026, 0, 14),
      'spring 2026',
      '2026 spring',
      '2026-springtime',
      '14/01/2026',
      '2026-1-14',
      '26-01-14',
      '20260114',
      '2026-01-14x',
      'Q2-2026',
      // An impossible day in a date-time must not roll over into March.
      '2026-02-30T10:00:00Z',
      '2026-06-31T10:00',
      '2026-01-14T25:00:00Z',
      // Words that are properties of every JS object must not pass as seasons.
      '2026-constructor',
      '2026-valueof',
      // There was no year 0.
      '0000',
      '0000-spring',
      '0000-Q1',
      '0000-01',
    ];
    for (const value of invalid) {
      let result: unknown;
      expect(() => (result = parseFuzzyDate(value)), `parseFuzzyDate(${JSON.stringify(value)}) threw`).not.to.throw();
      expect(result, `parseFuzzyDate(${JSON.stringify(value)})`).to.equal(undefined);
    }
  });

  it('counts days correctly in the first century, too', () => {
    // Date.UTC reads years 0 to 99 as 1900 to 1999; the day numbers must not.
    const early = parse('0099-01-14');
    expect(early.earliest).to.be.lessThan(parse('1000').earliest);
    expect(fromDayNumber(early.earliest)).to.deep.equal({year: 99, month: 1, day: 14});
    expect(range(parse('0004-02'))[1]).to.equal('0004-02-29');
  });
});

describe('compareFuzzyDates', () => {
  it('sorts exact and imprecise dates by when they can start, the narrower first', () => {
    const input = ['2026-Q2', '2026', '2026-03', '2026-spring', '2026-01-14', '2025-winter', '2026-03-01', '2026-Q1', '2026-01', '2025-12-31', '2027'];
    const sorted = input
      .map((value) => ({value, date: parse(value)}))
      .sort((a, b) => compareFuzzyDates(a.date, b.date))
      .map((x) => x.value);
    expect(sorted).to.deep.equal([
      '2025-winter', // December 2025 to February 2026
      '2025-12-31',
      '2026-01', // 1 to 31 January
      '2026-Q1', // 1 January to 31 March
      '2026', // 1 January to 31 December
      '2026-01-14',
      '2026-03-01',
      '2026-03',
      '2026-spring', // 1 March to 31 May
      '2026-Q2',
      '2027',
    ]);
  });

  it('says equal dates are equal', () => {
    expect(compareFuzzyDates(parse('2026-spring'), parse('2026-gwanwyn'))).to.equal(0);
    expect(compareFuzzyDates(parse('2026-01-14'), parse('2026-01-14T12:00:00Z'))).to.equal(0);
  });
});

describe('datetimeAttribute', () => {
  it('gives the HTML <time> form where HTML has one', () => {
    expect(datetimeAttribute(parse('2026-01-14'))).to.equal('2026-01-14');
    expect(datetimeAttribute(parse('2026-03'))).to.equal('2026-03');
    expect(datetimeAttribute(parse('2026'))).to.equal('2026');
    expect(datetimeAttribute(parse('2026-06-30T23:30:00Z'))).to.equal('2026-07-01');
  });

  it('gives nothing for seasons and quarters, which HTML cannot express', () => {
    expect(datetimeAttribute(parse('2026-spring'))).to.equal(undefined);
    expect(datetimeAttribute(parse('2026-Q2'))).to.equal(undefined);
  });
});

describe('civilDateAt', () => {
  const at = (iso: string, zone?: string): CivilDate => civilDateAt(new Date(iso), zone);

  it('follows the October clock change in Europe/London', () => {
    // Clocks go back at 01:00 UTC on Sunday 25 October 2026.
    expect(at('2026-10-24T23:30:00Z')).to.deep.equal({year: 2026, month: 10, day: 25}); // 00:30 BST
    expect(at('2026-10-25T00:59:00Z')).to.deep.equal({year: 2026, month: 10, day: 25}); // 01:59 BST
    expect(at('2026-10-25T23:30:00Z')).to.deep.equal({year: 2026, month: 10, day: 25}); // 23:30 GMT
    expect(at('2026-10-26T00:00:00Z')).to.deep.equal({year: 2026, month: 10, day: 26});
  });

  it('follows the March clock change in Europe/London', () => {
    // Clocks go forward at 01:00 UTC on Sunday 29 March 2026.
    expect(at('2026-03-28T23:30:00Z')).to.deep.equal({year: 2026, month: 3, day: 28}); // 23:30 GMT
    expect(at('2026-03-29T23:30:00Z')).to.deep.equal({year: 2026, month: 3, day: 30}); // 00:30 BST
    expect(at('2026-03-31T23:00:00Z')).to.deep.equal({year: 2026, month: 4, day: 1}); // midnight BST
  });

  it('uses another zone when asked, and accepts a timestamp', () => {
    expect(at('2026-10-24T23:30:00Z', 'UTC')).to.deep.equal({year: 2026, month: 10, day: 24});
    expect(at('2026-01-01T03:00:00Z', 'America/New_York')).to.deep.equal({year: 2025, month: 12, day: 31});
    expect(civilDateAt(Date.UTC(2026, 11, 31, 23, 59), 'Europe/London')).to.deep.equal({year: 2026, month: 12, day: 31});
  });

  it('gives day numbers that differ by exactly one across both clock changes', () => {
    const days = ['2026-03-28', '2026-03-29', '2026-03-30', '2026-10-24', '2026-10-25', '2026-10-26'];
    const numbers = days.map((iso) => {
      const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
      return toDayNumber({year, month, day});
    });
    expect(numbers[1]! - numbers[0]!).to.equal(1);
    expect(numbers[2]! - numbers[1]!).to.equal(1);
    expect(numbers[4]! - numbers[3]!).to.equal(1);
    expect(numbers[5]! - numbers[4]!).to.equal(1);
    expect(fromDayNumber(numbers[4]!)).to.deep.equal({year: 2026, month: 10, day: 25});
  });
});

describe('formatting dates', () => {
  afterEach(() => resetWelshDateSupport());

  it('says an exact day as a reader would, in English and Welsh', () => {
    const date = parse('2026-01-14');
    expect(formatFuzzyDate(date, 'en')).to.equal('Wednesday 14 January 2026');
    expect(formatFuzzyDate(date, 'cy')).to.equal('Dydd Mercher, 14 Ionawr 2026');
    expect(formatFuzzyDate(date, 'en', {weekday: false})).to.equal('14 January 2026');
    expect(formatFuzzyDate(date, 'cy', {weekday: false})).to.equal('14 Ionawr 2026');
    expect(formatDay({year: 2026, month: 3, day: 1}, 'cy')).to.equal('Dydd Sul, 1 Mawrth 2026');
    expect(formatDay({year: 2026, month: 3, day: 1}, 'en')).to.equal('Sunday 1 March 2026');
  });

  it('says months, seasons, quarters and years', () => {
    const cases: [string, string, string][] = [
      ['2026-03', 'March 2026', 'Mawrth 2026'],
      ['2026-12', 'December 2026', 'Rhagfyr 2026'],
      ['2026-spring', 'Spring 2026', 'Gwanwyn 2026'],
      ['2026-gwanwyn', 'Spring 2026', 'Gwanwyn 2026'],
      ['2026-summer', 'Summer 2026', 'Haf 2026'],
      ['2026-autumn', 'Autumn 2026', 'Yr hydref 2026'],
      ['2026-winter', 'Winter 2026', 'Gaeaf 2026'],
      ['2026-Q2', 'Quarter 2 2026', 'Chwarter 2 2026'],
      ['2026-Q4', 'Quarter 4 2026', 'Chwarter 4 2026'],
      ['2026', '2026', '2026'],
    ];
    for (const [value, en, cy] of cases) {
      expect(formatFuzzyDate(parse(value), 'en'), value).to.equal(en);
      expect(formatFuzzyDate(parse(value), 'cy'), value).to.equal(cy);
    }
    expect(formatMonth(2026, 3, 'en')).to.equal('March 2026');
    expect(formatMonth(2026, 3, 'cy')).to.equal('Mawrth 2026');
  });

  it('writes every Welsh month and day name in Welsh in this browser, which has no Welsh date data', () => {
    const text = allWelshDateText();
    expect(text.slice(0, 3)).to.deep.equal(['Ionawr', 'Ion', 'Ionawr 2026']);
    expect([...Array(12)].map((_, i) => monthName(i + 1, 'cy'))).to.deep.equal(WELSH_MONTHS);
    expect([...Array(7)].map((_, i) => weekdayName(i, 'cy'))).to.deep.equal(WELSH_DAYS);
    for (const line of text) expectNoEnglish(line);
  });

  it('writes English month and day names as en-GB does', () => {
    expect([...Array(12)].map((_, i) => monthName(i + 1, 'en'))).to.deep.equal(ENGLISH_MONTHS);
    expect([...Array(7)].map((_, i) => weekdayName(i, 'en'))).to.deep.equal(ENGLISH_DAYS);
    expect(monthName(9, 'en', 'short')).to.equal('Sept'); // en-GB's abbreviation
    // The names are bundled (no Intl on the first paint): they must be what this browser's en-GB Intl writes.
    for (const width of ['long', 'short'] as const) {
      const months = new Intl.DateTimeFormat('en-GB', {month: width, timeZone: 'UTC'});
      const days = new Intl.DateTimeFormat('en-GB', {weekday: width, timeZone: 'UTC'});
      for (let m = 1; m <= 12; m++) expect(monthName(m, 'en', width), `${width} month ${m}`).to.equal(months.format(Date.UTC(2026, m - 1, 15)));
      for (let d = 0; d < 7; d++) expect(weekdayName(d, 'en', width), `${width} day ${d}`).to.equal(days.format(Date.UTC(2026, 0, 4 + d)));
    }
  });

  it('never asks Intl for English names', () => {
    const built = countDateTimeFormats(() => {
      for (let m = 1; m <= 12; m++) monthName(m, 'en', m % 2 ? 'long' : 'short');
      for (let d = 0; d < 7; d++) weekdayName(d, 'en', d % 2 ? 'long' : 'short');
      expect(formatDay({year: 2026, month: 1, day: 14}, 'en')).to.equal('Wednesday 14 January 2026');
    });
    expect(built).to.equal(0);
  });
});

describe('Welsh dates in other browsers (simulated)', () => {
  const RealDateTimeFormat = Intl.DateTimeFormat;
  const replace = (fake: typeof Intl.DateTimeFormat) => Object.defineProperty(Intl, 'DateTimeFormat', {value: fake, configurable: true, writable: true});
  const isWelsh = (locales: unknown) => /^cy\b/i.test(String([locales].flat()[0] ?? ''));

  beforeEach(() => resetWelshDateSupport());
  afterEach(() => {
    replace(RealDateTimeFormat);
    resetWelshDateSupport();
  });

  it('still writes Welsh when the browser claims Welsh but formats English (Chrome on Windows)', () => {
    /** Says it supports cy, then formats cy as English, as reported. */
    class ClaimsWelsh extends RealDateTimeFormat {
      constructor(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
        super(isWelsh(locales) ? 'en-GB' : locales, options);
      }
      static override supportedLocalesOf(locales: string | string[]): string[] {
        return [locales].flat();
      }
    }
    replace(ClaimsWelsh as typeof Intl.DateTimeFormat);
    expect(Intl.DateTimeFormat.supportedLocalesOf(['cy'])).to.deep.equal(['cy']);
    expect(new Intl.DateTimeFormat('cy', {month: 'long'}).format(Date.UTC(2026, 0, 15))).to.equal('January');

    expect(formatDay({year: 2026, month: 1, day: 14}, 'cy')).to.equal('Dydd Mercher, 14 Ionawr 2026');
    expect(formatFuzzyDate(parse('2026-03'), 'cy')).to.equal('Mawrth 2026');
    for (const line of allWelshDateText()) expectNoEnglish(line);
    // English is unaffected.
    expect(formatDay({year: 2026, month: 1, day: 14}, 'en')).to.equal('Wednesday 14 January 2026');
  });

  it("uses the browser's own Welsh when it really has it", () => {
    const asked: string[] = [];
    /** A browser with real Welsh data. Its short month for September ("Medi.") differs from the bundled "Medi", so we can tell which was used. */
    class HasWelsh extends RealDateTimeFormat {
      private readonly welsh: boolean;
      private readonly wanted: Intl.DateTimeFormatOptions;
      constructor(locales?: string | string[], options: Intl.DateTimeFormatOptions = {}) {
        super(isWelsh(locales) ? 'en-GB' : locales, options);
        this.welsh = isWelsh(locales);
        this.wanted = options;
      }
      static override supportedLocalesOf(locales: string | string[]): string[] {
        return [locales].flat();
      }
      override format(date?: Date | number): string {
        if (!this.welsh) return super.format(date);
        const d = new Date(date ?? Date.now());
        const {month, weekday} = this.wanted;
        asked.push(JSON.stringify(this.wanted));
        if (month === 'long') return WELSH_MONTHS[d.getUTCMonth()]!;
        if (month === 'short') return ['Ion', 'Chwef', 'Maw', 'Ebrill', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi.', 'Hyd', 'Tach', 'Rhag'][d.getUTCMonth()]!;
        if (weekday === 'long') return WELSH_DAYS[d.getUTCDay()]!;
        if (weekday === 'short') return ['Sul', 'Llun', 'Maw', 'Mer', 'Iau', 'Gwen', 'Sad'][d.getUTCDay()]!;
        throw new Error(`the fake does not format ${JSON.stringify(this.wanted)}`);
      }
    }
    replace(HasWelsh as unknown as typeof Intl.DateTimeFormat);

    expect(formatDay({year: 2026, month: 1, day: 14}, 'cy')).to.equal('Dydd Mercher, 14 Ionawr 2026');
    expect(asked.some((options) => options.includes('weekday'))).to.equal(true);
    expect(monthName(9, 'cy', 'short')).to.equal('Medi.');
    expect(weekdayName(5, 'cy', 'short')).to.equal('Gwen');
  });

  it('falls back to the bundled names when the Welsh check itself throws', () => {
    class Broken extends RealDateTimeFormat {
      static override supportedLocalesOf(): string[] {
        throw new RangeError('broken');
      }
    }
    replace(Broken as unknown as typeof Intl.DateTimeFormat);
    expect(formatDay({year: 2026, month: 1, day: 14}, 'cy')).to.equal('Dydd Mercher, 14 Ionawr 2026');
  });
});

describe('pluralCategory', () => {
  const numbers = [0, 1, 2, 3, 4, 5, 6, 7, 11, 20, 100];
  const welsh = ['zero', 'one', 'two', 'few', 'other', 'other', 'many', 'other', 'other', 'other', 'other'];
  const RealPluralRules = Intl.PluralRules;
  const replace = (fake: typeof Intl.PluralRules) => Object.defineProperty(Intl, 'PluralRules', {value: fake, configurable: true, writable: true});

  beforeEach(() => resetWelshPluralSupport());
  afterEach(() => {
    replace(RealPluralRules);
    resetWelshPluralSupport();
  });

  it('gives all six Welsh categories and the two English ones', () => {
    expect(numbers.map((n) => pluralCategory(n, 'cy'))).to.deep.equal(welsh);
    expect(numbers.map((n) => pluralCategory(n, 'en'))).to.deep.equal(numbers.map((n) => (n === 1 ? 'one' : 'other')));
  });

  it("gives English categories as this browser's Intl does, with one PluralRules per locale", () => {
    const intl = new RealPluralRules('en');
    for (const n of [...Array(2001).keys(), 1.5, 1.0, 0.5, -1, -2, 10_000, 2 ** 53]) expect(pluralCategory(n, 'en'), String(n)).to.equal(intl.select(n));
    let built = 0;
    class Counting extends RealPluralRules {
      constructor(locales?: string | string[], options?: Intl.PluralRulesOptions) {
        super(locales, options);
        built++;
      }
    }
    replace(Counting as typeof Intl.PluralRules);
    expect([0, 1, 2, 3, 10_000].map((n) => pluralCategory(n, 'en'))).to.deep.equal(['other', 'one', 'other', 'other', 'other']);
    // The rules made above (before the counting class) are kept and reused.
    expect(built).to.equal(0);
  });

  it('still gives all six Welsh categories in a browser without Welsh plural rules', () => {
    /** Knows no Welsh: cy falls back to English rules, as Intl does for an unknown locale. */
    class NoWelsh extends RealPluralRules {
      constructor(locales?: string | string[], options?: Intl.PluralRulesOptions) {
        super(String([locales].flat()[0]).startsWith('cy') ? 'en' : locales, options);
      }
      static override supportedLocalesOf(locales: string | string[]): string[] {
        return [locales].flat().filter((l) => !l.startsWith('cy'));
      }
    }
    replace(NoWelsh as typeof Intl.PluralRules);
    expect(new Intl.PluralRules('cy').select(0)).to.equal('other');
    expect(numbers.map((n) => pluralCategory(n, 'cy'))).to.deep.equal(welsh);
    expect(pluralCategory(2, 'en')).to.equal('other');
  });

  it('still gives all six when the browser claims Welsh plural rules but answers English', () => {
    class ClaimsWelsh extends RealPluralRules {
      constructor(locales?: string | string[], options?: Intl.PluralRulesOptions) {
        super(String([locales].flat()[0]).startsWith('cy') ? 'en' : locales, options);
      }
      static override supportedLocalesOf(locales: string | string[]): string[] {
        return [locales].flat();
      }
    }
    replace(ClaimsWelsh as typeof Intl.PluralRules);
    expect(numbers.map((n) => pluralCategory(n, 'cy'))).to.deep.equal(welsh);
  });
});
