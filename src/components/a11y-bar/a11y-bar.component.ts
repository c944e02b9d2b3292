import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LangController } from '../../i18n/lang-controller.js';
import type { Messages } from '../../i18n/messages.js';
import { SettingsController } from '../../settings/settings-controller.js';
import { settings as store } from '../../settings/store.js';
import { styles } from './a11y-bar.styles.js';
import { OXU_ELEMENT } from '../../own-element.js';

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
const EXPORTS = Object.fromEntries(READING_SETTINGS.map((name) => [name, forward(READING[name], READING_PARTS)])) as Record<
  ReadingSetting,
  string
>;

/**
 * The bar is a phone's (one button that opens everything) when the viewport is
 * narrower than this many of the bar's own em: the row of text sizes, colours
 * and the "more settings" button no longer fits. In em, so a larger text size
 * reaches the phone layout on a wider screen too.
 */
const COMPACT_BELOW_EM = 48;

/**
 * Narrower still, the phone's button shows its "Aa" mark alone (its name stays
 * its accessible name): on a phone at 150 % and more the name would wrap into
 * a tall button, or be squeezed into word pieces beside a site title. In em
 * too: at 100 % every phone from 320 px up shows the name.
 */
const ICON_ONLY_BELOW_EM = 20;

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
  private readonly _settings = new SettingsController(this);

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

  /** The phone layout: one button that opens everything. */
  @state() private _compact = false;

  /** The phone layout on a screen too narrow for the button's name beside its mark. */
  @state() private _iconOnly = false;

  /** What the live region says (after a reset). */
  @state() private _status = '';

  /** What had focus when the layout changed under it, to give focus back to. */
  private _refocus: string | null = null;

  /** The screen width and the bar's em at the last measure. */
  private _fitKey = '';

  /** Where (`_fitKey`) the full row stuck out of the screen, so the phone layout is kept there. */
  private _squeezedAt = '';

  /** Tells, after each layout and before it is painted, whether the full row fits the screen. */
  private _fit: ResizeObserver | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this._measure();
    window.addEventListener('resize', this._onResize);
    this._fit ??= new ResizeObserver(() => this._checkFit());
    this._fit.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('resize', this._onResize);
    this._fit?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new text size changes the bar's em, and with it the layout that fits.
    void this._settings.value;
    const was = this._compact;
    this._measure();
    if (this.hasUpdated && was !== this._compact) this._keepFocus();
    if (changed.has('expanded') && !this.expanded) this._status = '';
  }

  protected override render() {
    const messages = this._lang.messages;
    const offered = this._offered();
    const compact = this._compact;
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
                <span class="toggle-text ${this._iconOnly ? 'visually-hidden' : ''}">${compact ? messages.a11yBarLabel : messages.moreSettings}</span>
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
    switch (name) {
      case 'letterSpacing':
        return html`<oxu-letter-spacing part="letter-spacing" exportparts=${EXPORTS.letterSpacing}>
          <slot name="letter-spacing-label" slot="label">${this.letterSpacingLabel || messages.letterSpacingLabel}</slot>
        </oxu-letter-spacing>`;
      case 'lineSpacing':
        return html`<oxu-line-spacing part="line-spacing" exportparts=${EXPORTS.lineSpacing}>
          <slot name="line-spacing-label" slot="label">${this.lineSpacingLabel || messages.lineSpacingLabel}</slot>
        </oxu-line-spacing>`;
      case 'fontFamily':
        return html`<oxu-font-family part="font-family" exportparts=${EXPORTS.fontFamily}>
          <slot name="font-family-label" slot="label">${this.fontFamilyLabel || messages.fontFamilyLabel}</slot>
        </oxu-font-family>`;
      case 'images':
        return html`<oxu-images part="images" exportparts=${EXPORTS.images}>
          <slot name="images-label" slot="label">${this.imagesLabel || messages.imagesLabel}</slot>
        </oxu-images>`;
      case 'motion':
        return html`<oxu-motion part="motion" exportparts=${EXPORTS.motion}>
          <slot name="motion-label" slot="label">${this.motionLabel || messages.motionLabel}</slot>
        </oxu-motion>`;
    }
  }

  private _measure(): void {
    const em = parseFloat(getComputedStyle(this).fontSize) || 16;
    const width = document.documentElement.clientWidth || window.innerWidth;
    this._fitKey = `${width} ${em}`;
    this._compact = width < COMPACT_BELOW_EM * em || this._squeezedAt === this._fitKey;
    this._iconOnly = width < ICON_ONLY_BELOW_EM * em;
  }

  /**
   * A page may hold the bar in a box that will not shrink or wrap (a header's
   * tools with `flex-shrink: 0`): there the full row can stick out of the
   * screen on a screen wide enough for it, and the page would scroll sideways.
   * Then the bar takes its phone layout, before the frame is painted, until
   * the screen or the text size changes.
   */
  private _checkFit(): void {
    if (this._compact || !this.isConnected) return;
    const { left, right } = this.getBoundingClientRect();
    if (right <= document.documentElement.clientWidth + 0.5 && left >= -0.5) return;
    this._squeezedAt = this._fitKey;
    this._compact = true;
    this._keepFocus();
  }

  private readonly _onResize = (): void => {
    const was = this._compact;
    this._measure();
    if (was !== this._compact) this._keepFocus();
  };

  /**
   * The layout is about to change (the text size or the window changed): if
   * focus is in the bar, the panel stays open where the focused control goes,
   * and focus follows it to its new place.
   */
  private _keepFocus(): void {
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    if (!active) return;
    this._refocus = active.id ? `#${active.id}` : active.classList.contains('toggle') ? '.toggle' : active.classList.contains('reset') ? '.reset' : active.localName;
    if (this._compact && /^oxu-(font-size|color-scheme)$/.test(active.localName)) this.expanded = true;
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

/** Focuses `el`: a selector's checked radio (its first when none is), or the element itself. */
async function focusInto(el: HTMLElement): Promise<void> {
  await (el as Partial<LitElement>).updateComplete;
  const radios = el.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="radio"]');
  const radio = radios ? ([...radios].find((r) => r.checked) ?? radios[0]) : undefined;
  (radio ?? el).focus();
}
