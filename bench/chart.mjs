// An SVG line chart of apply cost against page size, written by hand: one
// panel per text unit, log-log axes, one line per toolbar, the CSS zoom
// reference dashed, a legend underneath.

const COLORS = {
  oxu: '#c0392b',
  sienna: '#2471a3',
  accessibility: '#229954',
  'accessibility-px': '#7d3c98',
  bvi: '#d68910',
  widgets: '#e84393',
  zoom: '#555555',
};

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * panels: [{ title, series: [{ id, label, points: [{ n, ms }] }] }], each with its own log y scale
 */
export function applyCostChart({ panels, sizes, title, yLabel }) {
  const series = panels.flatMap((p) => p.series);
  const panelW = 360;
  const panelH = 300;
  const margin = { top: 56, left: 70, right: 24, bottom: 50 };
  const gap = 75;
  const legendRows = new Set(series.map((s) => s.id)).size;
  const W = margin.left + panels.length * panelW + (panels.length - 1) * gap + margin.right;
  const H = margin.top + panelH + margin.bottom + 24 + legendRows * 22 + 12;

  const nice = (v, up) => {
    const d = 10 ** Math.floor(Math.log10(v));
    const steps = [1, 2, 5, 10].map((m) => m * d);
    return up ? steps.find((x) => x >= v) : [...steps].reverse().find((x) => x <= v);
  };
  const xMin = Math.min(...sizes);
  const xMax = Math.max(...sizes);
  const lx = (n) => (Math.log10(n) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin));

  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="Arial, Helvetica, sans-serif" font-size="13">`);
  out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  out.push(`<text x="${W / 2}" y="24" text-anchor="middle" font-size="16" font-weight="bold">${esc(title)}</text>`);

  panels.forEach((panel, i) => {
    const all = panel.series.flatMap((s) => s.points.map((p) => p.ms)).filter((x) => x > 0);
    const yMin = nice(Math.max(0.1, Math.min(...all)), false);
    const yMax = nice(Math.max(...all), true);
    const ly = (v) => (Math.log10(Math.max(v, yMin)) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin));
    const x0 = margin.left + i * (panelW + gap);
    const y0 = margin.top;
    const X = (n) => x0 + lx(n) * panelW;
    const Y = (v) => y0 + panelH - ly(v) * panelH;
    out.push(`<text x="${x0 + panelW / 2}" y="${y0 - 10}" text-anchor="middle" font-size="14" font-weight="bold">${esc(panel.title)}</text>`);
    out.push(`<rect x="${x0}" y="${y0}" width="${panelW}" height="${panelH}" fill="none" stroke="#999"/>`);
    // y grid: decades and 2, 5
    for (let d = 10 ** Math.floor(Math.log10(yMin)); d <= yMax; d *= 10) {
      for (const m of [1, 2, 5]) {
        const v = d * m;
        if (v > yMax * 1.0001 || v < yMin * 0.9999) continue;
        const y = Y(v);
        out.push(`<line x1="${x0}" y1="${y}" x2="${x0 + panelW}" y2="${y}" stroke="${m === 1 ? '#ccc' : '#eee'}"/>`);
        out.push(`<text x="${x0 - 6}" y="${y + 4}" text-anchor="end" fill="#333">${v >= 1 ? v.toLocaleString('en') : v.toFixed(1)}</text>`);
      }
    }
    for (const n of sizes) {
      const x = X(n);
      out.push(`<line x1="${x}" y1="${y0}" x2="${x}" y2="${y0 + panelH}" stroke="#eee"/>`);
      out.push(`<text x="${x}" y="${y0 + panelH + 18}" text-anchor="middle" fill="#333">${n.toLocaleString('en')}</text>`);
    }
    out.push(`<text x="${x0 + panelW / 2}" y="${y0 + panelH + 38}" text-anchor="middle">elements on the page (log scale)</text>`);
    if (i === 0)
      out.push(`<text transform="translate(${x0 - 52} ${y0 + panelH / 2}) rotate(-90)" text-anchor="middle">${esc(yLabel)}</text>`);
    for (const s of panel.series) {
      const pts = s.points.filter((p) => p.ms > 0).sort((a, b) => a.n - b.n);
      if (!pts.length) continue;
      const color = COLORS[s.id] || '#000';
      const dash = s.id === 'zoom' ? ' stroke-dasharray="6 4"' : '';
      const width = s.id === 'oxu' ? 3 : 2;
      out.push(`<polyline fill="none" stroke="${color}" stroke-width="${width}"${dash} points="${pts.map((p) => `${X(p.n).toFixed(1)},${Y(p.ms).toFixed(1)}`).join(' ')}"/>`);
      for (const p of pts) out.push(`<circle cx="${X(p.n).toFixed(1)}" cy="${Y(p.ms).toFixed(1)}" r="3.5" fill="${color}"><title>${esc(s.label)}, ${esc(panel.title)}, ${p.n}: ${p.ms.toFixed(1)} ms</title></circle>`);
    }
  });

  // legend
  const ids = [...new Map(series.map((s) => [s.id, s.label])).entries()];
  const ly0 = margin.top + panelH + margin.bottom + 20;
  ids.forEach(([id, label], k) => {
    const row = k;
    const x = margin.left;
    const y = ly0 + row * 22;
    const color = COLORS[id] || '#000';
    const dash = id === 'zoom' ? ' stroke-dasharray="6 4"' : '';
    out.push(`<line x1="${x}" y1="${y}" x2="${x + 28}" y2="${y}" stroke="${color}" stroke-width="${id === 'oxu' ? 3 : 2}"${dash}/>`);
    out.push(`<text x="${x + 36}" y="${y + 4}">${esc(label)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
