/** WCAG 2 contrast ratio of two CSS colours as getComputedStyle gives them (rgb()/rgba()/#rrggbb). */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(parse(a)), luminance(parse(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function parse(color: string): number[] {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16));
  const rgb = /rgba?\(([^)]+)\)/.exec(color);
  if (!rgb) throw new Error(`cannot read colour ${color}`);
  return rgb[1].split(/[\s,/]+/).slice(0, 3).map(Number);
}

function luminance([r, g, b]: number[]): number {
  const c = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
}
