/** `<oxu-a11y-bar>` as pages use it; shared by the tests and the demo. */
export const examples: readonly { readonly name: string; readonly html: string }[] = [
  { name: 'built-in labels', html: '<oxu-a11y-bar></oxu-a11y-bar>' },
  { name: 'built-in labels in Azerbaijani', html: '<oxu-a11y-bar lang="az"></oxu-a11y-bar>' },
  {
    name: 'own labels',
    html: '<oxu-a11y-bar lang="az" font-size-label="Şrift" color-scheme-label="Rəng"></oxu-a11y-bar>',
  },
  {
    name: 'rich labels in the slots',
    html:
      '<oxu-a11y-bar lang="en">' +
      '<span slot="font-size-label"><strong>Text</strong> size</span>' +
      '<span slot="color-scheme-label"><strong>Colours</strong> of this site</span>' +
      '</oxu-a11y-bar>',
  },
  { name: 'open at load', html: '<oxu-a11y-bar lang="ru" expanded></oxu-a11y-bar>' },
  { name: 'some of the panel settings', html: '<oxu-a11y-bar lang="en" settings="letterSpacing lineSpacing images"></oxu-a11y-bar>' },
  { name: 'no panel', html: '<oxu-a11y-bar settings=""></oxu-a11y-bar>' },
  {
    name: 'in a page header',
    html: '<header><p>Ministry of Examples</p><oxu-a11y-bar></oxu-a11y-bar></header>',
  },
];
