import {html, nothing, type TemplateResult} from 'lit';
import type {Locale} from '../core/dom-free/locale.js';
import type {SafeUrl} from '../core/dom-free/safe-url.js';
import {localeOf, type Language} from '../core/dom-free/translate.js';
import {headingTag} from '../core/element/heading-tag.js';
import {renderText} from '../core/element/render-text.js';
import {renderUrgentServices} from '../core/element/urgent-help.js';
import {html as staticHtml} from 'lit/static-html.js';
import * as text from './story-messages.js';
import type {SupportService, SupportSettings} from './story-model.js';

/** A service from the feed: its name, what it offers, when, and how to reach it. */
function renderService(service: SupportService, locale: Locale): TemplateResult {
  const link = (href: SafeUrl, content: unknown) => html`<a href=${href}>${content}</a>`;
  return html`<strong class="service-name">${service.link ? link(service.link, renderText(service.name, locale)) : renderText(service.name, locale)}</strong>${
    service.description ? html`, ${renderText(service.description, locale)}` : nothing
  }${service.hours ? html` <span class="hours">(${renderText(service.hours, locale)})</span>` : nothing}${
    service.phone && service.phoneHref ? html`: <a class="phone" part="phone" href=${service.phoneHref}>${service.phone}</a>` : nothing
  }`;
}

/**
 * "If you need help now", after the stories, in the reader's language: shown
 * whether or not a story has a content note, unless the feed says `"support": false`.
 */
export function renderSupport(settings: SupportSettings, language: Language, level: number): TemplateResult | typeof nothing {
  if (!settings.show) return nothing;
  const locale = localeOf(language);
  const tag = headingTag(level);
  const items = [
    ...(settings.includeDefaults ? renderUrgentServices(language) : []),
    ...settings.services.filter((service) => !service.lang || service.lang === locale).map((service) => renderService(service, locale)),
  ];
  return staticHtml`<aside class="support" part="support" aria-labelledby="support-heading">
    <${tag} class="support-heading" part="support-heading" id="support-heading">${settings.title ? renderText(settings.title, locale) : text.supportHeading(language)}</${tag}>
    <ul class="urgent-help-list" part="support-list" role="list">
      ${items.map((item) => html`<li part="support-item">${item}</li>`)}
    </ul>
  </aside>`;
}
