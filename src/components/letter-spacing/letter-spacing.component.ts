import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { LangController } from '../../i18n/lang-controller.js';
import { LETTER_SPACINGS } from '../../settings/reading.js';
import { styles } from './letter-spacing.styles.js';
import { OXU_ELEMENT } from '../../own-element.js';
import { ChoiceController } from '../choice-controller.js';

/**
 * Lets the visitor choose the space between the letters and words of the page's text.
 *
 * @tag oxu-letter-spacing
 * @summary Letter-spacing selector: one radio per spacing, each the letters "Abc" drawn that far apart, with its name.
 *
 * @slot label - The group's visible name, for rich content; wins over the `label` attribute.
 *
 * @csspart base - The fieldset that groups the options.
 * @csspart label - The group's visible name (the legend).
 * @csspart options - The row of options; it wraps on narrow screens.
 * @csspart option - One option, the whole click target.
 * @csspart option-checked - The option of the current setting.
 * @csspart sample - The letters "Abc" drawn with the option's spacing.
 * @csspart name - The option's name, as text.
 *
 * @cssprop [--oxu-letter-spacing-color=#1a1a1a] - Text and border colour of the options.
 * @cssprop [--oxu-letter-spacing-background=#ffffff] - Background of the options.
 * @cssprop [--oxu-letter-spacing-focus-color=#0b57d0] - The focus ring.
 * @cssprop [--oxu-letter-spacing-label-color=currentColor] - The group's name and the mark under the checked option.
 * @cssprop [--oxu-letter-spacing-gap=0.25rem] - Space between options.
 *
 * @fires {OxuChangeEvent} oxu-change - The visitor chose an option; `detail` is `{ setting: 'letterSpacing', value, settings }`.
 */
export class OxuLetterSpacing extends LitElement {
  /** @internal */
  static readonly [OXU_ELEMENT] = true;

  static override styles = styles;

  private readonly _choice = new ChoiceController(this, 'letterSpacing');
  private readonly _lang = new LangController(this);

  /** The group's name, instead of the built-in "Letter spacing" in the page's language. */
  @property() label: string | null = null;

  protected override render() {
    const messages = this._lang.messages;
    return this._choice.group(
      this.label || messages.letterSpacingLabel,
      this._choice.options(
        LETTER_SPACINGS,
        (value) => html`${html`<span part="sample" class="sample" data-value=${value} aria-hidden="true">Abc</span>`}<span part="name" class="name">${messages.letterSpacingNames[value]}</span>`,
      ),
    );
  }
}
