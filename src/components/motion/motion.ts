import { defineOnce } from '../../define.js';
import { connectPage } from '../../page/engine.js';
import { OxuMotion } from './motion.component.js';

export { OxuMotion };

defineOnce('oxu-motion', OxuMotion);
// Importing only this element must still make the page follow the settings it changes.
connectPage();

declare global {
  interface HTMLElementTagNameMap {
    'oxu-motion': OxuMotion;
  }
}
