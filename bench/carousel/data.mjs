/**
 * Deterministic stories for the carousel benchmark: N stories in the shape
 * of schemas/stories.schema.json (bilingual title, quote and body, name,
 * role, organisation; every fifth with a content note), built from fixed
 * phrases so every machine measures the same feed. No images: the benchmark
 * measures the widgets, not the network.
 */
const TITLES = [
  ['Finding my voice again', "Dod o hyd i'm llais eto"],
  ['Coming home from hospital', "Dod adref o'r ysbyty"],
  ['Sitting alongside people', 'Eistedd ochr yn ochr â phobl'],
  ['Training as a peer mentor', 'Hyfforddi fel mentor cymheiriaid'],
  ["A carer's view", 'Safbwynt gofalwr'],
];
const ORGANISATIONS = [
  ['Swansea Bay University Health Board', 'Bwrdd Iechyd Prifysgol Bae Abertawe'],
  ['Hywel Dda University Health Board', 'Bwrdd Iechyd Prifysgol Hywel Dda'],
  ['Platfform', 'Platfform'],
];
const NAMES = ['Rhian', 'Dafydd', 'Siân', 'Mark', 'Gwen', 'Aled', 'Nia'];

export function generateStories(n) {
  return {
    title: {en: 'Stories of lived experience (sample text)', cy: 'Straeon profiad bywyd (testun enghreifftiol)'},
    stories: Array.from({length: n}, (_, i) => {
      const [titleEn, titleCy] = TITLES[i % TITLES.length];
      const [orgEn, orgCy] = ORGANISATIONS[i % ORGANISATIONS.length];
      const story = {
        id: `story-${i + 1}`,
        title: {en: `${titleEn} (${i + 1})`, cy: `${titleCy} (${i + 1})`},
        name: NAMES[i % NAMES.length],
        role: {en: 'Peer mentor', cy: 'Mentor cymheiriaid'},
        organisation: {en: orgEn, cy: orgCy},
        quote: {
          en: `When someone told me they had been where I was, I believed for the first time that things could change. (${i + 1})`,
          cy: `Pan ddywedodd rhywun wrtha i eu bod nhw wedi bod lle roeddwn i, fe gredais am y tro cyntaf y gallai pethau newid. (${i + 1})`,
        },
        body: {en: 'Sample story, written for this benchmark: not a real person.', cy: 'Stori enghreifftiol ar gyfer y meincnod hwn: nid person go iawn.'},
        link: `https://example.org/stories/${i + 1}`,
      };
      if (i % 5 === 4) story.contentNote = {en: 'This story mentions a stay in hospital.', cy: "Mae'r stori hon yn sôn am gyfnod yn yr ysbyty."};
      return story;
    }),
  };
}

/** What every case shows for a story: the English of each field (profiad is rendered in English too). */
export const en = (value) => (typeof value === 'string' ? value : (value?.en ?? value?.cy ?? ''));

/** Escapes text for innerHTML (the floor, Splide and Embla cases build markup as strings). */
export const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One story's markup, the same for the floor, Splide and Embla: title, quote, body, attribution, link. */
export function storyHtml(story, tag = 'li', className = '') {
  return (
    `<${tag} class="${className}"><h3>${escape(en(story.title))}</h3>` +
    `<blockquote><p>${escape(en(story.quote))}</p></blockquote>` +
    `<p>${escape(en(story.body))}</p>` +
    `<p>${escape(story.name)}, ${escape(en(story.role))}, ${escape(en(story.organisation))}</p>` +
    `<p><a href="${escape(story.link)}">Read the full story</a></p></${tag}>`
  );
}
