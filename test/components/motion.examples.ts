import type { Example } from './example.js';

/** `<oxu-motion>` as pages use it: the tests run these, demo/examples.html renders them, docs/elements/motion.md shows them. */
export const examples: readonly Example[] = [
  {
    name: 'built-in label',
    description: 'It chooses animations, transitions and autoplaying media as made, or stopped; its legend follows the nearest lang.',
    html: '<oxu-motion></oxu-motion>',
  },
  {
    name: 'own label, in Azerbaijani',
    description: 'label replaces the built-in legend.',
    html: '<oxu-motion lang="az" label="Hərəkət"></oxu-motion>',
  },
  {
    name: 'rich label in the slot',
    description: 'Markup in the label slot wins over the attribute and the built-in legend.',
    html: '<oxu-motion lang="ru"><span slot="label"><strong>Движение</strong></span></oxu-motion>',
  },
];
