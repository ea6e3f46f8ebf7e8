// The condition × phase table as a heat map: one shaded square per cell, its count written in it. Colours and
// fonts are attributes, not the page's CSS, so the SVG stands on its own; the Word file shades a table alike.
import { escapeHtml } from '../shared/escape';

export interface HeatMap {
  title: string;
  rows: string[];
  columns: string[];
  /** counts[row][column]. */
  counts: number[][];
}

/** The map's layout in pixels: the row labels' width, the column labels' height, a cell's size. */
const [LABEL, HEAD, CELL_W, CELL_H] = [190, 30, 96, 34];
const FONT = 'font-family="Calibri, Carlito, Arial, sans-serif" font-size="13"';

/** The shade of a count: white for none, deepening blue up to the largest count. */
export function heatColour(count: number, max: number): [number, number, number] {
  const t = max > 0 ? count / max : 0;
  const mix = (from: number, to: number) => Math.round(from + (to - from) * t);
  return count === 0 ? [255, 255, 255] : [mix(214, 31), mix(230, 78), mix(245, 140)];
}

/** The map's size in CSS pixels (96 to the inch), as its SVG gives it. */
export function heatMapSize(map: HeatMap): { width: number; height: number } {
  return { width: LABEL + CELL_W * map.columns.length + 2, height: HEAD + CELL_H * map.rows.length + 2 };
}

export function heatMapSvg(map: HeatMap): string {
  const { width, height } = heatMapSize(map);
  const max = Math.max(0, ...map.counts.flat());
  const heads = map.columns.map((c, j) => `<text x="${LABEL + CELL_W * j + CELL_W / 2}" y="${HEAD - 10}" text-anchor="middle" ${FONT} fill="#333">${escapeHtml(c)}</text>`);
  const rows = map.rows.map((r, i) => {
    const y = HEAD + CELL_H * i;
    const cells = map.counts[i].map((n, j) => {
      const [red, green, blue] = heatColour(n, max);
      const x = LABEL + CELL_W * j;
      const ink = n > max / 2 ? '#fff' : '#222';
      return `<rect x="${x}" y="${y}" width="${CELL_W}" height="${CELL_H}" fill="rgb(${red},${green},${blue})" stroke="#999" stroke-width="1"/>`
        + (n ? `<text x="${x + CELL_W / 2}" y="${y + CELL_H / 2 + 5}" text-anchor="middle" ${FONT} fill="${ink}">${n}</text>` : '');
    });
    return `<text x="${LABEL - 8}" y="${y + CELL_H / 2 + 5}" text-anchor="end" ${FONT} fill="#333">${escapeHtml(r)}</text>${cells.join('')}`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(map.title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`
    + `<title>${escapeHtml(map.title)}</title>${heads.join('')}${rows.join('')}</svg>`;
}

/** The map in words, for a picture's alt text: each row's counts per column, in the labels' language. */
export function heatMapText(map: HeatMap): string {
  return `${map.title}. ${map.rows.map((r, i) => `${r}: ${map.columns.map((c, j) => `${c} ${map.counts[i][j]}`).join(', ')}`).join('; ')}.`;
}
