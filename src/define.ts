/**
 * Registers a custom element unless the tag is taken already, so that loading
 * oxu twice, or next to another build of it, defines nothing twice and throws
 * nothing.
 */
export function defineOnce(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  try {
    customElements.define(tag, ctor);
  } catch {
    // Another copy won a race for the tag, or the constructor is registered
    // under another name: the page keeps the first definition.
  }
}
