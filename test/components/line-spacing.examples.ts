import type { Example } from './example.js';

/** `<oxu-line-spacing>` as pages use it: the tests run these, demo/examples.html renders them, docs/elements/line-spacing.md shows them. */
export const examples: readonly Example[] = [
  {
    name: 'built-in label',
    description: 'It chooses the space between lines and after paragraphs: normal, wide (WCAG 1.4.12) or wider; its legend follows the nearest lang.',
    html: '<oxu-line-spacing></oxu-line-spacing>',
  },
  {
    name: 'own label, in Azerbaijani',
    description: 'label replaces the built-in legend.',
    html: '<oxu-line-spacing lang="az" label="Sətir aralığı"></oxu-line-spacing>',
  },
  {
    name: 'rich label in the slot',
    description: 'Markup in the label slot wins over the attribute and the built-in legend.',
    html: '<oxu-line-spacing lang="ru"><span slot="label"><strong>Интервал</strong></span></oxu-line-spacing>',
  },
];
