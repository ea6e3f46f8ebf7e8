// Draws the extension's 128x128 icon (media/icon.png): a notes card on a blue tile, its lines
// marked in the thermometer's colours. Plain Node (zlib), so it needs no image tools.
// Usage: node scripts/make-icon.mjs
import fs from 'node:fs';
import zlib from 'node:zlib';

const SIZE = 128;
const TILE = [31, 78, 121];
const CARD = [250, 250, 247];
const LINES = [
  { y: 44, to: 92, rgb: [46, 160, 67] },   // friendly
  { y: 62, to: 80, rgb: [219, 171, 9] },   // watchful
  { y: 80, to: 96, rgb: [230, 120, 30] },  // disagreement
  { y: 98, to: 70, rgb: [207, 34, 46] },   // conflict
];

/** Coverage (0..1) of a rounded rectangle at a pixel centre, with a one-pixel soft edge. */
function roundedRect(px, py, x0, y0, x1, y1, r) {
  const dx = Math.max(x0 + r - px, 0, px - (x1 - r));
  const dy = Math.max(y0 + r - py, 0, py - (y1 - r));
  const outside = Math.hypot(dx, dy) - r;
  return Math.min(1, Math.max(0, 0.5 - outside));
}

const blend = (under, over, a) => under.map((c, i) => Math.round(c * (1 - a) + over[i] * a));

function pixel(x, y) {
  const px = x + 0.5;
  const py = y + 0.5;
  let rgb = TILE;
  const alpha = roundedRect(px, py, 4, 4, 124, 124, 22);
  rgb = blend(rgb, CARD, roundedRect(px, py, 26, 22, 102, 114, 8));
  for (const line of LINES) rgb = blend(rgb, line.rgb, roundedRect(px, py, 36, line.y - 4, line.to, line.y + 4, 4));
  return [...rgb, Math.round(alpha * 255)];
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = [0]; // filter: none
  for (let x = 0; x < SIZE; x++) row.push(...pixel(x, y));
  rows.push(Buffer.from(row));
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
fs.writeFileSync(new URL('../media/icon.png', import.meta.url), png);
console.log(`media/icon.png: ${SIZE}x${SIZE}, ${png.length} bytes`);
