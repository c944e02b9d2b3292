/** `<oxu-motion>` as pages use it; shared by the tests and the demo. */
export const examples: readonly { readonly name: string; readonly html: string }[] = [
  { name: 'built-in label', html: '<oxu-motion></oxu-motion>' },
  { name: 'own label, in Azerbaijani', html: '<oxu-motion lang="az" label="Hərəkət"></oxu-motion>' },
  { name: 'rich label in the slot', html: '<oxu-motion lang="ru"><span slot="label"><strong>Движение</strong></span></oxu-motion>' },
];
