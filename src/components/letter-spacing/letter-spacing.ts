import { defineOnce } from '../../define.js';
import { connectPage } from '../../page/engine.js';
import { OxuLetterSpacing } from './letter-spacing.component.js';

export { OxuLetterSpacing };

defineOnce('oxu-letter-spacing', OxuLetterSpacing);
// Importing only this element must still make the page follow the settings it changes.
connectPage();

declare global {
  interface HTMLElementTagNameMap {
    'oxu-letter-spacing': OxuLetterSpacing;
  }
}
