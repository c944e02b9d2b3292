import { css } from 'lit';
import { hostStyles, radioGroupStyles, sampleOptionStyles, selectorTokens } from '../shared.styles.js';

export const styles = [
  hostStyles,
  radioGroupStyles,
  sampleOptionStyles,
  selectorTokens('images'),
  css`
    svg {
      display: block;
      inline-size: 2rem;
      block-size: 1.5rem;
      /* The picture keeps its colours in every scheme, as the page's images do. */
      forced-color-adjust: none;
    }

    .sample[data-value='grayscale'] svg {
      filter: grayscale(1);
    }

    .frame,
    .ghost,
    .strike {
      fill: none;
      stroke: currentColor;
      stroke-linejoin: round;
    }

    .frame {
      stroke-width: 1.5;
      stroke-dasharray: 3 2;
    }

    .ghost {
      stroke-width: 1;
    }

    .strike {
      stroke-width: 2.5;
      stroke-linecap: round;
    }

    @media (forced-colors: active) {
      .sample[data-value='hidden'] svg {
        forced-color-adjust: auto;
      }
    }
  `,
];
