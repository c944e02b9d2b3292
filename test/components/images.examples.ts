import type { Example } from './example.js';

/** `<oxu-images>` as pages use it: the tests run these, demo/examples.html renders them, docs/elements/images.md shows them. */
export const examples: readonly Example[] = [
  {
    name: 'built-in label',
    description: 'It chooses images in colour, in grey, or hidden behind their text alternative; its legend follows the nearest lang.',
    html: '<oxu-images></oxu-images>',
  },
  {
    name: 'own label, in Azerbaijani',
    description: 'label replaces the built-in legend.',
    html: '<oxu-images lang="az" label="Rəsmlər"></oxu-images>',
  },
  {
    name: 'rich label in the slot',
    description: 'Markup in the label slot wins over the attribute and the built-in legend.',
    html: '<oxu-images lang="ru"><span slot="label"><strong>Картинки</strong></span></oxu-images>',
  },
];
