import { defineOnce } from '../../define.js';
import { connectPage } from '../../page/engine.js';
import { OxuLineSpacing } from './line-spacing.component.js';

export { OxuLineSpacing };

defineOnce('oxu-line-spacing', OxuLineSpacing);
// Importing only this element must still make the page follow the settings it changes.
connectPage();

declare global {
  interface HTMLElementTagNameMap {
    'oxu-line-spacing': OxuLineSpacing;
  }
}
