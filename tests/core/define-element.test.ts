import {expect} from '@open-wc/testing';
import {defineElement} from '../../src/core/element/define-element.js';
import {ProfiadEventCalendar} from '../../src/event-calendar/event-calendar.js';
import {ProfiadMilestoneTracker} from '../../src/milestone-tracker/milestone-tracker.js';

/** console.warn calls made while `run` runs. */
function warnings(run: () => void): string[] {
  const warn = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    run();
  } finally {
    console.warn = warn;
  }
  return seen;
}

describe('defineElement', () => {
  it('registers the elements under their names', () => {
    expect(customElements.get('profiad-event-calendar')).to.equal(ProfiadEventCalendar);
    expect(customElements.get('profiad-milestone-tracker')).to.equal(ProfiadMilestoneTracker);
  });

  it('lets a second copy of profiad on the page step aside instead of throwing, and says so once in the console', () => {
    class SecondCopy extends HTMLElement {}
    const said = warnings(() => defineElement('profiad-event-calendar', SecondCopy));
    expect(customElements.get('profiad-event-calendar')).to.equal(ProfiadEventCalendar);
    expect(said).to.have.length(1);
    expect(said[0]).to.contain('<profiad-event-calendar> is already defined by another copy of profiad');
    // Without the guard, the browser throws:
    expect(() => customElements.define('profiad-event-calendar', class extends HTMLElement {})).to.throw();
  });

  it('is silent when the same class is defined again (the same module evaluated twice)', () => {
    expect(warnings(() => defineElement('profiad-milestone-tracker', ProfiadMilestoneTracker))).to.deep.equal([]);
  });

  it('defines a name not yet used', () => {
    class Fresh extends HTMLElement {}
    defineElement('profiad-test-fresh-element', Fresh);
    expect(customElements.get('profiad-test-fresh-element')).to.equal(Fresh);
  });
});
