import type { Example } from './example.js';

/** `<oxu-font-family>` as pages use it: the tests run these, demo/examples.html renders them, docs/elements/font-family.md shows them. */
export const examples: readonly Example[] = [
  {
    name: 'built-in label',
    description: 'It chooses the typeface of the page\'s text: the site\'s own, a plain sans-serif or a serif of the visitor\'s system; its legend follows the nearest lang.',
    html: '<oxu-font-family></oxu-font-family>',
  },
  {
    name: 'own label, in Azerbaijani',
    description: 'label replaces the built-in legend.',
    html: '<oxu-font-family lang="az" label="Yazı növü"></oxu-font-family>',
  },
  {
    name: 'rich label in the slot',
    description: 'Markup in the label slot wins over the attribute and the built-in legend.',
    html: '<oxu-font-family lang="ru"><span slot="label"><strong>Гарнитура</strong></span></oxu-font-family>',
  },
];
