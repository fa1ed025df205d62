/**
 * Deterministic benchmark data: N events in one month (January 2026), or over
 * several months from it (the interaction case: three), as a
 * JSON feed in the shape of schemas/events.schema.json / design.md. The same
 * seed gives the same feed on every machine, so runs compare.
 *
 * Mix (per event, from the seeded PRNG): ~12% all-day (a third of them over
 * 2-4 days), ~3% timed and running past midnight into the next day, the rest
 * timed between 08:00 and 20:30 for 30 min to 3 h. Titles are bilingual
 * ({en, cy}), most events have a location, format, language and audience, and
 * a few are cancelled or full, so a parser does the work a real feed asks.
 */

export const BENCH_YEAR = 2026;
export const BENCH_MONTH = 1;
/** The first of the month: what every calendar is told to open at. */
export const INITIAL_DATE = '2026-01-01';
/** "Today" for every calendar, so the today marker is the same and no clock is read. */
export const TODAY = '2026-01-14';

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  ['Peer support group', 'Grŵp cymorth cymheiriaid'],
  ['Lived experience workshop', 'Gweithdy profiad bywyd'],
  ['Carers’ coffee morning', 'Bore coffi gofalwyr'],
  ['Recovery college taster', 'Blas ar y coleg adfer'],
  ['Co-production panel', 'Panel cydgynhyrchu'],
  ['Wellbeing walk', 'Taith gerdded lles'],
  ['Service user forum', 'Fforwm defnyddwyr gwasanaeth'],
  ['Mental health first aid', 'Cymorth cyntaf iechyd meddwl'],
  ['Listening event', 'Digwyddiad gwrando'],
  ['Youth voice session', 'Sesiwn llais ieuenctid'],
  ['Creative writing circle', 'Cylch ysgrifennu creadigol'],
  ['Training for volunteers', 'Hyfforddiant i wirfoddolwyr'],
];
const PLACES = [
  ['Carmarthen', 'Caerfyrddin', 'West Wales', 'Gorllewin Cymru'],
  ['Bangor', 'Bangor', 'North Wales', 'Gogledd Cymru'],
  ['Wrexham', 'Wrecsam', 'North Wales', 'Gogledd Cymru'],
  ['Cardiff', 'Caerdydd', 'South East Wales', 'De-ddwyrain Cymru'],
  ['Swansea', 'Abertawe', 'South West Wales', 'De-orllewin Cymru'],
  ['Aberystwyth', 'Aberystwyth', 'Mid Wales', 'Canolbarth Cymru'],
  ['Newport', 'Casnewydd', 'South East Wales', 'De-ddwyrain Cymru'],
  ['Llandrindod Wells', 'Llandrindod', 'Mid Wales', 'Canolbarth Cymru'],
];
const AUDIENCES = [
  ['People with lived experience', 'Pobl â phrofiad bywyd'],
  ['Carers', 'Gofalwyr'],
  ['Young people', 'Pobl ifanc'],
  ['Staff', 'Staff'],
];
const FORMATS = ['in-person', 'online', 'hybrid'];
const LANGUAGES = ['cy', 'en', 'bilingual'];

const pad = (n) => String(n).padStart(2, '0');
/** Days in each month from January 2026 (2026 is not a leap year). */
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The feed `{title, events}` with `n` events in January 2026, or spread over `months` months from it. */
export function generateFeed(n, {seed = 20260114, months = 1} = {}) {
  const random = prng(seed ^ n ^ (months === 1 ? 0 : months << 16));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const events = [];
  for (let i = 0; i < n; i++) {
    const monthIndex = months > 1 ? Math.floor(random() * months) : 0;
    const month = BENCH_MONTH + monthIndex;
    const DAYS_IN_MONTH = MONTH_LENGTHS[month - 1];
    const dateString = (d) => `${BENCH_YEAR}-${pad(month)}-${pad(d)}`;
    const day = 1 + Math.floor(random() * DAYS_IN_MONTH);
    const [en, cy] = pick(TOPICS);
    const [placeEn, placeCy, regionEn, regionCy] = pick(PLACES);
    const event = {
      id: `bench-${n}-${i}`,
      title: {en: `${en}, ${placeEn} #${i + 1}`, cy: `${cy}, ${placeCy} #${i + 1}`},
    };
    const kind = random();
    if (kind < 0.12) {
      // All-day; a third of them over several days (end is the last day, inclusive).
      event.start = dateString(day);
      event.allDay = true;
      if (random() < 1 / 3) event.end = dateString(Math.min(DAYS_IN_MONTH, day + 1 + Math.floor(random() * 3)));
    } else if (kind < 0.15) {
      // Timed, running past midnight (an overnight retreat or helpline shift).
      const hour = 18 + Math.floor(random() * 4);
      const first = Math.min(day, DAYS_IN_MONTH - 1);
      event.start = `${dateString(first)}T${pad(hour)}:00`;
      event.end = `${dateString(first + 1)}T${pad(8 + Math.floor(random() * 4))}:30`;
    } else {
      const startMinutes = 8 * 60 + Math.floor(random() * 26) * 30;
      const endMinutes = startMinutes + 30 * (1 + Math.floor(random() * 6));
      event.start = `${dateString(day)}T${pad(Math.floor(startMinutes / 60))}:${pad(startMinutes % 60)}`;
      event.end = `${dateString(day)}T${pad(Math.floor(endMinutes / 60))}:${pad(endMinutes % 60)}`;
    }
    if (random() < 0.8) {
      event.location = {name: {en: `${placeEn} community hall`, cy: `Neuadd gymunedol ${placeCy}`}, region: {en: regionEn, cy: regionCy}};
    }
    event.format = pick(FORMATS);
    event.language = pick(LANGUAGES);
    const [audienceEn, audienceCy] = pick(AUDIENCES);
    event.audience = [{en: audienceEn, cy: audienceCy}];
    const status = random();
    if (status < 0.04) event.status = 'cancelled';
    else if (status < 0.08) event.status = 'full';
    if (random() < 0.3) event.bookingUrl = `https://example.org/book/${i + 1}`;
    events.push(event);
  }
  return {title: {en: 'Engagement events', cy: 'Digwyddiadau ymgysylltu'}, events};
}
