import { css } from 'lit';
import { hostStyles, radioGroupStyles, sampleOptionStyles, selectorTokens } from '../shared.styles.js';

export const styles = [
  hostStyles,
  radioGroupStyles,
  sampleOptionStyles,
  selectorTokens('letter-spacing'),
  css`
    .sample {
      font-size: 1.125rem;
      font-weight: 700;
    }

    /* The spacings the page gets: WCAG 1.4.12's at wide, more at wider, in em of the text's own size. */
    .sample[data-value='wide'] {
      letter-spacing: 0.12em;
      word-spacing: 0.16em;
    }

    .sample[data-value='wider'] {
      letter-spacing: 0.25em;
      word-spacing: 0.32em;
    }
  `,
];
