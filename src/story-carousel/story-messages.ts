import {str} from '@lit/localize';
import type {FeedStatusText} from '../core/dom-free/feed-messages.js';
import type {Locale} from '../core/dom-free/locale.js';
import {translator, type Language} from '../core/dom-free/translate.js';
import {welsh} from '../generated/welsh/story-carousel.js';

/** Messages with the story carousel's part of the Welsh (src/generated/welsh/story-carousel.ts). */
const msgIn = translator(welsh);

/*
 * Every sentence the story carousel shows or announces, in the locale it is
 * asked for. Counts appear only in label form ("Story 2 of 5"), so no noun
 * follows a figure and no plural forms are needed (a story, "stori", is feminine).
 */

/** The carousel's visible heading when the feed has no title. */
export function carouselHeading(language: Language): string {
  return msgIn(language)('Stories', {id: 'story.heading', desc: 'Heading above the stories when the feed has none: straeon.'});
}

/** "Story 2 of 5": each story's position, read as its description (never its name). */
export function storyPosition(language: Language, position: number, total: number): string {
  return msgIn(language)(str`Story ${position} of ${total}`, {id: 'story.position', desc: 'Label form, no noun after a figure: Stori 2 o 5.'});
}

/** Announced (politely) after a button, the picker or an arrow key shows another story; `title` is the story's title. */
export function shownOneAnnouncement(language: Language, position: number, total: number, title: string): string {
  return msgIn(language)(str`Story ${position} of ${total}: ${title}`, {id: 'story.shown.one', desc: 'Announced when another story is shown. The last placeholder is the story title.'});
}

/** Announced when two or three stories side by side are shown: "Stories 3 to 5 of 7". */
export function shownRangeAnnouncement(language: Language, first: number, last: number, total: number): string {
  return msgIn(language)(str`Stories ${first} to ${last} of ${total}`, {id: 'story.shown.range', desc: 'Announced when several stories side by side are shown. Label form: Straeon 3 i 5 o 7.'});
}

export function previousLabel(language: Language): string {
  return msgIn(language)('Previous story', {id: 'story.previous', desc: 'Button. Stori is feminine: stori flaenorol.'});
}

export function nextLabel(language: Language): string {
  return msgIn(language)('Next story', {id: 'story.next', desc: 'Button.'});
}

/** The picker's group name. */
export function pickerLabel(language: Language): string {
  return msgIn(language)('Choose a story', {id: 'story.picker', desc: 'Name of the group of numbered buttons, one per story.'});
}

/** A picker button's name; its visible text is the number alone. */
export function goToLabel(language: Language, position: number): string {
  return msgIn(language)(str`Go to story ${position}`, {id: 'story.go-to', desc: 'Name of a numbered picker button; the button shows the number only, which must stay in the name.'});
}

export function pauseLabel(language: Language): string {
  return msgIn(language)('Pause stories', {id: 'story.pause', desc: 'Button that stops the stories changing by themselves.'});
}

export function playLabel(language: Language): string {
  return msgIn(language)('Play stories', {id: 'story.play', desc: 'Button that starts the stories changing by themselves again.'});
}

/** Before a content note's text: "Content note: …". */
export function contentNoteLabel(language: Language): string {
  return msgIn(language)('Content note:', {id: 'story.content-note', desc: 'Label before a short note on what a story talks about (e.g. self-harm). Calm, factual.'});
}

/** The button that unfolds a story with a content note. */
export function readStoryLabel(language: Language): string {
  return msgIn(language)('Read this story', {id: 'story.read', desc: 'Button under a content note that shows the folded story. Stori is feminine: y stori hon.'});
}

/** The button beside it that moves on instead. */
export function skipStoryLabel(language: Language): string {
  return msgIn(language)('Go to the next story', {id: 'story.skip', desc: 'Button under a content note, for readers who would rather not read this story.'});
}

/** The link to a story's own page. */
export function readFullStoryLabel(language: Language): string {
  return msgIn(language)('Read the full story', {id: 'story.link', desc: 'Link to the whole story on another page. Stori is feminine: y stori lawn.'});
}

/** Shown instead of a name when a story has none. */
export function anonymousLabel(language: Language): string {
  return msgIn(language)('Anonymous', {id: 'story.anonymous', desc: 'Shown where a storyteller chose not to give a name.'});
}

export function transcriptLabel(language: Language): string {
  return msgIn(language)('Transcript', {id: 'story.transcript', desc: 'Summary of the disclosure that shows a video transcript.'});
}

/** Inside <video>, for browsers that cannot play it. */
export function videoUnsupportedText(language: Language): string {
  return msgIn(language)('Your browser cannot play this video.', {id: 'story.video-unsupported'});
}

/** Name of a captions track, in the language of the captions, so it is the same in both interfaces. */
export function captionsTrackLabel(lang: Locale | undefined, language: Language): string {
  if (lang === 'cy') return 'Cymraeg';
  if (lang === 'en') return 'English';
  return msgIn(language)('Captions', {id: 'story.captions', desc: 'Name of the captions track of a video: isdeitlau.'});
}

/** Heading of the support signposting after the stories. */
export function supportHeading(language: Language): string {
  return msgIn(language)('If you need help now', {id: 'story.support.heading'});
}

export function feedStatusText(language: Language): FeedStatusText {
  const msg = msgIn(language);
  return {
    loading: msg('Loading stories…', {id: 'story.loading'}),
    failed: msg('We could not load the stories', {id: 'story.failed'}),
    empty: msg('There are no stories to show', {id: 'story.empty'}),
    someNotShown: msg('Some stories could not be shown.', {id: 'story.some-not-shown'}),
  };
}
