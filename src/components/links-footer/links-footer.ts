import { defineOnce } from '../../define.js';
import { connectPage } from '../../page/engine.js';
import { OxuLinksFooter } from './links-footer.component.js';

defineOnce('oxu-links-footer', OxuLinksFooter);
connectPage();

export { OxuLinksFooter };

declare global {
  interface HTMLElementTagNameMap {
    'oxu-links-footer': OxuLinksFooter;
  }
}
