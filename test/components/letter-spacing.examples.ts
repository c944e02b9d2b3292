import type { Example } from './example.js';

/** `<oxu-letter-spacing>` as pages use it: the tests run these, demo/examples.html renders them, docs/elements/letter-spacing.md shows them. */
export const examples: readonly Example[] = [
  {
    name: 'built-in label',
    description: 'It chooses the space between letters and words: normal, wide (WCAG 1.4.12) or wider; its legend follows the nearest lang.',
    html: '<oxu-letter-spacing></oxu-letter-spacing>',
  },
  {
    name: 'own label, in Azerbaijani',
    description: 'label replaces the built-in legend.',
    html: '<oxu-letter-spacing lang="az" label="Hərf aralığı"></oxu-letter-spacing>',
  },
  {
    name: 'rich label in the slot',
    description: 'Markup in the label slot wins over the attribute and the built-in legend.',
    html: '<oxu-letter-spacing lang="ru"><span slot="label"><strong>Интервал</strong></span></oxu-letter-spacing>',
  },
];
