import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { LangController } from '../../i18n/lang-controller.js';
import { styles } from './font-size.styles.js';
import { OXU_ELEMENT } from '../../own-element.js';
import { ChoiceController } from '../choice-controller.js';

/**
 * Lets the visitor choose the page's text size among the levels the page offers.
 *
 * @tag oxu-font-size
 * @summary Text-size selector: one radio per level, each an "A" drawn at that size with its percentage.
 *
 * @slot label - The group's visible name, for rich content; wins over the `label` attribute.
 *
 * @csspart base - The fieldset that groups the options.
 * @csspart label - The group's visible name (the legend).
 * @csspart options - The row of options; it wraps on narrow screens.
 * @csspart option - One option, the whole click target.
 * @csspart option-checked - The option of the current text size.
 * @csspart glyph - The "A" drawn at the option's size.
 * @csspart percent - The option's percentage, as text.
 *
 * @cssprop [--oxu-font-size-color=#1a1a1a] - Text and border colour of the options.
 * @cssprop [--oxu-font-size-background=#ffffff] - Background of the options.
 * @cssprop [--oxu-font-size-focus-color=#0b57d0] - The focus ring.
 * @cssprop [--oxu-font-size-label-color=currentColor] - The group's name and the mark under the checked option.
 * @cssprop [--oxu-font-size-gap=0.25rem] - Space between options.
 * @cssprop [--oxu-font-size-glyph-size=1rem] - Size of the "A" at 100 %; the other levels are drawn relative to it.
 *
 * @fires {OxuChangeEvent} oxu-change - The visitor chose a size; `detail` is `{ setting: 'fontSize', value, settings }`.
 */
export class OxuFontSize extends LitElement {
  /** @internal */
  static readonly [OXU_ELEMENT] = true;

  static override styles = styles;

  private readonly _choice = new ChoiceController(this, 'fontSize');
  private readonly _lang = new LangController(this);

  /** Shows only these of the page's levels, e.g. `"100 150 200"`; levels the page does not offer are ignored and 100 is always shown. */
  @property() levels: string | null = null;

  /** The group's name, instead of the built-in "Text size" in the page's language. */
  @property() label: string | null = null;

  /** The page's levels, narrowed by the `levels` attribute. */
  private _shownLevels(): readonly number[] {
    const offered = this._choice.levels;
    const wanted = (this.levels ?? '').split(/[\s,]+/).filter((t) => /^\d+$/.test(t)).map(Number);
    if (!wanted.length) return offered;
    return offered.filter((level) => level === 100 || wanted.includes(level));
  }

  protected override render() {
    const messages = this._lang.messages;
    return this._choice.group(
      this.label || messages.fontSizeLabel,
      this._choice.options(
        this._shownLevels(),
        (level) => html`
          <span part="glyph" class="glyph" aria-hidden="true" data-scale=${level / 100}>A</span>
          <span part="percent" class="percent">${messages.fontSizeOption(level)}</span>
        `,
      ),
    );
  }

  protected override updated(): void {
    // A custom property set through the CSSOM: a style attribute would be
    // blocked by a Content-Security-Policy without 'unsafe-inline'.
    for (const glyph of this.renderRoot.querySelectorAll<HTMLElement>('.glyph[data-scale]')) {
      glyph.style.setProperty('--_scale', glyph.dataset.scale ?? '1');
    }
  }
}
