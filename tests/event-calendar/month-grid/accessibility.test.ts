import {expect} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import {visibleText} from '../../helpers/fixtures.js';
import {allDay, cellFor, dayButton, chipsIn, focused, LANGS, manyOnDay, monthGrid, moreIn, panel, panelEvents, root, settle, timed} from './month-helpers.js';

const entries = [
  timed('nw', {en: 'North Wales workshop', cy: 'Gweithdy Gogledd Cymru'}, '2026-01-14T14:00:00Z', '2026-01-14T16:00:00Z'),
  allDay('carm', {en: 'Carmarthen drop-in'}, '2026-01-14'),
  timed('cx', 'Swansea forum', '2026-01-20T10:00:00Z', '2026-01-20T11:00:00Z', 'cancelled'),
  timed('full', 'Cardiff walk', '2026-01-21T18:30:00Z', '2026-01-21T19:30:00Z', 'full'),
  allDay('cx-all-day', {en: 'Cardiff drop-in', cy: 'Sesiwn galw heibio Caerdydd'}, '2026-01-22', '2026-01-22', 'cancelled'),
  allDay('full-all-day', 'Newtown open day', '2026-01-23', '2026-01-24', 'full'),
  ...manyOnDay(8, 9),
];

const forcedColors = (value: 'active' | 'none') => executeServerCommand('emulate-media-features', {features: value === 'active' ? [{name: 'forced-colors', value: 'active'}] : []});

for (const lang of LANGS) {
  describe(`month grid accessibility (${lang})`, () => {
    it('has no axe violations, with chips, "+N more" and an open day panel', async () => {
      const el = await monthGrid(lang, {entries});
      await expect(el).to.be.accessible();
      moreIn(cellFor(el, '2026-01-08'))!.click();
      await settle(el);
      expect(panel(el)).to.exist;
      await expect(el).to.be.accessible();
      // A day panel listing all-day events with a status.
      dayButton(el, '2026-01-22').click();
      await settle(el);
      expect(panelEvents(el)).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('stays usable in a 320px container (400% zoom): no horizontal scrolling, a count per day instead of chips, a tap opens the day', async () => {
      const el = await monthGrid(lang, {entries, width: '320px'});
      const wrapper = el.parentElement!;
      expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
      const grid = root(el).querySelector<HTMLElement>('[role=grid]')!;
      expect(grid.getBoundingClientRect().width).to.be.at.most(320);
      const day = cellFor(el, '2026-01-14');
      expect(getComputedStyle(day.querySelector('.chips')!).display).to.equal('none');
      const count = day.querySelector<HTMLElement>('[part~=day-count]')!;
      expect(getComputedStyle(count).display).to.not.equal('none');
      expect(visibleText(count)).to.equal('2');
      // Every button of the toolbar fits too.
      for (const b of root(el).querySelectorAll<HTMLElement>('[part~=nav-button]')) expect(b.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
      dayButton(el, '2026-01-14').click();
      await settle(el);
      expect(panelEvents(el)).to.have.length(2);
      expect(focused(el)).to.equal(panelEvents(el)[0]);
      await expect(el).to.be.accessible();
    });

    it('shows chips again in a wide container', async () => {
      const el = await monthGrid(lang, {entries, width: '60rem'});
      const day = cellFor(el, '2026-01-14');
      expect(getComputedStyle(day.querySelector('.chips')!).display).to.not.equal('none');
      expect(getComputedStyle(day.querySelector('[part~=day-count]')!).display).to.equal('none');
      expect(chipsIn(day)[0]!.getBoundingClientRect().height).to.be.at.least(24);
    });
  });
}

describe('month grid in forced colours', () => {
  afterEach(() => forcedColors('none'));

  it('keeps today and the keyboard focus visible', async () => {
    await forcedColors('active');
    const el = await monthGrid('en', {entries});
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const todayNumber = cellFor(el, '2026-01-14').querySelector<HTMLElement>('[part~=day-number]')!;
    const style = getComputedStyle(todayNumber);
    expect(style.borderTopStyle).to.equal('solid');
    expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
    expect(style.backgroundColor).to.not.equal(getComputedStyle(cellFor(el, '2026-01-14')).backgroundColor);
    dayButton(el, '2026-01-13').focus();
    await sendKeys({press: 'ArrowRight'});
    await settle(el);
    const focusedCell = dayButton(el, '2026-01-14');
    expect(focusedCell.matches(':focus-visible')).to.equal(true);
    const focusStyle = getComputedStyle(focusedCell);
    expect(focusStyle.outlineStyle).to.equal('solid');
    expect(parseFloat(focusStyle.outlineWidth)).to.be.at.least(3);
  });
});
