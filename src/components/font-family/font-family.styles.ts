import { css } from 'lit';
import { hostStyles, radioGroupStyles, sampleOptionStyles, selectorTokens } from '../shared.styles.js';

export const styles = [
  hostStyles,
  radioGroupStyles,
  sampleOptionStyles,
  selectorTokens('font-family'),
  css`
    .sample {
      font-size: 1.375rem;
    }

    /* The faces the page gets: generic families, so the visitor's system supplies them. */
    .sample[data-value='sans'] {
      font-family: system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif;
    }

    .sample[data-value='serif'] {
      font-family: Georgia, Cambria, 'Noto Serif', 'Times New Roman', Times, serif;
    }
  `,
];
