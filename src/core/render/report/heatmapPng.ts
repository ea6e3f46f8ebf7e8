// The heat map's cells as a PNG: the Word file's fallback for readers that show no SVG. Shading only (no
// text: drawing letters needs fonts), written by hand: an uncompressed deflate stream, so no library is bundled.
import { HEAT_LAYOUT, HeatMap, heatColour, heatMapSize } from './heatmap';

const { label: LABEL, head: HEAD, cellW, cellH } = HEAT_LAYOUT;

/** The PNG's bytes, the size of the SVG: white where the SVG has labels, each cell in its shade with a grey edge. */
export function heatMapPng(map: HeatMap): Uint8Array {
  const { width, height } = heatMapSize(map);
  const max = Math.max(0, ...map.counts.flat());
  const raw = new Uint8Array((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      const [i, j] = [Math.floor((y - HEAD) / cellH), Math.floor((x - LABEL) / cellW)];
      const inside = i >= 0 && j >= 0 && i < map.rows.length && j < map.columns.length;
      const edge = inside && ((y - HEAD) % cellH < 1 || (x - LABEL) % cellW < 1);
      const colour = !inside ? [255, 255, 255] : edge ? [153, 153, 153] : heatColour(map.counts[i][j], max);
      raw.set(colour, row + 1 + x * 3);
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8);
  return concat([new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', storedZlib(raw)), chunk('IEND', new Uint8Array())]);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set([...type].map((c) => c.charCodeAt(0)), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A zlib stream of deflate's stored blocks (at most 65535 bytes each) with its Adler-32. */
function storedZlib(data: Uint8Array): Uint8Array {
  const blocks: Uint8Array[] = [new Uint8Array([0x78, 0x01])];
  for (let at = 0; at < data.length || at === 0; at += 65535) {
    const part = data.subarray(at, at + 65535);
    const head = new Uint8Array(5);
    head[0] = at + 65535 >= data.length ? 1 : 0;
    new DataView(head.buffer).setUint16(1, part.length, true);
    new DataView(head.buffer).setUint16(3, ~part.length & 0xffff, true);
    blocks.push(head, part);
    if (data.length === 0) break;
  }
  let [a, b] = [1, 0];
  for (const byte of data) [a, b] = [(a + byte) % 65521, (b + (a + byte) % 65521) % 65521];
  const sum = new Uint8Array(4);
  new DataView(sum.buffer).setUint32(0, ((b << 16) | a) >>> 0);
  return concat([...blocks, sum]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
