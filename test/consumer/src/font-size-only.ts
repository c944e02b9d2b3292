// Only the text-size selector: the bundle must hold no other element's code.
import { OxuFontSize } from 'oxu/font-size.js';
import type { OxuChangeEvent } from 'oxu/settings.js';
import type { Equal, Expect } from './types.js';

const picker = document.querySelector('oxu-font-size');
export type PickerIsTyped = Expect<Equal<typeof picker, OxuFontSize | null>>;

const made = document.createElement('oxu-font-size');
export type CreatedIsTyped = Expect<Equal<typeof made, OxuFontSize>>;
made.levels = '100 150 200';
made.label = 'Şrift';
// @ts-expect-error levels is a string attribute, not a list
made.levels = [100, 150];

made.addEventListener('oxu-change', (event) => {
  type _ = Expect<Equal<typeof event, OxuChangeEvent>>;
  const { detail } = event;
  if (detail.setting === 'fontSize') {
    const percent: number = detail.value;
    console.log(percent, detail.settings.colorScheme);
  }
  // @ts-expect-error the detail names no such field
  console.log(detail.size);
});

document.body.append(made);
console.log(made instanceof OxuFontSize);
