import { defineOnce } from '../../define.js';
import { connectPage } from '../../page/engine.js';
import { OxuColorScheme } from './color-scheme.component.js';

export { OxuColorScheme };

defineOnce('oxu-color-scheme', OxuColorScheme);
// Importing only this element must still make the page follow the settings it changes.
connectPage();

declare global {
  interface HTMLElementTagNameMap {
    'oxu-color-scheme': OxuColorScheme;
  }
}
