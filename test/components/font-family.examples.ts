/** `<oxu-font-family>` as pages use it; shared by the tests and the demo. */
export const examples: readonly { readonly name: string; readonly html: string }[] = [
  { name: 'built-in label', html: '<oxu-font-family></oxu-font-family>' },
  { name: 'own label, in Azerbaijani', html: '<oxu-font-family lang="az" label="Yazı növü"></oxu-font-family>' },
  { name: 'rich label in the slot', html: '<oxu-font-family lang="ru"><span slot="label"><strong>Гарнитура</strong></span></oxu-font-family>' },
];
