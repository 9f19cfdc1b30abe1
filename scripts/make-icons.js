#!/usr/bin/env node
// Draws the add-in's ribbon and store icons (a small bar chart on a green tile) as PNGs,
// so the repository needs no binary downloads. Run: node scripts/make-icons.js
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

// 16–128: the ribbon and the store; 192 and 512: the browser preview as an installable web app.
const SIZES = [16, 32, 64, 80, 128, 192, 512];
const GREEN = [0x21, 0x73, 0x46, 255];
const WHITE = [255, 255, 255, 255];
const RED = [0xff, 0xc7, 0xce, 255];
const CLEAR = [0, 0, 0, 0];

function crc32(buf) {
  let c;
  let crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function pixel(size, x, y) {
  const r = Math.max(1, Math.round(size / 8));
  const inCorner = (cx, cy) => (x - cx) ** 2 + (y - cy) ** 2 > r * r;
  if (x < r && y < r && inCorner(r, r)) return CLEAR;
  if (x >= size - r && y < r && inCorner(size - r - 1, r)) return CLEAR;
  if (x < r && y >= size - r && inCorner(r, size - r - 1)) return CLEAR;
  if (x >= size - r && y >= size - r && inCorner(size - r - 1, size - r - 1)) return CLEAR;
  // Three bars of a plan-versus-actual chart; the short middle one is a shortfall.
  const pad = Math.round(size * 0.2);
  const base = size - pad;
  const barW = Math.max(2, Math.round((size - 2 * pad) / 5));
  const bars = [0.55, 0.3, 0.7];
  for (let i = 0; i < bars.length; i++) {
    const left = pad + i * 2 * barW;
    const top = base - Math.round(bars[i] * (size - 2 * pad) * 1.2);
    if (x >= left && x < left + barW && y >= top && y < base) return i === 1 ? RED : WHITE;
  }
  return GREEN;
}

function png(size) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const p = pixel(size, x, y);
      for (let k = 0; k < 4; k++) raw[y * (size * 4 + 1) + 1 + x * 4 + k] = p[k];
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(dir, { recursive: true });
for (const size of SIZES) fs.writeFileSync(path.join(dir, `icon-${size}.png`), png(size));
