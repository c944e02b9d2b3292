import { css } from 'lit';
import { hostStyles } from '../shared.styles.js';

/**
 * The links stay in the light DOM, so in a colour scheme the page-wide sheet
 * colours them; the `--oxu-scheme-*` fallbacks here cover this shadow root's
 * own heading and list, which that sheet does not reach.
 */
export const linksFooterStyles = [
  hostStyles,
  css`
    /* Content of the page, so it follows the line-spacing setting as page text does
       (--oxu-line-min, set on the root by src/page/line-spacing.ts while it is on). */
    :host {
      display: block;
      line-height: max(1.3, var(--oxu-line-min, 0));
      --_link: var(--oxu-scheme-link, var(--oxu-links-footer-link-color, #0b4f9c));
      --_visited: var(--oxu-scheme-visited, var(--oxu-links-footer-visited-color, #5c2d91));
      --_focus: var(--oxu-scheme-focus, var(--oxu-links-footer-focus-color, #0b4f9c));
    }

    .heading,
    ::slotted([slot='heading']) {
      margin: 0 0 0.75rem;
      font-size: var(--oxu-links-footer-heading-size, 1.25rem);
      font-weight: 700;
      line-height: max(1.3, var(--oxu-line-min, 0));
    }

    .heading {
      color: var(--oxu-scheme-text, inherit);
    }

    ul {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--oxu-links-footer-column-width, 16rem)), 1fr));
      gap: var(--oxu-links-footer-gap, 0.5rem 2rem);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    li {
      margin: 0;
      padding: 0;
      overflow-wrap: break-word;
    }

    ::slotted(a) {
      display: inline-block;
      padding-block: 0.25rem;
      color: var(--_link);
      text-decoration-line: underline;
      text-decoration-thickness: max(1px, 0.0625em);
      text-underline-offset: 0.15em;
    }

    ::slotted(a:visited) {
      color: var(--_visited);
    }

    ::slotted(a:hover) {
      text-decoration-thickness: max(3px, 0.1875em);
    }

    ::slotted(a:focus-visible) {
      outline: 0.1875rem solid var(--_focus);
      outline-offset: 0.125rem;
    }

    /* A neutralised link (unsafe href) reads as plain text. */
    ::slotted(a:not([href])) {
      color: var(--oxu-scheme-text, inherit);
      text-decoration-line: none;
    }

    @media (forced-colors: active) {
      ::slotted(a:focus-visible) {
        outline-color: Highlight;
      }
    }
  `,
];
