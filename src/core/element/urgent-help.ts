import {css, html, type TemplateResult} from 'lit';
import {urgentServices} from '../dom-free/urgent-help.js';
import type {Language} from '../dom-free/translate.js';

/** The list of services (`class="urgent-help-list"`) and their numbers, alike in every widget that shows them. */
export const urgentHelpStyles = css`
  .urgent-help-list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .urgent-help-list li + li {
    margin-top: 0.25rem;
  }
  /* A number may wrap at its spaces: at 400% zoom a long one must not stick out. */
  .phone {
    font-weight: 700;
  }
`;

/** Stands for the number while a sentence is translated around it; a private-use character no translation contains. */
const NUMBER = '\uE001';

/**
 * The urgent-help services (core/dom-free/urgent-help.ts), each a whole
 * sentence whose number is a link that calls it (`part="phone"`), for a list
 * item of the widget's own list.
 */
export function renderUrgentServices(language: Language): TemplateResult[] {
  return urgentServices(language).map(({sentence, number, href}) => {
    const [before = '', after = ''] = sentence(NUMBER).split(NUMBER);
    return html`${before}<a href=${href} class="phone" part="phone">${number}</a>${after}`;
  });
}
