import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
 * Which layout `<oxu-a11y-bar>` takes: the desktop row, the phone's one
 * button, or that button's mark alone. Measured when the bar connects, before
 * each render (a new text size changes the bar's em), on every resize, and
 * after each layout, before it is painted. See docs/decisions/005-bar-on-a-phone.md.
 */
export class BarLayout implements ReactiveController {
  /** The phone layout: one button that opens everything. */
  compact = false;

  /** The phone layout on a screen too narrow for the button's name beside its mark. */
  iconOnly = false;

  /** The screen width and the bar's em at the last measure. */
  private _key = '';

  /** Where (`_key`) the full row stuck out of the screen, so the phone layout is kept there. */
  private _squeezedAt = '';

  /** Tells, after each layout and before it is painted, whether the full row fits the screen. */
  private _fit: ResizeObserver | null = null;

  /**
   * @param _host the bar
   * @param _compactChanged called when the layout turns to or from the phone's outside a render
   */
  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _compactChanged: () => void,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    this.measure();
    window.addEventListener('resize', this._onResize);
    this._fit ??= new ResizeObserver(() => this._afterLayout());
    this._fit.observe(this._host);
  }

  hostDisconnected(): void {
    window.removeEventListener('resize', this._onResize);
    this._fit?.disconnect();
  }

  /** Measures again; true when `compact` changed. */
  measure(): boolean {
    const em = parseFloat(getComputedStyle(this._host).fontSize) || 16;
    const width = document.documentElement.clientWidth || window.innerWidth;
    const was = this.compact;
    this._key = `${width} ${em}`;
    this.compact = width < COMPACT_BELOW_EM * em || this._squeezedAt === this._key;
    this.iconOnly = width < ICON_ONLY_BELOW_EM * em;
    return was !== this.compact;
  }

  private readonly _onResize = (): void => {
    const [compact, iconOnly] = [this.compact, this.iconOnly];
    if (this.measure()) this._compactChanged();
    if (compact !== this.compact || iconOnly !== this.iconOnly) this._host.requestUpdate();
  };

  /**
   * After a layout that changed the bar's size, before it is painted: its em
   * may have changed without a render (the drop-in in <head> rewrites the
   * page's sheets at the first frame, after the bar has connected), so it
   * measures again, then checks that the full row fits.
   */
  private _afterLayout(): void {
    this._onResize();
    this._checkFit();
  }

  /**
   * A page may hold the bar in a box that never shrinks or wraps (a header's
   * tools with `flex-shrink: 0`): there the full row can stick out of the
   * screen on a screen wide enough for it, and the page would scroll
   * sideways. Then the bar takes its phone layout, before the frame is
   * painted, until the screen or the text size changes.
   */
  private _checkFit(): void {
    if (this.compact || !this._host.isConnected) return;
    const { left, right } = this._host.getBoundingClientRect();
    if (right <= document.documentElement.clientWidth + 0.5 && left >= -0.5) return;
    this._squeezedAt = this._key;
    this.compact = true;
    this._compactChanged();
    this._host.requestUpdate();
  }
}
