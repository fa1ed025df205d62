/**
 * React 19 recipe (docs/recipes/react.md): a calendar, a tracker and a contact
 * form in a React component, with data as properties and events as
 * `on<event-name>` props. Type-checked by `npm run typecheck`; the lines marked
 * @ts-expect-error must stay errors, so the types really catch mistakes.
 */
import {useRef, useState} from 'react';
// Defines the elements before React first renders them: React 19 then sets
// `events` and `milestones` as properties (a tag not yet defined gets attributes).
import 'profiad/event-calendar.js';
import 'profiad/milestone-tracker.js';
import 'profiad/contact-form.js';
import type {EventInput, MilestonesFeedInput, ProfiadEventCalendar} from 'profiad';
// The JSX types of profiad's tags, once per project.
import type {} from 'profiad/jsx/react';

const events: EventInput[] = [
  {id: 'north-wales', title: {en: 'Third workshop, North Wales', cy: 'Trydydd gweithdy, Gogledd Cymru'}, start: '2026-01-14T10:00', end: '2026-01-14T12:30', format: 'in-person'},
  {id: 'online', title: 'Drop-in', start: '2026-01-21T18:00', format: 'online', language: 'bilingual'},
];

const plan: MilestonesFeedInput = {
  title: {en: 'Workforce plan: milestones', cy: 'Cynllun gweithlu: cerrig milltir'},
  milestones: [{id: 'launch', title: {en: 'Plan launched', cy: "Lansio'r cynllun"}, date: '2026-spring', status: 'done'}],
};

export function EventsPage() {
  const calendar = useRef<ProfiadEventCalendar>(null);
  const [loaded, setLoaded] = useState<number>();
  const [reference, setReference] = useState<string>();

  return (
    <main>
      <profiad-event-calendar
        ref={calendar}
        view="month"
        heading-level={2}
        initial-date="2026-01-01"
        events={events}
        onprofiad-load={(event) => setLoaded(event.detail.count)}
        onprofiad-error={(event) => console.error(event.detail.kind, event.detail.message)}
        onprofiad-event-select={(event) => console.info('opened', event.detail.event.id)}
      />
      <p>{loaded === undefined ? 'Loading…' : `${loaded} events`}</p>
      <button type="button" onClick={() => calendar.current?.closeDetails()}>
        Close the event
      </button>

      <profiad-milestone-tracker milestones={plan} heading-level={2} lang="cy" />

      <profiad-contact-form endpoint="/api/contact" email="team@example.org" privacy-url="/privacy/" onprofiad-submit={(event) => setReference(event.detail.reference)} />
      {reference && <p>Reference: {reference}</p>}
    </main>
  );
}

/** Mistakes the types catch. */
export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error "week" is not a view: 'month' | 'list' */}
      <profiad-event-calendar view="week" />
      {/* @ts-expect-error heading-level is a number, 1 to 6 */}
      <profiad-milestone-tracker heading-level="two" />
      {/* @ts-expect-error a milestone's status is done, in-progress, upcoming or delayed */}
      <profiad-milestone-tracker milestones={[{id: 'a', title: 'A', date: '2026', status: 'finished'}]} />
      {/* @ts-expect-error profiad-load's detail has a count, not a total */}
      <profiad-event-calendar onprofiad-load={(event) => event.detail.total} />
      {/* @ts-expect-error layout is 'carousel' or 'list' */}
      <profiad-story-carousel layout="grid" />
    </>
  );
}
