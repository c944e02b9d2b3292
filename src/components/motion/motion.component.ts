import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { LangController } from '../../i18n/lang-controller.js';
import { MOTIONS } from '../../settings/reading.js';
import { styles } from './motion.styles.js';
import { OXU_ELEMENT } from '../../own-element.js';
import { ChoiceController } from '../choice-controller.js';

/**
 * Lets the visitor stop the page's animations, transitions and autoplaying media.
 *
 * @tag oxu-motion
 * @summary Motion selector: a moving mark for the page's animations as they are, a still one for animations stopped, each with its name.
 *
 * @slot label - The group's visible name, for rich content; wins over the `label` attribute.
 *
 * @csspart base - The fieldset that groups the options.
 * @csspart label - The group's visible name (the legend).
 * @csspart options - The row of options; it wraps on narrow screens.
 * @csspart option - One option, the whole click target.
 * @csspart option-checked - The option of the current setting.
 * @csspart sample - A mark that moves (with a trail behind it) or stands still. It moves only a few times, never while the system asks for reduced motion or while animations are stopped.
 * @csspart name - The option's name, as text.
 *
 * @cssprop [--oxu-motion-color=#1a1a1a] - Text and border colour of the options.
 * @cssprop [--oxu-motion-background=#ffffff] - Background of the options.
 * @cssprop [--oxu-motion-focus-color=#0b57d0] - The focus ring.
 * @cssprop [--oxu-motion-label-color=currentColor] - The group's name and the mark under the checked option.
 * @cssprop [--oxu-motion-gap=0.25rem] - Space between options.
 *
 * @fires {OxuChangeEvent} oxu-change - The visitor chose an option; `detail` is `{ setting: 'motion', value, settings }`.
 */
export class OxuMotion extends LitElement {
  /** @internal */
  static readonly [OXU_ELEMENT] = true;

  static override styles = styles;

  private readonly _choice = new ChoiceController(this, 'motion');
  private readonly _lang = new LangController(this);

  /** The group's name, instead of the built-in "Animation" in the page's language. */
  @property() label: string | null = null;

  protected override render() {
    const messages = this._lang.messages;
    return this._choice.group(
      this.label || messages.motionLabel,
      this._choice.options(
        MOTIONS,
        (value) => html`${html`<span part="sample" class="sample" data-value=${value} ?data-still=${this._choice.value === 'reduced'} aria-hidden="true"><span class="dot"></span></span>`}<span part="name" class="name">${messages.motionNames[value]}</span>`,
      ),
    );
  }
}
