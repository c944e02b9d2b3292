import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LangController } from '../../i18n/lang-controller.js';
import { COLOR_SCHEMES, isColorScheme, type ColorScheme } from '../../settings/schemes.js';
import { styles } from './color-scheme.styles.js';
import { OXU_ELEMENT } from '../../own-element.js';
import { ChoiceController } from '../choice-controller.js';
import { ForcedColorsController } from '../forced-colors-controller.js';

/**
 * Lets the visitor choose the site's colour scheme.
 *
 * @tag oxu-color-scheme
 * @summary Colour-scheme switcher: one radio per scheme, each a swatch in that scheme's colours. While the operating system forces its colours it says so instead.
 *
 * @slot label - The group's visible name, for rich content; wins over the `label` attribute.
 *
 * @csspart base - The fieldset that groups the options.
 * @csspart label - The group's visible name (the legend).
 * @csspart options - The row of swatches; it wraps on narrow screens.
 * @csspart option - One option, the whole click target.
 * @csspart option-checked - The option of the current scheme.
 * @csspart swatch - An "A" in the scheme's text colour on its background.
 * @csspart current - The name of the current scheme, shown under the swatches.
 * @csspart forced - The note shown instead of the swatches while the system forces its colours.
 *
 * @cssprop [--oxu-color-scheme-color=#1a1a1a] - Border colour of the options.
 * @cssprop [--oxu-color-scheme-background=#ffffff] - Background around the swatches.
 * @cssprop [--oxu-color-scheme-focus-color=#0b57d0] - The focus ring.
 * @cssprop [--oxu-color-scheme-label-color=currentColor] - The group's name, the current scheme's name and the mark under the checked option.
 * @cssprop [--oxu-color-scheme-gap=0.25rem] - Space between options.
 * @cssprop [--oxu-color-scheme-site-color=#1a1a1a] - Text colour of the "site's own colours" swatch: set it to the site's.
 * @cssprop [--oxu-color-scheme-site-background=#ffffff] - Background of the "site's own colours" swatch: set it to the site's.
 *
 * @fires {OxuChangeEvent} oxu-change - The visitor chose a scheme; `detail` is `{ setting: 'colorScheme', value, settings }`.
 */
export class OxuColorScheme extends LitElement {
  /** @internal */
  static readonly [OXU_ELEMENT] = true;

  static override styles = styles;

  private readonly _choice = new ChoiceController(this, 'colorScheme');
  private readonly _lang = new LangController(this);
  private readonly _forced = new ForcedColorsController(this);

  /** Offers only these schemes, e.g. `"default white-on-black"`; unknown names are ignored. Default: every built-in scheme. */
  @property() schemes: string | null = null;

  /** The group's name, instead of the built-in "Site colours" in the page's language. */
  @property() label: string | null = null;

  protected override render() {
    const messages = this._lang.messages;
    const current = this._choice.value;
    const schemes = this._shownSchemes();
    return this._choice.group(
      this.label || messages.colorSchemeLabel,
      this._forced.active
        ? // The operating system's colours win; offering ours would only fight them.
          html`<p part="forced" class="forced">${messages.forcedColors}</p>`
        : html`
            ${this._choice.options(
              schemes,
              (scheme) => html`<span part="swatch" class="swatch" data-scheme=${scheme} aria-hidden="true">A</span>`,
              (scheme) => html`<span class="visually-hidden">${messages.schemeNames[scheme]}</span>`,
            )}
            ${schemes.includes(current)
              ? // Sighted visitors read the current scheme here; screen readers hear it as the checked radio.
                html`<span part="current" class="current" aria-hidden="true">${messages.schemeNames[current]}</span>`
              : nothing}
          `,
    );
  }

  /** The built-in schemes, narrowed by the `schemes` attribute, in their built-in order. */
  private _shownSchemes(): readonly ColorScheme[] {
    const wanted = (this.schemes ?? '').split(/[\s,]+/).filter(isColorScheme);
    return wanted.length ? COLOR_SCHEMES.filter((scheme) => wanted.includes(scheme)) : COLOR_SCHEMES;
  }
}
