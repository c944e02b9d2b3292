import { css } from 'lit';
import { hostStyles } from '../shared.styles.js';

/**
 * Colours read the page's `--oxu-scheme-*` properties first: the page-wide
 * scheme sheet recolours the light DOM (host, slotted content) but does not
 * reach this shadow root. Sizes are in rem/em so the card follows the page's
 * text size.
 */
export const newsCardStyles = [
  hostStyles,
  css`
    /* Content of the page, so it follows the line-spacing setting as page text does
       (--oxu-line-min, set on the root by src/page/line-spacing.ts while it is on). */
    :host {
      display: block;
      line-height: max(1.3, var(--oxu-line-min, 0));
      --_link: var(--oxu-scheme-link, var(--oxu-news-card-link-color, #0b4f9c));
      --_visited: var(--oxu-scheme-visited, var(--oxu-news-card-visited-color, #5c2d91));
      --_focus: var(--oxu-scheme-focus, var(--oxu-news-card-focus-color, #0b4f9c));
      --_gap: var(--oxu-news-card-gap, 1rem);
    }

    /* The sidebar layout: the image sits beside the text while the text keeps
       at least --oxu-news-card-text-min-width of the card, above it otherwise,
       so a card reflows to one column on a phone without a media query. */
    .card {
      position: relative;
      display: flex;
      flex-wrap: wrap;
      gap: var(--_gap);
      block-size: 100%;
      padding: var(--oxu-news-card-padding, min(1rem, 4vw));
      border: 0.0625rem solid var(--oxu-scheme-text, var(--oxu-news-card-border-color, #b1b4b6));
      border-radius: var(--oxu-news-card-radius, 0.25rem);
      background: var(--oxu-scheme-background, var(--oxu-news-card-background, transparent));
      overflow-wrap: break-word;
    }

    .image {
      order: -1;
      flex: 1 1 var(--oxu-news-card-image-width, 14rem);
    }

    .image[hidden] {
      display: none;
    }

    ::slotted([slot='image']) {
      display: block;
      inline-size: 100%;
      max-inline-size: 100%;
      block-size: auto;
    }

    .body {
      display: flex;
      flex-direction: column;
      gap: 0.5em;
      flex: 999 1 0;
      min-inline-size: min(100%, var(--oxu-news-card-text-min-width, 55%));
    }

    .heading {
      margin: 0;
      font-size: var(--oxu-news-card-heading-size, 1.25rem);
      font-weight: 700;
      line-height: max(1.3, var(--oxu-line-min, 0));
    }

    /* The heading's colour comes from the link around it, also in a scheme,
       whose sheet would otherwise paint the slotted text in body colour. */
    ::slotted([slot='heading']:not(a)) {
      color: inherit !important;
      font: inherit;
    }

    ::slotted(a[slot='heading']) {
      color: var(--_link) !important;
      font: inherit;
      text-decoration-line: underline;
      text-decoration-thickness: max(1px, 0.0625em);
      text-underline-offset: 0.15em;
    }

    ::slotted(a[slot='heading']:visited) {
      color: var(--_visited) !important;
    }

    .card:hover ::slotted(a[slot='heading']) {
      text-decoration-thickness: max(3px, 0.1875em);
    }

    a {
      color: var(--_link);
      text-decoration-line: underline;
      text-decoration-thickness: max(1px, 0.0625em);
      text-underline-offset: 0.15em;
    }

    a:visited {
      color: var(--_visited);
    }

    .card:hover a {
      text-decoration-thickness: max(3px, 0.1875em);
    }

    /* The block link: the heading link's ::after covers the whole card, so the
       card is one click target while the only interactive element is the link. */
    a::after,
    ::slotted(a[slot='heading'][href])::after {
      content: '';
      position: absolute;
      inset: 0;
      border-radius: inherit;
    }

    /* A scheme's sheet paints every light-DOM ::after; an opaque cover would
       hide the heading and date. Important here beats important outside. */
    ::slotted(a[slot='heading'][href])::after {
      background: transparent !important;
      border: 0 !important;
    }

    a:focus {
      outline: none;
    }

    a:focus-visible::after,
    ::slotted(a[slot='heading']:focus-visible)::after {
      outline: 0.1875rem solid var(--_focus) !important;
      outline-offset: 0.125rem !important;
    }

    ::slotted(a[slot='heading']:focus-visible) {
      outline: none !important;
    }

    /* Above the cover so its text can be selected and its own links used;
       a plain click on it is passed on to the heading link. */
    .summary {
      position: relative;
      font-size: var(--oxu-news-card-summary-size, 1rem);
      line-height: max(1.5, var(--oxu-line-min, 0));
    }

    time,
    .date {
      font-size: var(--oxu-news-card-date-size, 0.875rem);
      color: var(--oxu-scheme-text, var(--oxu-news-card-date-color, #505a5f));
    }

    @media (forced-colors: active) {
      .card {
        border-color: CanvasText;
      }

      a:focus-visible::after,
      ::slotted(a[slot='heading']:focus-visible)::after {
        outline-color: Highlight !important;
      }
    }
  `,
];
