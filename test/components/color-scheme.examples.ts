/** `<oxu-color-scheme>` as pages use it; shared by the tests and the demo. */
export const examples: readonly { readonly name: string; readonly html: string }[] = [
  { name: 'every built-in scheme', html: '<oxu-color-scheme></oxu-color-scheme>' },
  { name: 'two schemes', html: '<oxu-color-scheme schemes="default white-on-black"></oxu-color-scheme>' },
  { name: 'own label, in Azerbaijani', html: '<oxu-color-scheme lang="az" label="Rəng"></oxu-color-scheme>' },
  {
    name: 'rich label in the slot',
    html: '<oxu-color-scheme lang="ru"><span slot="label">Цвет <strong>сайта</strong></span></oxu-color-scheme>',
  },
];
