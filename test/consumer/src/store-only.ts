// The store alone: no element, no Lit.
import { settings, COLOR_SCHEMES, type OxuSettings } from 'oxu/settings.js';

document.addEventListener('oxu-settings-change', (event) => {
  const next: OxuSettings = event.detail;
  document.title = `${next.fontSize} % · ${next.colorScheme}`;
});
console.log(settings.value, COLOR_SCHEMES.length);
