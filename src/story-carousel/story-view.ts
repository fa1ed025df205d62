import {nothing, type TemplateResult} from 'lit';
import {html} from 'lit/static-html.js';
import {chooseText} from '../core/dom-free/bilingual-text.js';
import type {WordedLanguage} from '../core/dom-free/translate.js';
import {headingTag} from '../core/element/heading-tag.js';
import {renderText} from '../core/element/render-text.js';
import * as text from './story-messages.js';
import type {Story} from './story-model.js';

/** What one story's template needs from the element: its state and what to do when the reader acts. */
export interface StoryView {
  /** The element's language, with the author's wording (its LocaleController's). */
  language: WordedLanguage;
  /** Position from 0, and how many stories there are ("Story 2 of 5"). */
  index: number;
  total: number;
  titleLevel: number;
  /** A slide of the carousel (a named group that can be out of view), or an item of the list layout. */
  inCarousel: boolean;
  /** In view; a story out of view is inert. */
  shown: boolean;
  /** Its content note has not been opened: the text stays folded. */
  folded: boolean;
  imageBroken: boolean;
  onToggle: () => void;
  /** "Go to the next story", when there is one to go to. */
  onSkip?: () => void;
  onImageError: () => void;
  onVideoPlay: () => void;
}

/**
 * One story. In the carousel, a group with `aria-roledescription="slide"`,
 * named by its title and described by its position, made inert when out of
 * view. Ids are by position: story ids from a feed may hold any character.
 */
export function renderStory(story: Story, view: StoryView): TemplateResult {
  const {language, index: i, inCarousel, folded} = view;
  const tag = headingTag(view.titleLevel);
  return html`<div
    class="story"
    part=${view.shown && inCarousel ? 'story story-shown' : 'story'}
    data-id=${story.id}
    role=${inCarousel ? 'group' : nothing}
    aria-roledescription=${inCarousel ? 'slide' : nothing}
    aria-labelledby=${`story-title-${i}`}
    aria-describedby=${inCarousel ? `story-position-${i}` : nothing}
    tabindex=${inCarousel ? '-1' : nothing}
    ?inert=${!view.shown}
  >
    ${inCarousel ? html`<p class="position" part="position" id=${`story-position-${i}`} aria-hidden="true">${text.storyPosition(language, i + 1, view.total)}</p>` : nothing}
    ${story.image && !folded ? renderImage(story, view) : nothing}
    <${tag} class="title" part="title" id=${`story-title-${i}`}>${renderText(story.title, language)}</${tag}>
    ${story.contentNote ? renderContentNote(story, view) : nothing}
    <div class="content" id=${`story-content-${i}`} ?hidden=${folded}>
      <blockquote class="quote" part="quote">${renderText(story.quote, language)}</blockquote>
      ${story.body ? html`<p class="body" part="body">${renderText(story.body, language)}</p>` : nothing}
      ${story.video ? renderVideo(story, view) : nothing}
      ${story.link ? html`<p class="link"><a part="link" href=${story.link}>${text.readFullStoryLabel(language)}</a></p>` : nothing}
    </div>
    <p class="attribution" part="attribution">${renderAttribution(story, language)}</p>
  </div>`;
}

/** "Rhian, Peer mentor, Swansea Bay University Health Board", or "Anonymous, …". */
function renderAttribution(story: Story, language: WordedLanguage) {
  const [name, ...rest] = [story.name ? renderText(story.name, language) : text.anonymousLabel(language), renderText(story.role, language), renderText(story.organisation, language)].filter(
    (piece) => piece !== nothing,
  );
  return html`<strong class="name">${name}</strong>${rest.map((piece) => html`, ${piece}`)}`;
}

/** The note first, then "Read this story" (a disclosure for the folded text) and, in the carousel, "Go to the next story". */
function renderContentNote(story: Story, {language, index, folded, onToggle, onSkip}: StoryView) {
  return html`<div class="content-note" part="content-note">
    <p><strong>${text.contentNoteLabel(language)}</strong> ${renderText(story.contentNote, language)}</p>
    <p class="note-actions">
      <button type="button" part="read-button" aria-expanded=${folded ? 'false' : 'true'} aria-controls=${`story-content-${index}`} @click=${onToggle}>
        ${text.readStoryLabel(language)}
      </button>
      ${folded && onSkip ? html`<button type="button" class="secondary" part="skip-button" @click=${onSkip}>${text.skipStoryLabel(language)}</button>` : nothing}
    </p>
  </div>`;
}

/** A fixed-ratio frame, so nothing below it moves when the image arrives; lazy, so stories out of view cost nothing. */
function renderImage(story: Story, {language, imageBroken, onImageError}: StoryView) {
  const image = story.image!;
  const alt = image.alt === '' ? undefined : chooseText(image.alt, language.locale);
  if (imageBroken) {
    // What the picture showed, in words; nothing for a decorative one. The frame keeps its size.
    return html`<div class="image-frame" part="image-frame" data-broken>${alt ? html`<p class="image-alt" lang=${alt.fallbackLang ?? nothing}>${alt.text}</p>` : nothing}</div>`;
  }
  return html`<div class="image-frame" part="image-frame">
    <img part="image" src=${image.src} alt=${alt?.text ?? ''} lang=${alt?.fallbackLang ?? nothing} width="600" height="400" loading="lazy" decoding="async" @error=${onImageError} />
  </div>`;
}

/** The browser's own player, nothing loaded before Play, captions in the reader's language on by default. */
function renderVideo(story: Story, {language, onVideoPlay}: StoryView) {
  const {locale} = language;
  const video = story.video!;
  const preferred = video.captions.find((track) => track.lang === locale) ?? video.captions[0];
  return html`<div class="video">
    <video part="video" controls preload="none" playsinline src=${video.src} @play=${onVideoPlay}>
      ${video.captions.map(
        (track) => html`<track kind="captions" src=${track.src} srclang=${track.lang ?? locale} label=${text.captionsTrackLabel(track.lang, language)} ?default=${track === preferred} />`,
      )}
      ${text.videoUnsupportedText(language)}
    </video>
    ${video.transcript ? html`<details part="transcript"><summary>${text.transcriptLabel(language)}</summary><p>${renderText(video.transcript, language)}</p></details>` : nothing}
  </div>`;
}
