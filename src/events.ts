import type { OxuSettings, SettingName } from './settings/model.js';

/**
 * Fired on `document` whenever the page's settings change, from any source,
 * after they are saved and applied to the page; before the `oxu-change` of
 * the element the visitor used.
 */
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
export type OxuChangeDetail = {
  [K in SettingName]: { readonly setting: K; readonly value: OxuSettings[K] };
}[SettingName] & { readonly settings: OxuSettings };

/** Fired by an element (bubbles, composed) when the visitor changes it, after the store's `oxu-settings-change`. */
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
