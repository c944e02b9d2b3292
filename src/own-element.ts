/**
 * Marks oxu's own element classes, whatever tag they are registered under. A
 * registered symbol, so every copy of oxu on the page recognises the others'.
 * Page effects leave these elements alone: they size text in rem/em and read
 * the colour scheme from custom properties.
 */
export const OXU_ELEMENT: unique symbol = Symbol.for('oxu.element') as never;

export function isOxuElement(el: Element): boolean {
  return (el.constructor as { [OXU_ELEMENT]?: unknown })[OXU_ELEMENT] === true;
}
