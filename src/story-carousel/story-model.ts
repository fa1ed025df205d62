import {parseBilingualText, type BilingualText} from '../core/dom-free/bilingual-text.js';
import {ProblemReport, type ReportProblem} from '../core/dom-free/feed-problems.js';
import type {FeedOrigin, FeedResult} from '../core/dom-free/feed-types.js';
import {describeValue, feedItems, isObject, optionalLink, optionalText, readFeedTitle, readItemId} from '../core/dom-free/feed-validation.js';
import type {Locale} from '../core/dom-free/locale.js';
import {safeUrl, type SafeUrl} from '../core/dom-free/safe-url.js';
import type {StoriesFeedInput} from '../generated/feeds/stories.js';

/**
 * A story, a support service and the feed's `support`, as an author writes
 * them: types generated from schemas/stories.schema.json (src/generated/feeds/).
 * The reader below still checks every item, since a page can hand it anything.
 */
export type {StoryInput, StoriesFeedInput, ServiceInput as SupportServiceInput} from '../generated/feeds/stories.js';
/** The feed's `support`: `false` hides the signposting; otherwise services added to, or replacing, the defaults. */
export type SupportInput = NonNullable<StoriesFeedInput['support']>;

export interface StoryImage {
  src: SafeUrl;
  /** `''`: decorative, hidden from screen readers. */
  alt: BilingualText | '';
}

export interface StoryCaptions {
  src: SafeUrl;
  /** Language of the captions; undefined when one file serves both. */
  lang?: Locale;
}

export interface StoryVideo {
  src: SafeUrl;
  captions: StoryCaptions[];
  transcript?: BilingualText;
}

/** A story checked and ready to show. */
export interface Story {
  id: string;
  title: BilingualText;
  quote: BilingualText;
  /** Absent: the story is anonymous. */
  name?: BilingualText;
  role?: BilingualText;
  organisation?: BilingualText;
  body?: BilingualText;
  image?: StoryImage;
  video?: StoryVideo;
  contentNote?: BilingualText;
  link?: SafeUrl;
}

export interface SupportService {
  name: BilingualText;
  description?: BilingualText;
  phone?: string;
  /** tel: link for `phone`. */
  phoneHref?: SafeUrl;
  hours?: BilingualText;
  link?: SafeUrl;
  lang?: Locale;
}

/** What the support signposting shows: off, or the defaults and/or the feed's services. */
export interface SupportSettings {
  show: boolean;
  title?: BilingualText;
  includeDefaults: boolean;
  services: SupportService[];
}

export const DEFAULT_SUPPORT: SupportSettings = {show: true, includeDefaults: true, services: []};

/** A story feed's result: the stories, and the support signposting its `support` asks for. */
export interface StoryFeed extends FeedResult<Story> {
  support: SupportSettings;
}

/**
 * Video players of other companies: the widget plays only files with the
 * browser's own <video> (no third-party requests, captions under the author's
 * control), and a page address on these hosts is no video file.
 */
const THIRD_PARTY_PLAYERS = /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com|dailymotion\.com|facebook\.com|tiktok\.com|instagram\.com)$/i;

/** An http(s) URL of a file (an image, a video, captions); `undefined` for anything else. */
function fileUrl(value: unknown, baseUrl: string): SafeUrl | undefined {
  const url = safeUrl(value, baseUrl);
  return url && /^https?:/.test(url) ? url : undefined;
}

function readImage(value: Record<string, unknown>, baseUrl: string): StoryImage | string {
  const alt = value.alt === '' ? '' : parseBilingualText(value.alt);
  if (alt === undefined) {
    return value.alt === undefined
      ? '"image" has no "alt": describe the image ({"en", "cy"}), or write "alt": "" if it is only decoration'
      : `"image.alt" must be a string or {"en", "cy"} ("" for a decorative image), got ${describeValue(value.alt)}`;
  }
  const src = fileUrl(value.src, baseUrl);
  return src ? {src, alt} : `"image.src" ${describeValue(value.src)} is not an http(s) URL`;
}

function readVideo(value: Record<string, unknown>, baseUrl: string, report: ReportProblem): StoryVideo | string {
  const src = fileUrl(value.src, baseUrl);
  if (!src) return `"video.src" ${describeValue(value.src)} is not an http(s) URL of a video file`;
  if (THIRD_PARTY_PLAYERS.test(new URL(src).host.replace(/:\d+$/, ''))) {
    return `"video.src" ${describeValue(value.src)} is a page on a video site: give the address of a video file (MP4 or WebM) on your own site`;
  }
  const given = value.captions;
  const captions: StoryCaptions[] = [];
  if (typeof given === 'string') {
    const file = fileUrl(given, baseUrl);
    if (file) captions.push({src: file});
  } else if (isObject(given)) {
    for (const lang of ['cy', 'en'] as const) {
      const file = fileUrl(given[lang], baseUrl);
      if (file) captions.push({src: file, lang});
    }
  }
  if (!captions.length) {
    return given === undefined
      ? '"video" has no "captions": a WebVTT file of captions is required, so that people who cannot hear the video can follow it'
      : `"video.captions" must be the http(s) URL of a WebVTT file, or {"en", "cy"} URLs, got ${describeValue(given)}`;
  }
  const video: StoryVideo = {src, captions};
  const transcript = optionalText(value, 'transcript', report, 'video');
  if (transcript) video.transcript = transcript;
  return video;
}

