import { LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { html } from 'lit/static-html.js';
import { LangController } from '../../i18n/lang-controller.js';
import type { Messages } from '../../i18n/messages.js';
import { isExternalUrl, neutraliseUnsafeLink } from '../../url.js';
import { linksFooterStyles } from './links-footer.styles.js';
import { OXU_ELEMENT } from '../../own-element.js';
import { headingTag } from '../heading-tag.js';

/** Marks the light-DOM note this element adds inside a link. */
const NOTE = 'data-oxu-link-note';

const ICON_PATH = 'M9.5 2.5h4v4M13.5 2.5 7.5 8.5M11.5 9.5v4h-9v-9h4';

/**
 * A titled list of links, such as a government site's "Keçidlər" in its
 * footer; the links stay the page's own `<a>` elements.
 *
 * @tag oxu-links-footer
 * @summary A titled list of links, marking external and new-window links.
 *
 * @slot heading - A heading element of the page's own, used instead of the built-in heading and the `heading` attribute.
 * @slot - The links: each child element (normally an `<a href>`) becomes one list item.
 *
 * @csspart base - The wrapper of heading and list.
 * @csspart heading - The built-in heading.
 * @csspart list - The `<ul>`.
 * @csspart item - Each `<li>`.
 *
 * @cssprop [--oxu-links-footer-column-width=16rem] - The narrowest a column of links gets; the list takes as many columns as fit, one on a phone.
 * @cssprop [--oxu-links-footer-gap=0.5rem 2rem] - Space between rows and columns of links.
 * @cssprop [--oxu-links-footer-heading-size=1.25rem] - The heading's font size.
 * @cssprop [--oxu-links-footer-link-color=#0b4f9c] - The links' colour where the page gives them none (a colour scheme overrides it).
 * @cssprop [--oxu-links-footer-visited-color=#5c2d91] - Visited links' colour where the page gives them none.
 * @cssprop [--oxu-links-footer-focus-color=#0b4f9c] - The focus ring.
 */
export class OxuLinksFooter extends LitElement {
  /** @internal */
  static readonly [OXU_ELEMENT] = true;

  static override styles = linksFooterStyles;

  // Each link goes into its own <li>: manual assignment places light-DOM
  // children into slots without touching their `slot` attributes.
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' };

  private readonly _lang = new LangController(this);

  private readonly _observer = new MutationObserver(() => this.requestUpdate());

  /** The heading's text; by default the built-in one ("Keçidlər", "Links", "Ссылки"). */
  @property() heading: string | null = null;

  /** The built-in heading's level, 2–6; anything else means 2. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = 2;

  override connectedCallback(): void {
    super.connectedCallback();
    this._observer.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['href', 'target', 'slot'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer.disconnect();
  }

  override willUpdate(): void {
    const messages = this._lang.messages;
    for (const item of this._items()) {
      for (const link of item instanceof HTMLAnchorElement ? [item] : item.querySelectorAll('a')) mark(link, messages, this._lang.textLang);
    }
  }

  override render() {
    const items = this._items();
    const ownHeading = this._headingElement();
    const tag = headingTag(this.headingLevel, 2);
    return html`
      <div part="base">
        ${ownHeading
          ? html`<slot name="heading"></slot>`
          : html`<${tag} class="heading" part="heading" lang=${this.heading === null ? (this._lang.textLang ?? nothing) : nothing}>${this.heading ?? this._lang.messages.linksHeading}</${tag}>`}
        ${items.length
          ? html`<ul part="list" role="list">
              ${items.map(() => html`<li part="item"><slot></slot></li>`)}
            </ul>`
          : nothing}
      </div>
    `;
  }

  override updated(): void {
    // An engine without manual assignment ignored the option: the first slot takes every child.
    if ((this.renderRoot as ShadowRoot).slotAssignment !== 'manual') return;
    const heading = this._headingElement();
    const headingSlot = this.renderRoot.querySelector<HTMLSlotElement>('slot[name="heading"]');
    if (heading && headingSlot) headingSlot.assign(heading);
    const items = this._items();
    this.renderRoot.querySelectorAll<HTMLSlotElement>('li > slot').forEach((slot, i) => slot.assign(items[i]));
  }

  private _headingElement(): Element | null {
    return [...this.children].find((el) => el.getAttribute('slot') === 'heading') ?? null;
  }

  /** Every child element but the heading: one list item each. */
  private _items(): Element[] {
    const heading = this._headingElement();
    return [...this.children].filter((el) => el !== heading);
  }
}

/**
 * Makes a light-DOM link safe and honest: an unsafe href is removed (its
 * text stays), a new window gets `rel="noopener"`, and a link to another site
 * or a new window says so, in words for screen readers and with an icon.
 */
function mark(link: HTMLAnchorElement, messages: Messages, lang: string | null): void {
  const isLink = neutraliseUnsafeLink(link);
  const newWindow = isLink && opensNewWindow(link);
  if (newWindow && !link.relList.contains('noopener')) link.relList.add('noopener');
  const external = isLink && isExternalUrl(link.getAttribute('href') ?? '');
  const words = [external ? messages.externalLink : '', newWindow ? messages.newWindow : ''].filter(Boolean);
  const note = link.querySelector(`:scope > [${NOTE}]`);
  if (!words.length) {
    note?.remove();
    return;
  }
  const text = ` (${words.join(', ')})`;
  const said = note?.lastChild as HTMLElement | null | undefined;
  if (said && said.textContent === text && said.getAttribute('lang') === lang) return;
  note?.remove();
  link.append(createNote(text, external, lang));
}

function opensNewWindow(link: HTMLAnchorElement): boolean {
  const target = (link.getAttribute('target') ?? '').trim().toLowerCase();
  return target !== '' && target !== '_self' && target !== '_parent' && target !== '_top';
}

/** The note: an icon for sighted visitors, visually hidden words for screen readers. */
function createNote(text: string, external: boolean, lang: string | null): HTMLElement {
  const note = document.createElement('span');
  note.setAttribute(NOTE, '');
  if (external) {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    for (const [name, value] of Object.entries({
      viewBox: '0 0 16 16',
      width: '0.75em',
      height: '0.75em',
      'aria-hidden': 'true',
      focusable: 'false',
    })) {
      svg.setAttribute(name, value);
    }
    // Set through the CSSOM: allowed under a CSP without 'unsafe-inline'.
    svg.style.marginInlineStart = '0.25em';
    svg.style.verticalAlign = 'baseline';
    svg.style.overflow = 'visible';
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    for (const [name, value] of Object.entries({
      d: ICON_PATH,
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': '1.75',
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    })) {
      path.setAttribute(name, value);
    }
    svg.append(path);
    note.append(svg);
  }
  const words = document.createElement('span');
  Object.assign(words.style, {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: '0',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: '0',
  });
  words.textContent = text;
  if (lang) words.setAttribute('lang', lang);
  note.append(words);
  return note;
}
