import { css, unsafeCSS } from 'lit';

/**
 * Every oxu element starts from this. Text is sized in rem so that the
 * elements grow with the page's text size: the page scaler enlarges the root
 * font size but does not rewrite oxu's own shadow styles.
 */
export const hostStyles = css`
  :host {
    display: inline-block;
    box-sizing: border-box;
    max-inline-size: 100%;
    font-size: 1rem;
    line-height: 1.3;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/**
 * A single-choice group of native radios in a fieldset, shared by the
 * text-size and colour selectors. Each element maps its public custom
 * properties onto the private ones used here:
 * `--_color`, `--_background`, `--_focus`, `--_label-color`, `--_gap`.
 *
 * The page's colour scheme reaches shadow roots only through the inherited
 * `--oxu-scheme-*` properties, so every colour reads those first. The checked
 * option differs by shape (a thick border and a bar under it), never by colour
 * alone, so it stays visible in every scheme and in forced colours.
 */
export const radioGroupStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    /* a fieldset is min-content wide by default and would overflow a phone */
    min-inline-size: 0;
  }

  legend {
    padding: 0;
    margin-block-end: 0.25rem;
    font-weight: 700;
    color: var(--oxu-scheme-text, var(--_label-color));
  }

  .options {
    display: flex;
    flex-wrap: wrap;
    align-items: stretch;
    gap: var(--_gap);
  }

  .option {
    position: relative;
    display: inline-flex;
    flex-direction: column;
    padding-block-end: 0.375rem;
    color: var(--oxu-scheme-text, var(--_label-color));
    cursor: pointer;
  }

  /* The real radio covers the whole option: the click target is the option. */
  .option input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }

  .face {
    flex: 1 1 auto;
    display: flex;
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
    padding: calc(var(--_pad, 0.25rem) + 0.125rem);
    border: 0.0625rem solid var(--oxu-scheme-text, var(--_color));
    border-radius: 0.25rem;
    color: var(--oxu-scheme-text, var(--_color));
    background: var(--oxu-scheme-background, var(--_background));
  }

  .option:hover .face {
    border-style: dashed;
  }

  input:checked ~ .face {
    padding: var(--_pad, 0.25rem);
    border-width: 0.1875rem;
    border-style: solid;
  }

  .mark {
    position: absolute;
    inset-inline: 0.25rem;
    inset-block-end: 0;
    block-size: 0;
  }

  input:checked ~ .mark {
    border-block-end: 0.25rem solid currentColor;
  }

  input:focus-visible ~ .face {
    outline: 0.1875rem solid var(--oxu-scheme-focus, var(--_focus));
    outline-offset: 0.125rem;
  }

  @media (forced-colors: active) {
    .face {
      border-color: CanvasText;
    }

    input:checked ~ .face,
    input:checked ~ .mark {
      border-color: Highlight;
    }

    input:focus-visible ~ .face {
      outline-color: Highlight;
    }
  }
`;

/**
 * The public custom properties of one selector (`--oxu-<name>-color` and so
 * on) mapped onto the private ones `radioGroupStyles` reads.
 */
export function selectorTokens(name: string) {
  return unsafeCSS(`:host{
    --_color:var(--oxu-${name}-color,#1a1a1a);
    --_background:var(--oxu-${name}-background,#ffffff);
    --_focus:var(--oxu-${name}-focus-color,#0b57d0);
    --_label-color:var(--oxu-${name}-label-color,currentColor);
    --_gap:var(--oxu-${name}-gap,0.25rem);
  }`);
}

/**
 * Options that show what they do: a small drawing (`.sample`) above the
 * option's name, for the reading selectors beside text size and colours.
 */
export const sampleOptionStyles = css`
  .face {
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.25rem;
    min-inline-size: 4.5rem;
  }

  .sample {
    display: flex;
    align-items: center;
    justify-content: center;
    min-block-size: 1.75rem;
    line-height: 1;
  }

  .name {
    max-inline-size: 9rem;
    font-size: 0.875rem;
    line-height: 1.2;
    text-align: center;
    overflow-wrap: anywhere;
  }
`;
