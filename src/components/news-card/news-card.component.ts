import { LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { html } from 'lit/static-html.js';
import { formatDateTime } from '../../i18n/dates.js';
import { LangController } from '../../i18n/lang-controller.js';
import { isSafeUrl, neutraliseUnsafeLink, warnUnsafe } from '../../url.js';
import { newsCardStyles } from './news-card.styles.js';
import { OXU_ELEMENT } from '../../own-element.js';
import { headingTag } from '../heading-tag.js';

/** Elements inside the summary that handle a click themselves. */
const INTERACTIVE = 'a[href], area[href], button, input, select, textarea, summary, label, [tabindex], [contenteditable]';

/**
 * One news item: a heading that links to the article, its date and time, a
 * summary and an optional image, the whole card one click target.
 *
 * @tag oxu-news-card
 * @summary One news item: heading link, date and time, summary, optional image.
 *
 * @slot heading - The heading text. An `<a href>` given here is used as the link itself (so the heading is a link without JavaScript too) and `href` is then ignored.
 * @slot image - An `<img>`; with empty or no `alt` it is decorative.
 * @slot date - Shown when there is no valid `datetime`, e.g. a `<time>` written for pages without JavaScript; hidden otherwise.
 * @slot - The summary.
 *
 * @csspart base - The `<article>` that frames the card.
 * @csspart heading - The heading (`<h2>`–`<h6>`).
 * @csspart link - The heading link the card renders for `href`.
 * @csspart date - The `<time>` element.
 * @csspart image - The wrapper of the image slot.
 * @csspart summary - The wrapper of the summary.
 *
 * @cssprop [--oxu-news-card-gap=1rem] - Space between image and text.
 * @cssprop [--oxu-news-card-padding=min(1rem, 4vw)] - Space inside the card's border.
 * @cssprop [--oxu-news-card-image-width=14rem] - The image's width beside the text.
 * @cssprop [--oxu-news-card-text-min-width=55%] - The least share of the card the text keeps beside the image; below it the image goes above the text (`100%`: always above).
 * @cssprop [--oxu-news-card-heading-size=1.25rem] - The heading's font size.
 * @cssprop [--oxu-news-card-summary-size=1rem] - The summary's font size.
 * @cssprop [--oxu-news-card-date-size=0.875rem] - The date's font size.
 * @cssprop [--oxu-news-card-link-color=#0b4f9c] - The heading link's colour (a colour scheme overrides it).
 * @cssprop [--oxu-news-card-visited-color=#5c2d91] - The visited heading link's colour.
 * @cssprop [--oxu-news-card-focus-color=#0b4f9c] - The focus ring around the card.
 * @cssprop [--oxu-news-card-date-color=#505a5f] - The date's colour.
 * @cssprop [--oxu-news-card-border-color=#b1b4b6] - The card's border.
 * @cssprop [--oxu-news-card-radius=0.25rem] - The card's corner radius.
 * @cssprop [--oxu-news-card-background=transparent] - The card's background.
 */
export class OxuNewsCard extends LitElement {
  /** @internal */
  static readonly [OXU_ELEMENT] = true;

  static override styles = newsCardStyles;

  private readonly _lang = new LangController(this);

  /** The article's URL; one that is not http(s), relative, `mailto:` or `tel:` leaves the heading as plain text. */
  @property() href: string | null = null;

  /** When the news was published, ISO 8601 (`2022-12-28T16:02` or `2022-12-28`), shown as written. */
  @property() datetime: string | null = null;

  /** The heading's level, 2–6; anything else means 3. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = 3;

  override willUpdate(): void {
    for (const el of this._slotted('heading')) {
      for (const link of el instanceof HTMLAnchorElement ? [el] : el.querySelectorAll('a')) neutraliseUnsafeLink(link);
    }
  }

  override render() {
    if (!this._hasContent()) {
      // The parser may paint between the card's start tag and its children; a card
      // drawn empty then would shift when its image arrives above the heading.
      return html`<div hidden><slot name="heading" @slotchange=${this._onSlotChange}></slot><slot name="image"></slot><slot @slotchange=${this._onSlotChange}></slot></div>`;
    }
    const tag = headingTag(this.headingLevel, 3);
    const href = this._href();
    const image = this._imageKind();
    const heading = html`<slot name="heading" @slotchange=${this._onSlotChange}></slot>`;
    const date = formatDateTime(this.datetime, this._lang.resolved);
    return html`
      <article class="card" part="base">
        <div class="body">
          <${tag} class="heading" part="heading">
            ${href === null ? heading : html`<a part="link" href=${href}>${heading}</a>`}
          </${tag}>
          ${date
            ? html`<time part="date" datetime=${this.datetime!.trim()} lang=${this._lang.textLang ?? nothing}>${date}</time>`
            : html`<div class="date"><slot name="date"></slot></div>`}
          <div class="summary" part="summary" @click=${this._onSummaryClick}><slot></slot></div>
        </div>
        <div
          class="image"
          part="image"
          ?hidden=${image === 'none'}
          aria-hidden=${image === 'decorative' ? 'true' : nothing}
        >
          <slot name="image" @slotchange=${this._onSlotChange}></slot>
        </div>
      </article>
    `;
  }

  /** The link the card renders itself, or null when there is none or the heading has its own. */
  private _href(): string | null {
    // A link of the page's own in the heading inside ours would nest interactive elements.
    const ownLink = this._slotted('heading').some((el) => el.localName === 'a' || el.querySelector('a') !== null);
    if (ownLink || this.href === null) return null;
    if (isSafeUrl(this.href)) return this.href.trim();
    warnUnsafe(this.href);
    return null;
  }

  /** The heading's link: the card's own, or the page's `<a slot="heading">`. */
  private _link(): HTMLAnchorElement | null {
    const own = this.renderRoot.querySelector<HTMLAnchorElement>('a[href]');
    if (own) return own;
    const slotted = this.querySelector(':scope > a[slot="heading"][href]');
    return slotted instanceof HTMLAnchorElement ? slotted : null;
  }

  /** The light-DOM children given to the slot `name`. */
  private _slotted(name: string): Element[] {
    return [...this.children].filter((el) => el.getAttribute('slot') === name);
  }

  /** Whether the page has given the card anything to show yet. */
  private _hasContent(): boolean {
    return this.childElementCount > 0 || (this.textContent ?? '').trim() !== '';
  }

  /** Whether the image slot holds something, and whether that is decorative (no non-empty alt). */
  private _imageKind(): 'none' | 'informative' | 'decorative' {
    const assigned = this._slotted('image');
    if (!assigned.length) return 'none';
    const images = assigned.flatMap((el) => (el instanceof HTMLImageElement ? [el] : [...el.querySelectorAll('img')]));
    return images.some((img) => (img.getAttribute('alt') ?? '').trim() !== '') ? 'informative' : 'decorative';
  }

  private _onSlotChange(): void {
    this.requestUpdate();
  }

  /** A plain click on the summary follows the heading link, unless it ends a text selection. */
  private _onSummaryClick(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0) return;
    const summary = event.currentTarget as Element;
    for (const node of event.composedPath()) {
      if (node === summary) break;
      if (node instanceof Element && node.matches(INTERACTIVE)) return;
    }
    if (!(getSelection()?.isCollapsed ?? true)) return;
    const link = this._link();
    if (!link) return;
    link.dispatchEvent(
      new MouseEvent('click', {
        bubbles: true,
        cancelable: true,
        composed: true,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
      }),
    );
  }
}
