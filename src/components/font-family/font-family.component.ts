import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { LangController } from '../../i18n/lang-controller.js';
import { FONT_FAMILIES } from '../../settings/reading.js';
import { styles } from './font-family.styles.js';
import { OXU_ELEMENT } from '../../own-element.js';
import { ChoiceController } from '../choice-controller.js';

/**
 * Lets the visitor choose the typeface of the page's text.
 *
 * @tag oxu-font-family
 * @summary Typeface selector: one radio per typeface, each "Aa" drawn in that face, with its name.
 *
 * @slot label - The group's visible name, for rich content; wins over the `label` attribute.
 *
 * @csspart base - The fieldset that groups the options.
 * @csspart label - The group's visible name (the legend).
 * @csspart options - The row of options; it wraps on narrow screens.
 * @csspart option - One option, the whole click target.
 * @csspart option-checked - The option of the current setting.
 * @csspart sample - "Aa" drawn in the option's typeface.
 * @csspart name - The option's name, as text.
 *
 * @cssprop [--oxu-font-family-color=#1a1a1a] - Text and border colour of the options.
 * @cssprop [--oxu-font-family-background=#ffffff] - Background of the options.
 * @cssprop [--oxu-font-family-focus-color=#0b57d0] - The focus ring.
 * @cssprop [--oxu-font-family-label-color=currentColor] - The group's name and the mark under the checked option.
 * @cssprop [--oxu-font-family-gap=0.25rem] - Space between options.
 *
 * @fires {OxuChangeEvent} oxu-change - The visitor chose an option; `detail` is `{ setting: 'fontFamily', value, settings }`.
 */
export class OxuFontFamily extends LitElement {
  /** @internal */
  static readonly [OXU_ELEMENT] = true;

  static override styles = styles;

  private readonly _choice = new ChoiceController(this, 'fontFamily');
  private readonly _lang = new LangController(this);

  /** The group's name, instead of the built-in "Font" in the page's language. */
  @property() label: string | null = null;

  protected override render() {
    const messages = this._lang.messages;
    return this._choice.group(
      this.label || messages.fontFamilyLabel,
      this._choice.options(
        FONT_FAMILIES,
        (value) => html`${html`<span part="sample" class="sample" data-value=${value} aria-hidden="true">Aa</span>`}<span part="name" class="name">${messages.fontFamilyNames[value]}</span>`,
      ),
    );
  }
}
