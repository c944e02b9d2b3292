import { LitElement, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { OxuChangeEvent } from '../../events.js';
import { LangController } from '../../i18n/lang-controller.js';
import { SettingsController } from '../../settings/settings-controller.js';
import { COLOR_SCHEMES, isColorScheme, type ColorScheme } from '../../settings/schemes.js';
import { settings } from '../../settings/store.js';
import { styles } from './color-scheme.styles.js';
import { OXU_ELEMENT } from '../../own-element.js';
import { radioForKey } from '../radio-keys.js';

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

  private readonly _settings = new SettingsController(this);
  private readonly _lang = new LangController(this);
  private readonly _forced = new ForcedColorsController(this);

  /** Offers only these schemes, e.g. `"default white-on-black"`; unknown names are ignored. Default: every built-in scheme. */
  @property() schemes: string | null = null;

  /** The group's name, instead of the built-in "Site colours" in the page's language. */
  @property() label: string | null = null;

  protected override render() {
    const messages = this._lang.messages;
    const current = this._settings.value.colorScheme;
    const schemes = this._shownSchemes();
    return html`
      <fieldset part="base" @change=${this._onChange} @keydown=${this._onKeydown}>
        <legend part="label"><slot name="label">${this.label || messages.colorSchemeLabel}</slot></legend>
        ${this._forced.active
          ? // The operating system's colours win; offering ours would only fight them.
            html`<p part="forced" class="forced">${messages.forcedColors}</p>`
          : html`
              <div part="options" class="options">
                ${schemes.map(
                  (scheme) => html`
                    <label part=${scheme === current ? 'option option-checked' : 'option'} class="option">
                      <input type="radio" name="scheme" .value=${scheme} .checked=${live(scheme === current)} />
                      <span class="face"><span part="swatch" class="swatch" data-scheme=${scheme} aria-hidden="true">A</span></span>
                      <span class="mark"></span>
                      <span class="visually-hidden">${messages.schemeNames[scheme]}</span>
                    </label>
                  `,
                )}
              </div>
              ${schemes.includes(current)
                ? // Sighted visitors read the current scheme here; screen readers hear it as the checked radio.
                  html`<span part="current" class="current" aria-hidden="true">${messages.schemeNames[current]}</span>`
                : nothing}
            `}
      </fieldset>
    `;
  }

  /** The built-in schemes, narrowed by the `schemes` attribute, in their built-in order. */
  private _shownSchemes(): readonly ColorScheme[] {
    const wanted = (this.schemes ?? '').split(/[\s,]+/).filter(isColorScheme);
    return wanted.length ? COLOR_SCHEMES.filter((scheme) => wanted.includes(scheme)) : COLOR_SCHEMES;
  }

  private _radios(): HTMLInputElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  }

  private _onChange(event: Event): void {
    const radio = event.target as HTMLInputElement;
    if (radio.checked) this._choose(radio.value);
  }

  /** Arrow keys, Home and End as the radio group pattern has them, wrapping, the same in every browser. */
  private _onKeydown(event: KeyboardEvent): void {
    const radio = radioForKey(event, this._radios());
    if (radio) this._choose(radio.value);
  }

  private _choose(scheme: string): void {
    if (!isColorScheme(scheme) || scheme === settings.colorScheme) return;
    const value = settings.set({ colorScheme: scheme });
    if (value.colorScheme !== scheme) return;
    this.dispatchEvent(new OxuChangeEvent({ setting: 'colorScheme', value: scheme, settings: value }));
  }
}

/** Follows `(forced-colors: active)`: whether the operating system paints the page in its own colours. */
class ForcedColorsController implements ReactiveController {
  active = false;
  private _query: MediaQueryList | null = null;
  private readonly _onChange = (event: MediaQueryListEvent) => {
    this.active = event.matches;
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof matchMedia !== 'function') return;
    this._query = matchMedia('(forced-colors: active)');
    this.active = this._query.matches;
    this._query.addEventListener('change', this._onChange);
  }

  hostDisconnected(): void {
    this._query?.removeEventListener('change', this._onChange);
    this._query = null;
  }
}
