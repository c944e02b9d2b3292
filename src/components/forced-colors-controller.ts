import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Follows `(forced-colors: active)`: whether the operating system paints the page in its own colours. */
export class ForcedColorsController implements ReactiveController {
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
