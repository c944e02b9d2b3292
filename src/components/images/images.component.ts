import { LitElement, html, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { LangController } from '../../i18n/lang-controller.js';
import { IMAGE_MODES, type ImageMode } from '../../settings/reading.js';
import { styles } from './images.styles.js';
import { OXU_ELEMENT } from '../../own-element.js';
import { ChoiceController } from '../choice-controller.js';

/** The same little landscape three ways: as it is, in grey, and crossed out as a hidden image. */
function picture(mode: ImageMode) {
  return html`<span part="sample" class="sample" data-value=${mode} aria-hidden="true">
    <svg viewBox="0 0 32 24" focusable="false">
      ${mode === 'hidden'
        ? svg`<rect class="frame" x="1" y="1" width="30" height="22" rx="2"></rect>
            <path class="ghost" d="M4 19 10 12l6 6 4-4 8 5"></path>
            <path class="strike" d="M3 22 29 2"></path>`
        : svg`<rect x="0" y="0" width="32" height="24" rx="2" fill="#7cc4f2"></rect>
            <circle cx="24" cy="7" r="3.5" fill="#ffc928"></circle>
            <path d="M0 24 10 10l7 8 4-5 11 11Z" fill="#2e8b3a"></path>
            <path d="M10 10l3 4-3 2-3-2Z" fill="#ffffff"></path>`}
    </svg>
  </span>`;
}

/**
 * Lets the visitor see the page's images as they are, in greyscale, or hidden behind their text alternative.
 *
 * @tag oxu-images
 * @summary Images selector: one radio per mode, each a small picture in colour, in grey or crossed out, with its name.
 *
 * @slot label - The group's visible name, for rich content; wins over the `label` attribute.
 *
 * @csspart base - The fieldset that groups the options.
 * @csspart label - The group's visible name (the legend).
 * @csspart options - The row of options; it wraps on narrow screens.
 * @csspart option - One option, the whole click target.
 * @csspart option-checked - The option of the current setting.
 * @csspart sample - A small picture: in colour, in grey, or crossed out.
 * @csspart name - The option's name, as text.
 *
 * @cssprop [--oxu-images-color=#1a1a1a] - Text and border colour of the options.
 * @cssprop [--oxu-images-background=#ffffff] - Background of the options.
 * @cssprop [--oxu-images-focus-color=#0b57d0] - The focus ring.
 * @cssprop [--oxu-images-label-color=currentColor] - The group's name and the mark under the checked option.
 * @cssprop [--oxu-images-gap=0.25rem] - Space between options.
 *
 * @fires {OxuChangeEvent} oxu-change - The visitor chose an option; `detail` is `{ setting: 'images', value, settings }`.
 */
export class OxuImages extends LitElement {
  /** @internal */
  static readonly [OXU_ELEMENT] = true;

  static override styles = styles;

  private readonly _choice = new ChoiceController(this, 'images');
  private readonly _lang = new LangController(this);

  /** The group's name, instead of the built-in "Images" in the page's language. */
  @property() label: string | null = null;

  protected override render() {
    const messages = this._lang.messages;
    return this._choice.group(
      this.label || messages.imagesLabel,
      this._choice.options(
        IMAGE_MODES,
        (value) => html`${picture(value)}<span part="name" class="name">${messages.imagesNames[value]}</span>`,
      ),
    );
  }
}
