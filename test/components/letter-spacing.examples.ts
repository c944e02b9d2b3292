/** `<oxu-letter-spacing>` as pages use it; shared by the tests and the demo. */
export const examples: readonly { readonly name: string; readonly html: string }[] = [
  { name: 'built-in label', html: '<oxu-letter-spacing></oxu-letter-spacing>' },
  { name: 'own label, in Azerbaijani', html: '<oxu-letter-spacing lang="az" label="Hərf aralığı"></oxu-letter-spacing>' },
  { name: 'rich label in the slot', html: '<oxu-letter-spacing lang="ru"><span slot="label"><strong>Интервал</strong></span></oxu-letter-spacing>' },
];
