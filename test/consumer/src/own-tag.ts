// The class without its registration, under a tag of the app's own.
import { OxuFontSize } from 'oxu/font-size.component.js';
import { connectPage, settings } from 'oxu/settings.js';

export class CityFontSize extends OxuFontSize {}

customElements.define('city-font-size', CityFontSize);
connectPage(); // the page follows the settings the element changes

declare global {
  interface HTMLElementTagNameMap {
    'city-font-size': CityFontSize;
  }
}

const picker: CityFontSize = document.createElement('city-font-size');
picker.levels = '100 200';
document.body.append(picker);
console.log(settings.fontSize);
