import type { Example } from './example.js';

/** `<oxu-color-scheme>` as pages use it: the tests run these, demo/examples.html renders them, docs/elements/color-scheme.md shows them. */
export const examples: readonly Example[] = [
  {
    name: 'every built-in scheme',
    description: 'With no attribute it offers the site\'s own colours and the six high-contrast schemes.',
    html: '<oxu-color-scheme></oxu-color-scheme>',
  },
  {
    name: 'two schemes',
    description: 'schemes lists the schemes to offer, in the order given.',
    html: '<oxu-color-scheme schemes="default white-on-black"></oxu-color-scheme>',
  },
  {
    name: 'own label, in Azerbaijani',
    description: 'label replaces the built-in legend ("Saytın rəngi" in Azerbaijani).',
    html: '<oxu-color-scheme lang="az" label="Rəng"></oxu-color-scheme>',
  },
  {
    name: 'rich label in the slot',
    description: 'Markup in the label slot wins over the attribute and the built-in legend.',
    html: '<oxu-color-scheme lang="ru"><span slot="label">Цвет <strong>сайта</strong></span></oxu-color-scheme>',
  },
];
