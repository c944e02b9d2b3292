// Each element from its own module, as a bundler user would import them
// (`oxu/font-size.js` and so on resolve to these files through package.json "exports").
import '/dist/esm/components/font-size/font-size.js';
import '/dist/esm/components/color-scheme/color-scheme.js';
import '/dist/esm/components/letter-spacing/letter-spacing.js';
import '/dist/esm/components/line-spacing/line-spacing.js';
import '/dist/esm/components/font-family/font-family.js';
import '/dist/esm/components/images/images.js';
import '/dist/esm/components/motion/motion.js';
import '/dist/esm/components/news-card/news-card.js';
import '/dist/esm/components/links-footer/links-footer.js';
import { settings } from '/dist/esm/settings.js';

const log = document.getElementById('log');
const write = (text) => {
  const item = document.createElement('li');
  item.textContent = text;
  log.prepend(item);
};

document.addEventListener('oxu-change', (e) => write(`oxu-change: ${e.detail.setting} → ${e.detail.value}`));
document.addEventListener('oxu-settings-change', (e) => write(`oxu-settings-change: ${JSON.stringify(e.detail)}`));
document.getElementById('reset').addEventListener('click', () => settings.reset());
