import { css } from 'lit';
import { hostStyles, radioGroupStyles, sampleOptionStyles, selectorTokens } from '../shared.styles.js';

export const styles = [
  hostStyles,
  radioGroupStyles,
  sampleOptionStyles,
  selectorTokens('line-spacing'),
  css`
    .sample {
      flex-direction: column;
      align-items: stretch;
      justify-content: center;
      inline-size: 1.75rem;
      gap: var(--_line-gap, 0.1875rem);
    }

    /* Lines of text as rules: a border, so forced colours keep it drawn. */
    .line {
      border-block-start: 0.1875rem solid currentColor;
    }

    .line:last-child {
      inline-size: 60%;
    }

    .sample[data-value='wide'] {
      --_line-gap: 0.375rem;
    }

    .sample[data-value='wider'] {
      --_line-gap: 0.5625rem;
    }
  `,
];
