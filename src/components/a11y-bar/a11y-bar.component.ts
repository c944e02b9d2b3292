import { LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
// The static flavour of html`` throughout: the panel's selectors are named by tag from a table.
import { html, unsafeStatic } from 'lit/static-html.js';
import { LangController } from '../../i18n/lang-controller.js';
import type { Messages } from '../../i18n/messages.js';
import { SettingsController } from '../../settings/settings-controller.js';
import { settings as store } from '../../settings/store.js';
import { styles } from './a11y-bar.styles.js';
import { OXU_ELEMENT } from '../../own-element.js';
import { BarLayout } from './bar-layout.js';
import { focusInto } from '../radio-keys.js';

/** Every part of each selector, forwarded under the selector's prefix (`option` as `font-size-option`). */
const FONT_SIZE_PARTS = ['base', 'label', 'options', 'option', 'option-checked', 'glyph', 'percent'];
const COLOR_SCHEME_PARTS = ['base', 'label', 'options', 'option', 'option-checked', 'swatch', 'current', 'forced'];
const READING_PARTS = ['base', 'label', 'options', 'option', 'option-checked', 'sample', 'name'];
const forward = (prefix: string, parts: readonly string[]) => parts.map((part) => `${part}: ${prefix}-${part}`).join(', ');
const FONT_SIZE_EXPORTS = forward('font-size', FONT_SIZE_PARTS);
const COLOR_SCHEME_EXPORTS = forward('color-scheme', COLOR_SCHEME_PARTS);

/** The settings the panel can offer, in the order it shows them, with their elements' names. */
const READING = {
  letterSpacing: 'letter-spacing',
  lineSpacing: 'line-spacing',
  fontFamily: 'font-family',
  images: 'images',
  motion: 'motion',
} as const;
type ReadingSetting = keyof typeof READING;
const READING_SETTINGS = Object.keys(READING) as ReadingSetting[];
type Table<T> = Record<ReadingSetting, T>;
const table = <T>(value: (element: string) => T) => Object.fromEntries(READING_SETTINGS.map((name) => [name, value(READING[name])])) as Table<T>;
// Tags from the table above, never from outside: safe as static template text.
const TAGS = table((element) => unsafeStatic(`oxu-${element}`));
const EXPORTS = table((element) => forward(element, READING_PARTS));

/**
 * The reading settings for the page header: the text-size selector and the
 * colour-scheme switcher, and a button that opens a panel with the other five
 * selectors and a reset button. On a narrow screen the closed bar is that one
 * button, and the panel holds all seven. It composes the selectors by tag:
 * import `a11y-bar.js`, which defines them all.
 *
 * @tag oxu-a11y-bar
 * @summary Reading settings for the page header: text size and site colours, and a "more settings" panel with letter and line spacing, typeface, images, motion and a reset.
 *
 * @slot font-size-label - The text-size selector's name, for rich content; wins over the `font-size-label` attribute.
 * @slot color-scheme-label - The colour switcher's name, for rich content; wins over the `color-scheme-label` attribute.
 * @slot letter-spacing-label - The letter-spacing selector's name, for rich content; wins over the `letter-spacing-label` attribute.
 * @slot line-spacing-label - The line-spacing selector's name, for rich content; wins over the `line-spacing-label` attribute.
 * @slot font-family-label - The typeface selector's name, for rich content; wins over the `font-family-label` attribute.
 * @slot images-label - The images selector's name, for rich content; wins over the `images-label` attribute.
 * @slot motion-label - The motion selector's name, for rich content; wins over the `motion-label` attribute.
 *
 * @csspart base - The group around everything in the bar.
 * @csspart toggle - The button that opens and closes the panel (`aria-expanded`).
 * @csspart panel - The panel the button opens.
 * @csspart reset - The button in the panel that puts every setting back to its default.
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
 * @csspart letter-spacing - The `<oxu-letter-spacing>` element, in the panel.
 * @csspart letter-spacing-base - The letter-spacing selector's fieldset.
 * @csspart letter-spacing-label - The letter-spacing selector's visible name.
 * @csspart letter-spacing-options - The row of letter-spacing options.
 * @csspart letter-spacing-option - One letter-spacing option.
 * @csspart letter-spacing-option-checked - The letter-spacing option in use.
 * @csspart letter-spacing-sample - The drawing that shows what a letter-spacing option does.
 * @csspart letter-spacing-name - A letter-spacing option's name.
 * @csspart line-spacing - The `<oxu-line-spacing>` element, in the panel.
 * @csspart line-spacing-base - The line-spacing selector's fieldset.
 * @csspart line-spacing-label - The line-spacing selector's visible name.
 * @csspart line-spacing-options - The row of line-spacing options.
 * @csspart line-spacing-option - One line-spacing option.
 * @csspart line-spacing-option-checked - The line-spacing option in use.
 * @csspart line-spacing-sample - The drawing that shows what a line-spacing option does.
 * @csspart line-spacing-name - A line-spacing option's name.
 * @csspart font-family - The `<oxu-font-family>` element, in the panel.
 * @csspart font-family-base - The typeface selector's fieldset.
 * @csspart font-family-label - The typeface selector's visible name.
 * @csspart font-family-options - The row of typeface options.
 * @csspart font-family-option - One typeface option.
 * @csspart font-family-option-checked - The typeface option in use.
 * @csspart font-family-sample - The drawing that shows what a typeface option does.
 * @csspart font-family-name - A typeface option's name.
 * @csspart images - The `<oxu-images>` element, in the panel.
 * @csspart images-base - The images selector's fieldset.
 * @csspart images-label - The images selector's visible name.
 * @csspart images-options - The row of images options.
 * @csspart images-option - One images option.
 * @csspart images-option-checked - The images option in use.
 * @csspart images-sample - The drawing that shows what a images option does.
 * @csspart images-name - A images option's name.
 * @csspart motion - The `<oxu-motion>` element, in the panel.
 * @csspart motion-base - The motion selector's fieldset.
 * @csspart motion-label - The motion selector's visible name.
 * @csspart motion-options - The row of motion options.
 * @csspart motion-option - One motion option.
 * @csspart motion-option-checked - The motion option in use.
 * @csspart motion-sample - The drawing that shows what a motion option does.
 * @csspart motion-name - A motion option's name.
 *
 * @cssprop [--oxu-a11y-bar-gap=1.5rem] - Space between the selectors side by side.
 * @cssprop [--oxu-a11y-bar-row-gap=0.5rem] - Space between them when they wrap onto more lines.
 * @cssprop [--oxu-a11y-bar-color=#1a1a1a] - Text and border colour of the bar's two buttons and the panel's rule.
 * @cssprop [--oxu-a11y-bar-background=#ffffff] - Background of the bar's two buttons.
 * @cssprop [--oxu-a11y-bar-focus-color=#0b57d0] - The focus ring of the bar's two buttons.
 *
 * @fires {OxuChangeEvent} oxu-change - The visitor changed a setting (from any of the selectors). The reset button is heard as `oxu-settings-change` on `document`.
 */
export class OxuA11yBar extends LitElement {
  /** @internal */
  static readonly [OXU_ELEMENT] = true;

  static override styles = styles;

  private readonly _lang = new LangController(this);
  private readonly _settings = new SettingsController(this, (value) => value.fontSize);
  private readonly _layout = new BarLayout(this, () => this._keepFocus());

  /** The text-size selector's name, instead of the built-in "Şriftin ölçüsü" / "Text size" / "Размер шрифта". */
  @property({ attribute: 'font-size-label' }) fontSizeLabel: string | null = null;

  /** The colour switcher's name, instead of the built-in "Saytın rəngi" / "Site colours" / "Цвет сайта". */
  @property({ attribute: 'color-scheme-label' }) colorSchemeLabel: string | null = null;

  /** The letter-spacing selector's name, instead of the built-in "Hərflər arası məsafə" / "Letter spacing" / "Межбуквенный интервал". */
  @property({ attribute: 'letter-spacing-label' }) letterSpacingLabel: string | null = null;

  /** The line-spacing selector's name, instead of the built-in "Sətirlər arası məsafə" / "Line spacing" / "Межстрочный интервал". */
  @property({ attribute: 'line-spacing-label' }) lineSpacingLabel: string | null = null;

  /** The typeface selector's name, instead of the built-in "Şrift" / "Font" / "Шрифт". */
  @property({ attribute: 'font-family-label' }) fontFamilyLabel: string | null = null;

  /** The images selector's name, instead of the built-in "Şəkillər" / "Images" / "Изображения". */
  @property({ attribute: 'images-label' }) imagesLabel: string | null = null;

  /** The motion selector's name, instead of the built-in "Animasiya" / "Animation" / "Анимация". */
  @property({ attribute: 'motion-label' }) motionLabel: string | null = null;

  /** The accessible name of the whole bar, instead of the built-in "Display settings" in the page's language. */
  @property() label: string | null = null;

  /** Whether the panel is open; set the attribute to open it at load. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /**
   * Which of the five panel settings to offer, e.g. `"letterSpacing lineSpacing images"` (or the
   * element names, `"letter-spacing images"`); default all; an empty value offers none and no
   * "more settings" button.
   */
  @property() settings: string | null = null;

  /** What the live region says (after a reset). */
  @state() private _status = '';

  /** What had focus when the layout changed under it, to give focus back to. */
  private _refocus: string | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new text size changes the bar's em, and with it the layout that fits.
    void this._settings.value;
    if (this._layout.measure() && this.hasUpdated) this._keepFocus();
    if (changed.has('expanded') && !this.expanded) this._status = '';
  }

  protected override render() {
    const messages = this._lang.messages;
    const offered = this._offered();
    const { compact, iconOnly } = this._layout;
    // On a phone the button is the way to every selector; elsewhere it is there when the panel has something.
    const hasPanel = compact || offered.length > 0;
    const main = html`
      <oxu-font-size part="font-size" exportparts=${FONT_SIZE_EXPORTS}>
        <slot name="font-size-label" slot="label">${this.fontSizeLabel || messages.fontSizeLabel}</slot>
      </oxu-font-size>
      <oxu-color-scheme part="color-scheme" exportparts=${COLOR_SCHEME_EXPORTS}>
        <slot name="color-scheme-label" slot="label">${this.colorSchemeLabel || messages.colorSchemeLabel}</slot>
      </oxu-color-scheme>
    `;
    // A named group, not a landmark: the bar sits inside the page's banner, and
    // a region per bar would multiply landmarks on pages that place it twice.
    return html`
      <div
        part="base"
        class="base"
        role="group"
        aria-label=${this.label || messages.a11yBarLabel}
        ?data-compact=${compact}
        @keydown=${this._onKeydown}
      >
        <div class="row">
          ${compact ? nothing : main}
          ${hasPanel
            ? html`<button
                part="toggle"
                class="toggle"
                type="button"
                aria-expanded=${this.expanded ? 'true' : 'false'}
                aria-controls="panel"
                @click=${this._toggle}
              >
                ${compact ? html`<span class="mark" aria-hidden="true">Aa</span>` : nothing}
                <span class="toggle-text ${iconOnly ? 'visually-hidden' : ''}">${compact ? messages.a11yBarLabel : messages.moreSettings}</span>
                <span class="chevron" aria-hidden="true"></span>
              </button>`
            : nothing}
        </div>
        ${hasPanel
          ? html`<div part="panel" class="panel" id="panel" ?hidden=${!this.expanded}>
              ${compact ? main : nothing} ${offered.map((name) => this._reading(name, messages))}
              ${offered.length
                ? html`<button part="reset" class="reset" type="button" @click=${this._reset}>${messages.resetSettings}</button>`
                : nothing}
              <span class="visually-hidden" role="status">${this._status}</span>
            </div>`
          : nothing}
      </div>
    `;
  }

  protected override async updated(): Promise<void> {
    const wanted = this._refocus;
    if (!wanted) return;
    this._refocus = null;
    const target = this.renderRoot.querySelector<HTMLElement>(wanted);
    if (target) await focusInto(target);
  }

  /** The panel settings the `settings` attribute asks for, in the panel's order. */
  private _offered(): readonly ReadingSetting[] {
    if (this.settings === null) return READING_SETTINGS;
    const wanted = this.settings.split(/[\s,]+/);
    return READING_SETTINGS.filter((name) => wanted.includes(name) || wanted.includes(READING[name]));
  }

  private _reading(name: ReadingSetting, messages: Messages) {
    const element = READING[name];
    return html`<${TAGS[name]} part=${element} exportparts=${EXPORTS[name]}>
      <slot name=${`${element}-label`} slot="label">${this[`${name}Label`] || messages[`${name}Label`]}</slot>
    </${TAGS[name]}>`;
  }

  /**
   * The layout is about to change (the text size or the window changed): if
   * focus is in the bar, the panel stays open where the focused control goes,
   * and focus follows it to its new place.
   */
  private _keepFocus(): void {
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    if (!active) return;
    this._refocus = active.id ? `#${active.id}` : active.classList.contains('toggle') ? '.toggle' : active.classList.contains('reset') ? '.reset' : active.localName;
    if (this._layout.compact && /^oxu-(font-size|color-scheme)$/.test(active.localName)) this.expanded = true;
  }

  private async _toggle(): Promise<void> {
    this.expanded = !this.expanded;
    if (!this.expanded) return;
    await this.updateComplete;
    // Into the panel, onto its first control: where the visitor was going.
    const first = this.renderRoot.querySelector<HTMLElement>('.panel > :is(oxu-font-size, oxu-letter-spacing, oxu-line-spacing, oxu-font-family, oxu-images, oxu-motion)');
    if (first) await focusInto(first);
  }

  private _onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.expanded) return;
    const toggle = this.renderRoot.querySelector<HTMLButtonElement>('.toggle');
    if (!toggle) return;
    // Focus goes back before the panel hides, so it is never lost with it.
    toggle.focus();
    this.expanded = false;
  }

  private async _reset(): Promise<void> {
    store.reset();
    // Emptied first, so a second reset is announced again.
    this._status = '';
    await this.updateComplete;
    this._status = this._lang.messages.resetDone;
  }
}
