import { html, type LitElement, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { OxuChangeEvent, type OxuChangeDetail } from '../events.js';
import { SETTINGS, type OxuSettings, type SettingName, type SettingSpec } from '../settings/model.js';
import { SettingsController } from '../settings/settings-controller.js';
import { settings } from '../settings/store.js';
import { radioForKey } from './radio-keys.js';

/**
 * Everything a selector shares: a native radio group in a fieldset for one
 * setting, its keys, the store update and `oxu-change`. A selector gives its
 * options, their faces and its label; the group's markup and parts
 * (`base`, `label`, `options`, `option`, `option-checked`) come from here.
 */
export class ChoiceController<K extends SettingName> {
  private readonly _settings: SettingsController;

  constructor(
    private readonly host: LitElement,
    private readonly setting: K,
  ) {
    this._settings = new SettingsController(host, (value) => value[setting]);
  }

  /** The setting's current value. */
  get value(): OxuSettings[K] {
    return this._settings.value[this.setting];
  }

  /** The text-size levels this page offers. */
  get levels(): readonly number[] {
    return this._settings.levels;
  }

  /** The fieldset with its legend (a `label` slot over `label`) around `content`. */
  group(label: string, content: unknown): TemplateResult {
    return html`
      <fieldset part="base" @change=${this._onChange} @keydown=${this._onKeydown}>
        <legend part="label"><slot name="label">${label}</slot></legend>
        ${content}
      </fieldset>
    `;
  }

  /** One radio per value, each drawn by `face` (inside the option's `.face`) with `after` behind its mark. */
  options(
    values: readonly OxuSettings[K][],
    face: (value: OxuSettings[K]) => unknown,
    after: (value: OxuSettings[K]) => unknown = () => '',
  ): TemplateResult {
    const current = this.value;
    return html`
      <div part="options" class="options">
        ${values.map(
          (value) => html`
            <label part=${value === current ? 'option option-checked' : 'option'} class="option">
              <input type="radio" name=${this.setting} .value=${String(value)} .checked=${live(value === current)} />
              <span class="face">${face(value)}</span>
              <span class="mark"></span>
              ${after(value)}
            </label>
          `,
        )}
      </div>
    `;
  }

  private _radios(): HTMLInputElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  }

  private readonly _onChange = (event: Event): void => {
    const radio = event.target as HTMLInputElement;
    if (radio.checked) this._choose(radio.value);
  };

  /** Arrow keys, Home and End as the radio group pattern has them, wrapping, the same in every browser. */
  private readonly _onKeydown = (event: KeyboardEvent): void => {
    const radio = radioForKey(event, this._radios());
    if (radio) this._choose(radio.value);
  };

  private _choose(raw: string): void {
    const spec = SETTINGS[this.setting] as SettingSpec<OxuSettings[K]>;
    const value = spec.accept(raw, { levels: settings.levels });
    if (value === undefined || value === settings.value[this.setting]) return;
    const next = settings.set({ [this.setting]: value } as Partial<OxuSettings>);
    if (next[this.setting] !== value) return;
    this.host.dispatchEvent(new OxuChangeEvent({ setting: this.setting, value, settings: next } as OxuChangeDetail));
  }
}
