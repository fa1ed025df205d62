import {expect} from '@open-wc/testing';
import {textFor, type BilingualText} from '../../src/core/dom-free/bilingual-text.js';
import type {Locale} from '../../src/core/dom-free/locale.js';
import {filterOptions, type TextOption} from '../../src/event-calendar/filters.js';
import type {CalendarEvent} from '../../src/event-calendar/model/event-types.js';

/** The option builder as first written (no memo, no shortcut), to compare the faster one with. */
function referenceOptions(values: BilingualText[], locale: Locale): TextOption[] {
  const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');
  const namesOf = (value: BilingualText) =>
    (typeof value === 'string' ? [value] : [value.en, value.cy]).filter((name): name is string => typeof name === 'string' && name.trim() !== '').map(normalise);
  const options: TextOption[] = [];
  const byName = new Map<string, TextOption>();
  for (const value of values) {
    const names = namesOf(value);
    if (!names.length) continue;
    const found = names.map((name) => byName.get(name)).find(Boolean);
    if (found) {
      if (typeof found.label === 'string' && typeof value !== 'string') found.label = value;
      for (const name of names) {
        found.names.add(name);
        byName.set(name, found);
      }
      continue;
    }
    const option: TextOption = {value: names[0]!, label: value, names: new Set(names)};
    options.push(option);
    for (const name of names) byName.set(name, option);
  }
  const tag = locale === 'cy' ? 'cy' : 'en';
  return [...options].sort((a, b) => textFor(a.label, locale).localeCompare(textFor(b.label, locale), tag));
}

describe('filterOptions', () => {
  it('builds the same region and audience options as the plain algorithm, whatever the order and overlap of names', () => {
    // Names that bridge (one value sharing a name with two others), repeat, differ in case and spaces, or are blank.
    const pool: BilingualText[] = [
      'North Wales', 'north  wales', {en: 'North Wales', cy: 'Gogledd Cymru'}, 'Gogledd Cymru', {cy: 'Gogledd Cymru'}, {en: 'Mid Wales'}, {en: 'Mid Wales', cy: 'Canolbarth Cymru'},
      'Canolbarth Cymru', {en: 'West', cy: 'Gorllewin'}, {en: 'Wales', cy: 'Gorllewin'}, {en: 'Wales', cy: 'Cymru'}, 'Cymru', ' ', {en: ' ', cy: 'Staff'}, 'Staff', {en: 'Carers', cy: 'Gofalwyr'},
      'carers', 'Gofalwyr', {en: 'A', cy: 'B'}, {en: 'B', cy: 'C'}, {en: 'C', cy: 'A'}, 'a',
    ];
    let seed = 11;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let round = 0; round < 300; round++) {
      const values = Array.from({length: 1 + Math.floor(random() * 12)}, () => pool[Math.floor(random() * pool.length)]!);
      const events = values.map(
        (value, i): CalendarEvent => ({id: `e${i}`, title: 'x', start: 0, end: 0, allDay: false, status: 'scheduled', location: {name: 'Hall', region: value}, audience: [value, values[(i + 1) % values.length]!]}),
      );
      for (const locale of ['en', 'cy'] as const) {
        const options = filterOptions(events, locale);
        expect(options.regions, `regions of ${JSON.stringify(values)}`).to.deep.equal(referenceOptions(values, locale));
        expect(options.audiences, `audiences of ${JSON.stringify(values)}`).to.deep.equal(referenceOptions(events.flatMap((e) => e.audience!), locale));
      }
    }
  });
});
