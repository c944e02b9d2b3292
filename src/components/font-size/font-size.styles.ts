import { css } from 'lit';
import { hostStyles, radioGroupStyles } from '../shared.styles.js';

export const styles = [
  hostStyles,
  radioGroupStyles,
  css`
    :host {
      --_color: var(--oxu-font-size-color, #1a1a1a);
      --_background: var(--oxu-font-size-background, #ffffff);
      --_focus: var(--oxu-font-size-focus-color, #0b57d0);
      --_label-color: var(--oxu-font-size-label-color, currentColor);
      --_gap: var(--oxu-font-size-gap, 0.25rem);
    }

    .face {
      flex-direction: column;
      align-items: center;
      /* glyphs of different sizes share a baseline row, like "A A A" in print */
      justify-content: flex-end;
      min-inline-size: 3rem;
    }

    .glyph {
      font-size: calc(var(--oxu-font-size-glyph-size, 1rem) * var(--_scale, 1));
      font-weight: 700;
      line-height: 1;
    }

    .percent {
      font-size: 0.75rem;
      line-height: 1.2;
      font-variant-numeric: tabular-nums;
    }
  `,
];
