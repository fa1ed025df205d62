/**
 * An event title that exists only in English, in a Welsh grid, is read with
 * English pronunciation wherever it is read: in the chip's accessible name
 * too, which therefore comes from content marked lang="en", not from an
 * aria-label (an attribute cannot say which words are English).
 */
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {accessibleName, cellFor, chipsIn, dayButton, monthGrid, panelEvents, settle, timed, allDay} from './month-helpers.js';

const englishOnly = {en: 'North Wales workshop'};

describe('month grid: titles in the other language', () => {
  it('names a Welsh chip with its English-only title marked lang="en", in the same words as before', async () => {
    const el = await monthGrid('cy', {entries: [timed('w', englishOnly, '2026-01-14T14:00:00Z', '2026-01-14T16:00:00Z')]});
    const chip = chipsIn(cellFor(el, '2026-01-14'))[0]!;
    expect(accessibleName(chip)).to.equal('14:00, North Wales workshop, Dydd Mercher, 14 Ionawr 2026');
    expect(chip.hasAttribute('aria-label')).to.equal(false);
    const named = chip.querySelector('.visually-hidden [lang="en"]');
    expect(named?.textContent).to.equal('North Wales workshop');
    // What is shown says the same, and is hidden from the name so it is not read twice.
    expect(chip.querySelector('[aria-hidden="true"] [lang="en"]')?.textContent).to.equal('North Wales workshop');
  });

  it('does the same for an all-day, cancelled event and in the day panel', async () => {
    const el = await monthGrid('cy', {entries: [allDay('a', englishOnly, '2026-01-14', '2026-01-14', 'cancelled')]});
    const chip = chipsIn(cellFor(el, '2026-01-14'))[0]!;
    expect(chip.querySelector('.visually-hidden [lang="en"]')?.textContent).to.equal('North Wales workshop');
    const name = accessibleName(chip);
    expect(name).to.contain('North Wales workshop');
    expect(name).to.contain('14 Ionawr 2026');

    dayButton(el, '2026-01-14').focus();
    await sendKeys({press: 'Enter'});
    await settle(el);
    const [event] = panelEvents(el);
    expect(event!.hasAttribute('aria-label')).to.equal(false);
    expect(event!.querySelector('.visually-hidden [lang="en"]')?.textContent).to.equal('North Wales workshop');
    expect(accessibleName(event!)).to.equal(name);
  });

  it("keeps a plain aria-label when the title is in the reader's language", async () => {
    const el = await monthGrid('cy', {entries: [timed('w', {en: 'North Wales workshop', cy: 'Gweithdy Gogledd Cymru'}, '2026-01-14T14:00:00Z', '2026-01-14T16:00:00Z')]});
    const chip = chipsIn(cellFor(el, '2026-01-14'))[0]!;
    expect(chip.getAttribute('aria-label')).to.equal('14:00, Gweithdy Gogledd Cymru, Dydd Mercher, 14 Ionawr 2026');
    expect(chip.querySelector('[lang]')).to.equal(null);
  });
});
