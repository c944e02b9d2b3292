import { css, unsafeCSS } from 'lit';
import { PALETTES } from '../../settings/schemes.js';
import { hostStyles, radioGroupStyles } from '../shared.styles.js';

/** Each swatch in its own scheme's colours, whatever scheme the page is in. */
const swatchColors = unsafeCSS(
  Object.entries(PALETTES)
    .map(([scheme, p]) => `.swatch[data-scheme="${scheme}"]{color:${p.text};background-color:${p.background}}`)
    .join(''),
);

export const styles = [
  hostStyles,
  radioGroupStyles,
  css`
    :host {
      --_color: var(--oxu-color-scheme-color, #1a1a1a);
      --_background: var(--oxu-color-scheme-background, #ffffff);
      --_focus: var(--oxu-color-scheme-focus-color, #0b57d0);
      --_label-color: var(--oxu-color-scheme-label-color, currentColor);
      --_gap: var(--oxu-color-scheme-gap, 0.25rem);
      --_pad: 0.125rem;
    }

    .swatch {
      flex: 1 1 auto;
      display: flex;
      align-items: center;
      justify-content: center;
      min-inline-size: 2rem;
      border-radius: 0.125rem;
      font-size: 1.25rem;
      font-weight: 700;
      line-height: 1;
      forced-color-adjust: none;
    }

    /* The site's own colours: a band of colours tells it apart from black on white. */
    .swatch[data-scheme='default'] {
      color: var(--oxu-color-scheme-site-color, #1a1a1a);
      background-color: var(--oxu-color-scheme-site-background, #ffffff);
      background-image: linear-gradient(90deg, #0072ce 0 33.3%, #d62d20 33.3% 66.6%, #2e9d3a 66.6%);
      background-size: 100% 0.3125rem;
      background-position: bottom;
      background-repeat: no-repeat;
    }

    ${swatchColors}

    .current,
    .forced {
      display: block;
      margin: 0.125rem 0 0;
      font-size: 0.875rem;
      color: var(--oxu-scheme-text, var(--_label-color));
    }
  `,
];
