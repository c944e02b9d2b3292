import { css } from 'lit';
import { hostStyles } from '../shared.styles.js';

export const styles = [
  hostStyles,
  css`
    :host {
      display: block;
    }

    .base {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: var(--oxu-a11y-bar-row-gap, 0.5rem) var(--oxu-a11y-bar-gap, 1.5rem);
    }

    /* Lets each selector shrink to the bar and wrap its own options on a phone. */
    oxu-font-size,
    oxu-color-scheme {
      min-inline-size: 0;
    }
  `,
];
