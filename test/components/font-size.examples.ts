/** `<oxu-font-size>` as pages use it; shared by the tests and the demo. */
export const examples: readonly { readonly name: string; readonly html: string }[] = [
  { name: 'every level the page offers', html: '<oxu-font-size></oxu-font-size>' },
  { name: 'some of the levels', html: '<oxu-font-size levels="100 150 200"></oxu-font-size>' },
  { name: 'own label, in Azerbaijani', html: '<oxu-font-size lang="az" label="Şrift"></oxu-font-size>' },
  {
    name: 'rich label in the slot',
    html: '<oxu-font-size lang="ru"><span slot="label">Размер <strong>текста</strong></span></oxu-font-size>',
  },
];
