/**
 * Arrow keys, Home and End in a group of native radios, the way the WAI-ARIA
 * radio group pattern says: move focus and select, wrapping at the ends.
 * Handled here rather than left to the browser so every browser wraps and
 * selects alike. Returns the radio chosen, or null when the key is not ours.
 */
export function radioForKey(event: KeyboardEvent, radios: HTMLInputElement[]): HTMLInputElement | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const index = radios.indexOf(event.target as HTMLInputElement);
  if (index < 0) return null;
  const target = moveTo(event.key, index, radios.length);
  if (target === null) return null;
  event.preventDefault();
  const radio = radios[target];
  radio.focus();
  radio.checked = true;
  return radio;
}

function moveTo(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * Focuses `el` the way Tab enters a radio group: a selector's checked radio
 * (its first when none is checked), or the element itself when it has none.
 */
export async function focusInto(el: HTMLElement): Promise<void> {
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  const radios = el.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="radio"]');
  const radio = radios ? ([...radios].find((r) => r.checked) ?? radios[0]) : undefined;
  (radio ?? el).focus();
}
