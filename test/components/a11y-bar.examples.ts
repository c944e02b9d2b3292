import type { Example } from './example.js';

/** `<oxu-a11y-bar>` as pages use it: the tests run these, demo/examples.html renders them, docs/elements/a11y-bar.md shows them. */
export const examples: readonly Example[] = [
  {
    name: 'built-in labels',
    description: 'The drop-in\'s bar: text size and colours, and a button that opens the other five settings and a reset. Labels follow the nearest lang.',
    html: '<oxu-a11y-bar></oxu-a11y-bar>',
  },
  {
    name: 'built-in labels in Azerbaijani',
    description: '"Şriftin ölçüsü" and "Saytın rəngi", as on the page oxu grew from.',
    html: '<oxu-a11y-bar lang="az"></oxu-a11y-bar>',
  },
  {
    name: 'own labels',
    description: 'font-size-label and color-scheme-label replace the two legends.',
    html: '<oxu-a11y-bar lang="az" font-size-label="Şrift" color-scheme-label="Rəng"></oxu-a11y-bar>',
  },
  {
    name: 'rich labels in the slots',
    description: 'Markup in the font-size-label and color-scheme-label slots wins over attributes and built-in legends.',
    html: '<oxu-a11y-bar lang="en"><span slot="font-size-label"><strong>Text</strong> size</span><span slot="color-scheme-label"><strong>Colours</strong> of this site</span></oxu-a11y-bar>',
  },
  {
    name: 'open at load',
    description: 'expanded opens the panel of further settings when the page loads.',
    html: '<oxu-a11y-bar lang="ru" expanded></oxu-a11y-bar>',
  },
  {
    name: 'some of the panel settings',
    description: 'settings lists which of the five further settings the panel offers.',
    html: '<oxu-a11y-bar lang="en" settings="letterSpacing lineSpacing images"></oxu-a11y-bar>',
  },
  {
    name: 'no panel',
    description: 'An empty settings offers none of the five, and no button.',
    html: '<oxu-a11y-bar settings=""></oxu-a11y-bar>',
  },
  {
    name: 'in a page header',
    description: 'The bar beside a site title, as a header holds it; on a phone it is one button.',
    html: '<header><p>Ministry of Examples</p><oxu-a11y-bar></oxu-a11y-bar></header>',
  },
];
