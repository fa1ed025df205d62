import {css} from 'lit';

/**
 * GOV.UK's form look in profiad's tokens: bold labels, thick input borders,
 * a red bar beside a field in error, large radio and checkbox targets.
 * Everything flows in one column, so it fits a sidebar and 400% zoom.
 */
export const contactFormStyles = css`
  .heading {
    margin: 0 0 var(--profiad-space, 1rem);
    font-size: 1.5em;
    line-height: 1.25;
    font-weight: 700;
  }
  .urgent,
  .failure,
  .mailto {
    margin: 0 0 var(--profiad-space, 1rem);
    padding: var(--profiad-space, 1rem);
    border-inline-start: 5px solid var(--profiad-color-border, #768692);
    background: var(--profiad-color-surface, #f0f4f5);
  }
  .urgent p,
  .failure p,
  .mailto p {
    margin: 0 0 0.5rem;
  }
  .mailto p:last-child {
    margin-bottom: 0;
  }
  .failure {
    border-color: var(--profiad-color-error, #d5281b);
  }
  .failure-heading,
  .error-summary-heading,
  .success-heading {
    margin: 0 0 0.5rem;
    font-size: 1.125em;
    font-weight: 700;
  }
  .welsh-notice {
    margin: 0 0 calc(var(--profiad-space, 1rem) * 1.5);
  }
  .error-summary {
    margin: 0 0 calc(var(--profiad-space, 1rem) * 1.5);
    padding: var(--profiad-space, 1rem);
    border: 4px solid var(--profiad-color-error, #d5281b);
  }
  .error-list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .error-list a {
    color: var(--profiad-color-error, #d5281b);
    font-weight: 700;
  }
  .field {
    margin: 0 0 calc(var(--profiad-space, 1rem) * 1.5);
  }
  .field-error {
    padding-inline-start: 0.75rem;
    border-inline-start: 5px solid var(--profiad-color-error, #d5281b);
  }
  .fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .label {
    display: block;
    margin: 0 0 0.25rem;
    padding: 0;
    font-weight: 700;
  }
  .hint {
    margin: 0 0 0.5rem;
    color: var(--profiad-color-text-secondary, #4c6272);
  }
  .error-message {
    margin: 0 0 0.5rem;
    color: var(--profiad-color-error, #d5281b);
    font-weight: 700;
  }
  .input {
    display: block;
    box-sizing: border-box;
    width: 100%;
    max-width: 30em;
    min-height: 44px;
    padding: 0.4rem;
    font: inherit;
    color: inherit;
    background: var(--profiad-color-input-background, #ffffff);
    border: 2px solid var(--profiad-color-text, #212b32);
    border-radius: 0;
  }
  .input-email {
    max-width: 25em;
  }
  .input-phone {
    max-width: 15em;
  }
  .textarea {
    max-width: 40em;
    resize: vertical;
  }
  .field-error .input,
  .input-over {
    border-color: var(--profiad-color-error, #d5281b);
  }
  .input:focus {
    outline: 3px solid var(--profiad-focus-color, #ffeb3b);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px;
  }
  .count {
    margin: 0.25rem 0 0;
    color: var(--profiad-color-text-secondary, #4c6272);
  }
  .count-over {
    color: var(--profiad-color-error, #d5281b);
    font-weight: 700;
  }
  .radios {
    display: grid;
    gap: 0.5rem;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .choice input {
    flex: none;
    width: 1.75rem;
    height: 1.75rem;
    margin: 0.1rem 0 0;
    accent-color: var(--profiad-color-text, #212b32);
  }
  .choice label {
    padding-block: 0.25rem;
    cursor: pointer;
  }
  .honeypot {
    position: absolute;
    inset-inline-start: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--profiad-space, 1rem);
  }
  .submit {
    font-weight: 700;
    background: var(--profiad-color-submit, #007f3b);
    border-color: var(--profiad-color-submit, #007f3b);
  }
  .submit:hover {
    background: var(--profiad-color-submit-hover, #00662f);
  }
  .sending {
    margin: 0;
  }
  .success {
    margin: 0 0 var(--profiad-space, 1rem);
    padding: calc(var(--profiad-space, 1rem) * 1.25);
    color: var(--profiad-color-on-primary, #ffffff);
    background: var(--profiad-color-success, #007f3b);
  }
  .success:focus {
    outline: 3px solid var(--profiad-focus-color, #ffeb3b);
  }
  .success p {
    margin: 0 0 0.5rem;
  }
  .reference {
    font-size: 1.25em;
    font-weight: 700;
  }
  .error-summary:focus,
  .failure:focus,
  .mailto:focus {
    outline: 3px solid var(--profiad-focus-color, #ffeb3b);
  }
  @media (forced-colors: active) {
    .success,
    .error-summary,
    .failure,
    .urgent {
      border: 3px solid CanvasText;
    }
    .field-error {
      border-inline-start-color: CanvasText;
    }
  }
`;
