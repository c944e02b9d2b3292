// Helpers for the tests of oxu's two radio-group selectors.
import { sendKeys } from '@web/test-runner-commands';
import type { OxuChangeEvent } from '../../src/events.js';

export const radios = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
export const checkedValue = (el: Element) => radios(el).find((r) => r.checked)?.value;
export const focusedValue = (el: Element) => (el.shadowRoot!.activeElement as HTMLInputElement | null)?.value;

/** The group's name as the legend shows it: slotted content, or the built-in text. */
export const legendText = (el: Element) => {
  const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('legend slot')!;
  const assigned = slot.assignedNodes({ flatten: true });
  return (assigned.length ? assigned : [...slot.childNodes]).map((n) => n.textContent).join('').trim();
};

/** Collects the events the element fires until the returned function is called. */
export function record(el: HTMLElement): () => OxuChangeEvent[] {
  const seen: OxuChangeEvent[] = [];
  const listener = (event: OxuChangeEvent) => seen.push(event);
  el.addEventListener('oxu-change', listener);
  return () => {
    el.removeEventListener('oxu-change', listener);
    return seen;
  };
}

/** Tabs into `el` from a button placed just before it, as a keyboard user arrives. */
export async function tabInto(el: HTMLElement): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
}
