/**
 * What the font rewrite (font-rewrite.ts) adds to a rule's twin so that text
 * made larger or spaced further never spills out of, or under, the box the
 * page made for it: a fixed height becomes a minimum, and a box kept above
 * its container until it is focused goes further up. Pure string work on one
 * rule's declarations. See docs/decisions/011-reflow.md.
 */

// A fixed height that text inside can outgrow: a length in px, pt, em or rem (or their calc()),
// not 0 or 1 px (boxes hidden for screen readers), not %, viewport units or var().
const FIXED_HEIGHT = /^(?:[\d.]+(?:px|pt|r?em)|calc\((?![^)]*(?:%|v[whib]|vmin|vmax|var\())[^;]*(?:px|pt|r?em)[^;]*\))$/i;

/**
 * Where a rule fixes the height of a box, the height becomes its minimum, so
 * enlarged or spaced text makes the box grow instead of spilling out of it
 * (over the next box, or clipped away). Where the text fits, the box keeps
 * exactly its height. See docs/decisions/011-reflow.md.
 */
export function heightAsMinimum(style: CSSStyleDeclaration): string {
  const height = style.getPropertyValue('height').trim();
  if (!height || !FIXED_HEIGHT.test(height) || parseFloat(height) < 2) return '';
  const important = style.getPropertyPriority('height') ? ' !important' : '';
  const min = style.getPropertyValue('min-height').trim();
  const floor = min && min !== 'auto' && min !== '0px' && min !== '0' ? `max(${height},${min})` : height;
  return `height:auto${important};min-height:${floor}${important};`;
}

// A negative length in px, pt, em or rem: how far a box is placed above its container.
const NEGATIVE_TOP = /^-(\d*\.?\d+)(px|pt|r?em)$/i;

/**
 * A box positioned out of sight above its container (`top: -3.8rem`) by an
 * offset as tall as its text once was: enlarged text wraps and makes it
 * taller, so its lower part would come down over the page. Until it is
 * focused it goes a viewport further up. Offsets under about a line (20 px,
 * 1.2 em: a badge's `top: -8px`) are not that. See docs/decisions/011-reflow.md.
 */
export function keptOutOfSight(style: CSSStyleDeclaration): string {
  const top = style.getPropertyValue('top').trim();
  const match = top && NEGATIVE_TOP.exec(top);
  if (!match || parseFloat(match[1]) < (match[2].toLowerCase().endsWith('em') ? 1.2 : 20)) return '';
  if (!/^(?:absolute|fixed)$/.test(style.getPropertyValue('position').trim())) return '';
  return `top:calc(${top} - 100vh)${style.getPropertyPriority('top') ? ' !important' : ''};`;
}
