import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { LangController } from '../../i18n/lang-controller.js';
import { styles } from './a11y-bar.styles.js';
import { OXU_ELEMENT } from '../../own-element.js';

/** Every part of each selector, forwarded under the selector's prefix (`option` as `font-size-option`). */
const FONT_SIZE_PARTS = ['base', 'label', 'options', 'option', 'option-checked', 'glyph', 'percent'];
const COLOR_SCHEME_PARTS = ['base', 'label', 'options', 'option', 'option-checked', 'swatch', 'current', 'forced'];
const forward = (prefix: string, parts: readonly string[]) => parts.map((part) => `${part}: ${prefix}-${part}`).join(', ');
const FONT_SIZE_EXPORTS = forward('font-size', FONT_SIZE_PARTS);
const COLOR_SCHEME_EXPORTS = forward('color-scheme', COLOR_SCHEME_PARTS);

/**
 * The text-size selector and the colour-scheme switcher together, for the page header.
 * It composes `<oxu-font-size>` and `<oxu-color-scheme>` by tag: import `a11y-bar.js`,
 * which defines both.
 *
 * @tag oxu-a11y-bar
 * @summary Reading settings for the page header: text size and site colours, each with its label.
 *
 * @slot font-size-label - The text-size selector's name, for rich content; wins over the `font-size-label` attribute.
 * @slot color-scheme-label - The colour switcher's name, for rich content; wins over the `color-scheme-label` attribute.
 *
 * @csspart base - The group around both selectors.
 * @csspart font-size - The `<oxu-font-size>` element.
 * @csspart color-scheme - The `<oxu-color-scheme>` element.
 * @csspart font-size-base - The text-size selector's fieldset.
 * @csspart font-size-label - The text-size selector's visible name.
 * @csspart font-size-options - The row of text-size options.
 * @csspart font-size-option - One text-size option.
 * @csspart font-size-option-checked - The option of the current text size.
 * @csspart font-size-glyph - The "A" drawn at an option's size.
 * @csspart font-size-percent - An option's percentage.
 * @csspart color-scheme-base - The colour switcher's fieldset.
 * @csspart color-scheme-label - The colour switcher's visible name.
 * @csspart color-scheme-options - The row of swatches.
 * @csspart color-scheme-option - One colour-scheme option.
 * @csspart color-scheme-option-checked - The option of the current scheme.
 * @csspart color-scheme-swatch - A scheme's swatch.
 * @csspart color-scheme-current - The current scheme's name.
 * @csspart color-scheme-forced - The note shown while the system forces its colours.
 *
 * @cssprop [--oxu-a11y-bar-gap=1.5rem] - Space between the two selectors side by side.
 * @cssprop [--oxu-a11y-bar-row-gap=0.5rem] - Space between them when they wrap onto two lines.
 *
 * @fires {OxuChangeEvent} oxu-change - The visitor changed a setting (from either selector).
 */
export class OxuA11yBar extends LitElement {
  /** @internal */
  static readonly [OXU_ELEMENT] = true;

  static override styles = styles;

  private readonly _lang = new LangController(this);

  /** The text-size selector's name, instead of the built-in "Şriftin ölçüsü" / "Text size" / "Размер шрифта". */
  @property({ attribute: 'font-size-label' }) fontSizeLabel: string | null = null;

  /** The colour switcher's name, instead of the built-in "Saytın rəngi" / "Site colours" / "Цвет сайта". */
  @property({ attribute: 'color-scheme-label' }) colorSchemeLabel: string | null = null;

  /** The accessible name of the whole bar, instead of the built-in "Display settings" in the page's language. */
  @property() label: string | null = null;

  protected override render() {
    const messages = this._lang.messages;
    // A named group, not a landmark: the bar sits inside the page's banner, and
    // a region per bar would multiply landmarks on pages that place it twice.
    return html`
      <div part="base" class="base" role="group" aria-label=${this.label || messages.a11yBarLabel}>
        <oxu-font-size part="font-size" exportparts=${FONT_SIZE_EXPORTS}>
          <slot name="font-size-label" slot="label">${this.fontSizeLabel || messages.fontSizeLabel}</slot>
        </oxu-font-size>
        <oxu-color-scheme part="color-scheme" exportparts=${COLOR_SCHEME_EXPORTS}>
          <slot name="color-scheme-label" slot="label">${this.colorSchemeLabel || messages.colorSchemeLabel}</slot>
        </oxu-color-scheme>
      </div>
    `;
  }
}
