import type { Example } from './example.js';

/** `<oxu-font-size>` as pages use it: the tests run these, demo/examples.html renders them, docs/elements/font-size.md shows them. */
export const examples: readonly Example[] = [
  {
    name: 'every level the page offers',
    description: 'With no attribute it offers the page\'s levels: 100, 125, 150 and 200 %, or those of the script tag\'s data-oxu-levels.',
    html: '<oxu-font-size></oxu-font-size>',
  },
  {
    name: 'some of the levels',
    description: 'levels shows only some of the page\'s levels; a level the page does not offer is left out.',
    html: '<oxu-font-size levels="100 150 200"></oxu-font-size>',
  },
  {
    name: 'own label, in Azerbaijani',
    description: 'label replaces the built-in legend ("Şriftin ölçüsü" in Azerbaijani).',
    html: '<oxu-font-size lang="az" label="Şrift"></oxu-font-size>',
  },
  {
    name: 'rich label in the slot',
    description: 'Markup in the label slot wins over the attribute and the built-in legend.',
    html: '<oxu-font-size lang="ru"><span slot="label">Размер <strong>текста</strong></span></oxu-font-size>',
  },
];