function readService(value: unknown, baseUrl: string, report: ReportProblem): SupportService | undefined {
  const name = isObject(value) ? parseBilingualText(value.name) : undefined;
  if (!name) {
    report(`a service needs a "name" (a string or {"en", "cy"}), got ${describeValue(value)}; it is left out.`);
    return undefined;
  }
  const item = value as Record<string, unknown>;
  const service: SupportService = {name};
  for (const field of ['description', 'hours'] as const) {
    const text = optionalText(item, field, report, 'service');
    if (text) service[field] = text;
  }
  if (item.phone !== undefined) {
    const digits = typeof item.phone === 'string' ? item.phone.replace(/[\s().-]/g, '') : '';
    const href = /^\+?\d{3,15}$/.test(digits) ? safeUrl(`tel:${digits}`, baseUrl) : undefined;
    if (href) {
      service.phone = (item.phone as string).trim();
      service.phoneHref = href;
    } else report(`"phone" must be a phone number such as "0300 123 4567", got ${describeValue(item.phone)}; it is left out.`);
  }
  const link = optionalLink(item, 'link', baseUrl, report, 'service');
  if (link) service.link = link;
  if (item.lang === 'cy' || item.lang === 'en') service.lang = item.lang;
  return service;
}

/** The feed's `support`; problems are reported as the feed's ("support.services item N: …"). */
function readSupport(body: unknown, baseUrl: string, problems: ProblemReport): SupportSettings {
  const value = isObject(body) ? body.support : undefined;
  if (value === false) return {...DEFAULT_SUPPORT, show: false};
  if (!isObject(value)) {
    if (value !== undefined && value !== true)
      problems.feed(`"support" must be false or {"services", "replaceDefaults"?, "title"?}, got ${describeValue(value)}; the default support services are shown.`);
    return DEFAULT_SUPPORT;
  }
  const settings: SupportSettings = {show: true, includeDefaults: value.replaceDefaults !== true, services: []};
  const title = optionalText(value, 'title', (message) => problems.feed(`support: ${message}`), 'support');
  if (title) settings.title = title;
  const services: unknown[] = Array.isArray(value.services) ? value.services : [];
  services.forEach((raw, index) => {
    const service = readService(raw, baseUrl, (message) => problems.feed(`support.services item ${index + 1}: ${message}`));
    if (service) settings.services.push(service);
  });
  // Replacing the defaults with nothing to call or visit would leave a reader without help.
  if (!settings.includeDefaults && !settings.services.some((service) => service.phoneHref || service.link)) {
    problems.feed('"support.replaceDefaults" is true but no service has a valid "phone" or "link"; the default services are shown too.');
    settings.includeDefaults = true;
  }
  return settings;
}

/**
 * Validates a stories feed item by item. A story without a usable id, title
 * or quote is left out and reported; a bad optional field (an image without
 * alt, a video without captions, a `javascript:` link) is dropped and
 * reported, and its story still shows. Relative links resolve against
 * `origin.baseUrl`. Throws FeedFormatError only when the whole thing is not a
 * stories feed.
 */
export function parseStoryFeed(body: unknown, {source, baseUrl}: FeedOrigin): StoryFeed {
  const list = feedItems(body, 'stories');
  const problems = new ProblemReport(source);
  const items: Story[] = [];
  const seen = new Set<string>();

  list.forEach((raw: unknown, index) => {
    if (!isObject(raw)) {
      problems.item(index)(`expected an object, got ${describeValue(raw)}; it is not shown.`);
      return;
    }
    const {id, error: idError} = readItemId(raw.id, seen, 'story');
    const errors = idError ? [idError] : [];
    const title = parseBilingualText(raw.title);
    if (!title) errors.push(`"title" must be a non-empty string or {"en", "cy"}, got ${describeValue(raw.title)}`);
    const quote = parseBilingualText(raw.quote);
    if (!quote) errors.push(`"quote" must be a non-empty string or {"en", "cy"}, got ${describeValue(raw.quote)}`);
    if (errors.length) {
      problems.item(index, id)(`${errors.join('; ')}. It is not shown.`);
      return;
    }
    // From here on the story is shown: what is wrong leaves out a field, not the story.
    const report = problems.field(index, id);
    const story: Story = {id: id!, title: title!, quote: quote!};
    for (const field of ['name', 'role', 'organisation', 'body', 'contentNote'] as const) {
      const text = optionalText(raw, field, report, 'story');
      if (text) story[field] = text;
    }
    // An image or video that cannot be shown is left out with its reason; the story still shows.
    for (const field of ['image', 'video'] as const) {
      const value = raw[field];
      if (value === undefined) continue;
      const media = !isObject(value) ? `"${field}" must be an object, got ${describeValue(value)}` : field === 'image' ? readImage(value, baseUrl) : readVideo(value, baseUrl, report);
      if (typeof media === 'string') report(`${media}; the story is shown without the ${field}.`);
      else if (field === 'image') story.image = media as StoryImage;
      else story.video = media as StoryVideo;
    }
    const link = optionalLink(raw, 'link', baseUrl, report, 'story');
    if (link) story.link = link;
    seen.add(id!);
    items.push(story);
  });

  const feed: StoryFeed = {items, problems: problems.list, support: readSupport(body, baseUrl, problems)};
  const title = readFeedTitle(body, problems);
  if (title) feed.title = title;
  return feed;
}
