import { defineOnce } from '../../define.js';
import { connectPage } from '../../page/engine.js';
// The bar renders these by tag.
import '../font-size/font-size.js';
import '../color-scheme/color-scheme.js';
import '../letter-spacing/letter-spacing.js';
import '../line-spacing/line-spacing.js';
import '../font-family/font-family.js';
import '../images/images.js';
import '../motion/motion.js';
import { OxuA11yBar } from './a11y-bar.component.js';

export { OxuA11yBar };

defineOnce('oxu-a11y-bar', OxuA11yBar);
connectPage();

declare global {
  interface HTMLElementTagNameMap {
    'oxu-a11y-bar': OxuA11yBar;
  }
}
