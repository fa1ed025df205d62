import {expect} from '@open-wc/testing';
import type {BilingualText} from '../../src/core/dom-free/bilingual-text.js';
import {filterOptions} from '../../src/event-calendar/filters.js';
import type {CalendarEvent} from '../../src/event-calendar/model/event-types.js';

const inRegions = (regions: BilingualText[]): CalendarEvent[] =>
  regions.map((region, i) => ({id: `e${i}`, title: 'x', start: 0, end: 0, allDay: false, status: 'scheduled', location: {name: 'Hall', region}, audience: [region]}));
const labels = (events: CalendarEvent[], locale: 'en' | 'cy') => filterOptions(events, locale).regions.map((o) => (typeof o.label === 'string' ? o.label : (o.label[locale] ?? o.label.en)));

describe('filterOptions', () => {
  it('makes one option of a region however feeds write it: either language, any case or spacing', () => {
    const events = inRegions(['North Wales', 'north  wales', {en: 'North Wales', cy: 'Gogledd Cymru'}, 'Gogledd Cymru', {cy: 'Gogledd Cymru'}, ' ', 'Mid Wales']);
    const {regions, audiences} = filterOptions(events, 'en');
    expect(regions.map((o) => o.value)).to.deep.equal(['mid wales', 'north wales']);
    // The label with both languages wins, so Welsh readers see "Gogledd Cymru".
    expect(regions[1]!.label).to.deep.equal({en: 'North Wales', cy: 'Gogledd Cymru'});
    expect([...regions[1]!.names].sort()).to.deep.equal(['gogledd cymru', 'north wales']);
    expect(audiences.map((o) => o.value)).to.deep.equal(regions.map((o) => o.value));
  });

  it('joins values that bridge two options through a shared name', () => {
    const events = inRegions([{en: 'West', cy: 'Gorllewin'}, {en: 'Wales', cy: 'Gorllewin'}, 'West']);
    expect(filterOptions(events, 'en').regions).to.have.length(1);
  });

  it("orders options in the reader's alphabet: Welsh puts ll after every l", () => {
    const events = inRegions([{en: 'Lleyn', cy: 'Llŷn'}, {en: 'Lampeter', cy: 'Llanbedr Pont Steffan'}, {en: 'Lyons', cy: 'Lyon'}, 'Caerdydd']);
    expect(labels(events, 'en')).to.deep.equal(['Caerdydd', 'Lampeter', 'Lleyn', 'Lyons']);
    expect(labels(events, 'cy')).to.deep.equal(['Caerdydd', 'Lyon', 'Llanbedr Pont Steffan', 'Llŷn']);
  });
});
