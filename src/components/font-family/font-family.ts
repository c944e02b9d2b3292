import { defineOnce } from '../../define.js';
import { connectPage } from '../../page/engine.js';
import { OxuFontFamily } from './font-family.component.js';

export { OxuFontFamily };

defineOnce('oxu-font-family', OxuFontFamily);
// Importing only this element must still make the page follow the settings it changes.
connectPage();

declare global {
  interface HTMLElementTagNameMap {
    'oxu-font-family': OxuFontFamily;
  }
}
