/** Text-size levels a page offers when it names none (percent). */
export const DEFAULT_LEVELS: readonly number[] = Object.freeze([100, 125, 150, 200]);

export const MIN_LEVEL = 50;
export const MAX_LEVEL = 400;

/**
 * Reads a list of levels such as `"100 150 200 300"` (spaces or commas).
 * Whole percentages from 50 to 400 are kept, 100 is always included, the result
 * is sorted and unique. Anything else is dropped; a list with nothing valid in
 * it gives `fallback`.
 */
export function parseLevels(text: string | null | undefined, fallback: readonly number[] = DEFAULT_LEVELS): number[] {
  if (text == null || !text.trim()) return [...fallback];
  const levels = new Set<number>([100]);
  let valid = 0;
  for (const token of text.split(/[\s,]+/)) {
    if (!/^\d+$/.test(token)) continue;
    const n = Number(token);
    if (n < MIN_LEVEL || n > MAX_LEVEL) continue;
    levels.add(n);
    valid++;
  }
  return valid ? [...levels].sort((a, b) => a - b) : [...fallback];
}
