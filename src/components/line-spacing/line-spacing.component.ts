import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { LangController } from '../../i18n/lang-controller.js';
import { LINE_SPACINGS } from '../../settings/reading.js';
import { styles } from './line-spacing.styles.js';
import { OXU_ELEMENT } from '../../own-element.js';
import { ChoiceController } from '../choice-controller.js';

/**
 * Lets the visitor choose the space between the lines and paragraphs of the page's text.
 *
 * @tag oxu-line-spacing
 * @summary Line-spacing selector: one radio per spacing, each three lines drawn that far apart, with its name.
 *
 * @slot label - The group's visible name, for rich content; wins over the `label` attribute.
 *
 * @csspart base - The fieldset that groups the options.
 * @csspart label - The group's visible name (the legend).
 * @csspart options - The row of options; it wraps on narrow screens.
 * @csspart option - One option, the whole click target.
 * @csspart option-checked - The option of the current setting.
 * @csspart sample - Three lines of "text" drawn with the option's spacing.
 * @csspart name - The option's name, as text.
 *
 * @cssprop [--oxu-line-spacing-color=#1a1a1a] - Text and border colour of the options.
 * @cssprop [--oxu-line-spacing-background=#ffffff] - Background of the options.
 * @cssprop [--oxu-line-spacing-focus-color=#0b57d0] - The focus ring.
 * @cssprop [--oxu-line-spacing-label-color=currentColor] - The group's name and the mark under the checked option.
 * @cssprop [--oxu-line-spacing-gap=0.25rem] - Space between options.
 *
 * @fires {OxuChangeEvent} oxu-change - The visitor chose an option; `detail` is `{ setting: 'lineSpacing', value, settings }`.
 */
export class OxuLineSpacing extends LitElement {
  /** @internal */
  static readonly [OXU_ELEMENT] = true;

  static override styles = styles;

  private readonly _choice = new ChoiceController(this, 'lineSpacing');
  private readonly _lang = new LangController(this);

  /** The group's name, instead of the built-in "Line spacing" in the page's language. */
  @property() label: string | null = null;

  protected override render() {
    const messages = this._lang.messages;
    return this._choice.group(
      this.label || messages.lineSpacingLabel,
      this._choice.options(
        LINE_SPACINGS,
        (value) => html`${html`<span part="sample" class="sample" data-value=${value} aria-hidden="true"><span class="line"></span><span class="line"></span><span class="line"></span></span>`}<span part="name" class="name">${messages.lineSpacingNames[value]}</span>`,
      ),
    );
  }
}
