import { css } from 'lit';
import { hostStyles } from '../shared.styles.js';

export const styles = [
  hostStyles,
  css`
    :host {
      display: block;
      --_color: var(--oxu-a11y-bar-color, #1a1a1a);
      --_background: var(--oxu-a11y-bar-background, #ffffff);
      --_focus: var(--oxu-a11y-bar-focus-color, #0b57d0);
      --_gap: var(--oxu-a11y-bar-row-gap, 0.5rem) var(--oxu-a11y-bar-gap, 1.5rem);
    }

    /* Words break only where one is wider than the bar, never to make the bar narrower:
       a page row that holds the bar (a header's tools beside its brand) cannot squeeze
       the button into a column of word pieces. The page's own reflow help (overflow-wrap:
       anywhere while text is enlarged) would otherwise be inherited here. */
    .base {
      overflow-wrap: break-word;
    }

    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: var(--_gap);
    }

    /* Lets each selector shrink to the bar and wrap its own options on a phone. */
    .row > *,
    .panel > * {
      min-inline-size: 0;
    }

    .toggle,
    .reset {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      min-inline-size: 2.75rem;
      min-block-size: 2.75rem;
      max-inline-size: 100%;
      /* level with the option faces, which keep room under them for the checked mark */
      margin: 0 0 0.375rem;
      padding: 0.375rem 0.75rem;
      border: 0.125rem solid var(--oxu-scheme-text, var(--_color));
      border-radius: 0.25rem;
      font: inherit;
      font-weight: 700;
      line-height: 1.2;
      text-align: start;
      color: var(--oxu-scheme-text, var(--_color));
      background: var(--oxu-scheme-background, var(--_background));
      cursor: pointer;
    }

    .toggle:hover .toggle-text,
    .reset:hover {
      text-decoration: underline;
    }

    .toggle:focus-visible,
    .reset:focus-visible {
      outline: 0.1875rem solid var(--oxu-scheme-focus, var(--_focus));
      outline-offset: 0.125rem;
    }

    /* Open, the button says so by shape too: a thicker border and the chevron turned up. */
    .toggle[aria-expanded='true'] {
      border-width: 0.1875rem;
      padding: 0.3125rem 0.6875rem;
    }

    /* The phone button's mark: text to read, drawn large, the same in every scheme. */
    .mark {
      flex: none;
      font-size: 1.25em;
      line-height: 1;
      letter-spacing: 0;
    }

    .chevron {
      flex: none;
      inline-size: 0.5rem;
      block-size: 0.5rem;
      margin-block-end: 0.25rem;
      border-inline-end: 0.1875rem solid currentColor;
      border-block-end: 0.1875rem solid currentColor;
      transform: rotate(45deg);
    }

    .toggle[aria-expanded='true'] .chevron {
      margin-block: 0.25rem 0;
      transform: rotate(-135deg);
    }

    /* Open below the row, as wide as the row: its own content never widens the bar. */
    .panel {
      contain: inline-size;
      margin-block-start: var(--oxu-a11y-bar-row-gap, 0.5rem);
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 1rem var(--oxu-a11y-bar-gap, 1.5rem);
      padding-block-start: 0.75rem;
      border-block-start: 0.0625rem solid var(--oxu-scheme-text, var(--_color));
    }

    .panel[hidden] {
      display: none;
    }

    /* The phone: one button, and the panel under it holds every selector, one above the other. */
    .base[data-compact] .toggle {
      margin: 0;
    }

    .base[data-compact] .panel {
      contain: none;
      flex-direction: column;
      flex-wrap: nowrap;
      align-items: flex-start;
    }

    .base[data-compact] .panel > * {
      max-inline-size: 100%;
    }

    @media (forced-colors: active) {
      .toggle,
      .reset {
        border-color: ButtonText;
      }

      .toggle:focus-visible,
      .reset:focus-visible {
        outline-color: Highlight;
      }
    }
  `,
];
