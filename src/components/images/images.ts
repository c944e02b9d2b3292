import { defineOnce } from '../../define.js';
import { connectPage } from '../../page/engine.js';
import { OxuImages } from './images.component.js';

export { OxuImages };

defineOnce('oxu-images', OxuImages);
// Importing only this element must still make the page follow the settings it changes.
connectPage();

declare global {
  interface HTMLElementTagNameMap {
    'oxu-images': OxuImages;
  }
}
