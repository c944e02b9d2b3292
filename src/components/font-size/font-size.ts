import { defineOnce } from '../../define.js';
import { connectPage } from '../../page/engine.js';
import { OxuFontSize } from './font-size.component.js';

export { OxuFontSize };

defineOnce('oxu-font-size', OxuFontSize);
// Importing only this element must still make the page follow the settings it changes.
connectPage();

declare global {
  interface HTMLElementTagNameMap {
    'oxu-font-size': OxuFontSize;
  }
}
