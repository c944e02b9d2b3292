import type { OxuSettings } from './settings/store.js';
import type { ColorScheme } from './settings/schemes.js';

/** Fired on `document` whenever the page's settings change, from any source. */
export class OxuSettingsChangeEvent extends CustomEvent<OxuSettings> {
  static readonly type = 'oxu-settings-change';
  constructor(settings: OxuSettings) {
    super(OxuSettingsChangeEvent.type, { detail: settings });
  }
}

/**
 * What an `oxu-change` event carries: the setting the visitor changed, its new
 * value, and all the page's settings after the change.
 */
export type OxuChangeDetail = (
  | { readonly setting: 'fontSize'; readonly value: number }
  | { readonly setting: 'colorScheme'; readonly value: ColorScheme }
) & { readonly settings: OxuSettings };

/** Fired by an element (bubbles, composed) when the visitor changes it. */
export class OxuChangeEvent extends CustomEvent<OxuChangeDetail> {
  static readonly type = 'oxu-change';
  constructor(detail: OxuChangeDetail) {
    super(OxuChangeEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'oxu-change': OxuChangeEvent;
    'oxu-settings-change': OxuSettingsChangeEvent;
  }
  interface DocumentEventMap {
    'oxu-settings-change': OxuSettingsChangeEvent;
  }
}
