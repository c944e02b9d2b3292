/** `<oxu-line-spacing>` as pages use it; shared by the tests and the demo. */
export const examples: readonly { readonly name: string; readonly html: string }[] = [
  { name: 'built-in label', html: '<oxu-line-spacing></oxu-line-spacing>' },
  { name: 'own label, in Azerbaijani', html: '<oxu-line-spacing lang="az" label="Sətir aralığı"></oxu-line-spacing>' },
  { name: 'rich label in the slot', html: '<oxu-line-spacing lang="ru"><span slot="label"><strong>Интервал</strong></span></oxu-line-spacing>' },
];
