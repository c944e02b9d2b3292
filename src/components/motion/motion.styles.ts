import { css } from 'lit';
import { hostStyles, radioGroupStyles, sampleOptionStyles, selectorTokens } from '../shared.styles.js';

export const styles = [
  hostStyles,
  radioGroupStyles,
  sampleOptionStyles,
  selectorTokens('motion'),
  css`
    .sample {
      position: relative;
      justify-content: flex-start;
      inline-size: 2.5rem;
      border-block-end: 0.125rem solid currentColor;
    }

    .dot {
      inline-size: 0.75rem;
      block-size: 0.75rem;
      border: 0.375rem solid currentColor;
      border-radius: 50%;
    }

    /* Still: the mark stands in the middle. */
    .sample[data-value='reduced'] {
      justify-content: center;
    }

    /* Moving: a trail behind the mark says so even while it stands. */
    .sample[data-value='default'] .dot {
      margin-inline-start: auto;
      animation: oxu-motion-sample 1.2s ease-in-out 3 alternate;
    }

    .sample[data-value='default']::before,
    .sample[data-value='default']::after {
      content: '';
      position: absolute;
      inset-block-start: calc(50% - 0.1875rem);
      inline-size: 0;
      block-size: 0;
      border: 0.1875rem solid currentColor;
      border-radius: 50%;
    }

    .sample[data-value='default']::before {
      inset-inline-end: 1.125rem;
      opacity: 0.6;
    }

    .sample[data-value='default']::after {
      inset-inline-end: 1.625rem;
      opacity: 0.35;
    }

    /* Moves a few times only (never longer than five seconds), and not at all
       while the system or the visitor has asked for less motion. */
    .sample[data-still] .dot {
      animation: none;
    }

    @media (prefers-reduced-motion: reduce) {
      .sample .dot {
        animation: none;
      }
    }

    @keyframes oxu-motion-sample {
      from {
        transform: translateX(-1.5rem);
      }
      to {
        transform: translateX(0);
      }
    }
  `,
];
