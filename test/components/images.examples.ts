/** `<oxu-images>` as pages use it; shared by the tests and the demo. */
export const examples: readonly { readonly name: string; readonly html: string }[] = [
  { name: 'built-in label', html: '<oxu-images></oxu-images>' },
  { name: 'own label, in Azerbaijani', html: '<oxu-images lang="az" label="Rəsmlər"></oxu-images>' },
  { name: 'rich label in the slot', html: '<oxu-images lang="ru"><span slot="label"><strong>Картинки</strong></span></oxu-images>' },
];
