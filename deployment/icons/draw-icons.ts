/**
 * Draws the Teams app icons: a phone handset with sound waves, white, on the accent colour
 * (color.png, 192×192) and on transparency (outline.png, 32×32). Run it to redraw them:
 *
 *   npx tsx deployment/icons/draw-icons.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodePng, type RgbaImage } from '../png';

/** The accent colour of the app (manifest `accentColor` and the colour icon's background). */
export const ACCENT_COLOR = '#0F6A8B';

type Point = { x: number; y: number };

const HANDSET_CENTRE: Point = { x: 0.7, y: 0.3 };
const HANDSET_RADIUS = 0.43;
const WAVES_CENTRE: Point = { x: 0.74, y: 0.26 };

// Angle in degrees of `p` around `c`, 0..360, y pointing down (90° is straight below).
function angleAround(p: Point, c: Point): number {
  const degrees = (Math.atan2(p.y - c.y, p.x - c.x) * 180) / Math.PI;
  return degrees < 0 ? degrees + 360 : degrees;
}

function inBand(p: Point, c: Point, radius: number, width: number, from: number, to: number): boolean {
  const r = Math.hypot(p.x - c.x, p.y - c.y);
  const a = angleAround(p, c);
  return Math.abs(r - radius) <= width / 2 && a >= from && a <= to;
}

// A rounded box whose axes are the radial and tangential directions at `angle` around `c`.
function inPad(
  p: Point,
  c: Point,
  radius: number,
  angle: number,
  radial: number,
  tangential: number,
): boolean {
  const t = (angle * Math.PI) / 180;
  const centre = { x: c.x + radius * Math.cos(t), y: c.y + radius * Math.sin(t) };
  const dx = p.x - centre.x;
  const dy = p.y - centre.y;
  const u = Math.abs(dx * Math.cos(t) + dy * Math.sin(t));
  const v = Math.abs(-dx * Math.sin(t) + dy * Math.cos(t));
  const corner = Math.min(radial, tangential) * 0.55;
  const qx = Math.max(u - (radial - corner), 0);
  const qy = Math.max(v - (tangential - corner), 0);
  return u <= radial && v <= tangential && Math.hypot(qx, qy) <= corner;
}

// Whether a point of the unit square (y down) is inside the glyph; `waves` is 1 or 2 sound waves.
function inGlyph(p: Point, waves: 1 | 2): boolean {
  const c = HANDSET_CENTRE;
  const handset =
    inBand(p, c, HANDSET_RADIUS, 0.15, 96, 174) ||
    inPad(p, c, HANDSET_RADIUS - 0.035, 183, 0.12, 0.1) ||
    inPad(p, c, HANDSET_RADIUS - 0.035, 87, 0.12, 0.1);
  if (handset) return true;
  if (waves === 1) return inBand(p, WAVES_CENTRE, 0.16, 0.1, 92, 178);
  return inBand(p, WAVES_CENTRE, 0.1, 0.06, 95, 175) || inBand(p, WAVES_CENTRE, 0.2, 0.06, 95, 175);
}

// Coverage (0..1) of pixel (x, y) by the glyph drawn in the square `[inset, size - inset]`.
function coverage(x: number, y: number, size: number, inset: number, samples: number, waves: 1 | 2): number {
  let inside = 0;
  const span = size - 2 * inset;
  for (let i = 0; i < samples; i++) {
    for (let j = 0; j < samples; j++) {
      const px = x + (i + 0.5) / samples;
      const py = y + (j + 0.5) / samples;
      if (inGlyph({ x: (px - inset) / span, y: (py - inset) / span }, waves)) inside++;
    }
  }
  return inside / (samples * samples);
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** The 192×192 colour icon: the white glyph on an opaque accent-coloured square. */
export function drawColorIcon(): RgbaImage {
  const size = 192;
  const [r, g, b] = hexToRgb(ACCENT_COLOR);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const k = coverage(x, y, size, 30, 4, 2);
      const i = (y * size + x) * 4;
      data[i] = Math.round(r + (255 - r) * k);
      data[i + 1] = Math.round(g + (255 - g) * k);
      data[i + 2] = Math.round(b + (255 - b) * k);
      data[i + 3] = 255;
    }
  }
  return { width: size, height: size, data };
}

/** The 32×32 outline icon: white only, the glyph's coverage as alpha, transparent elsewhere. */
export function drawOutlineIcon(): RgbaImage {
  const size = 32;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      data[i] = 255;
      data[i + 1] = 255;
      data[i + 2] = 255;
      data[i + 3] = Math.round(255 * coverage(x, y, size, 1, 8, 1));
    }
  }
  return { width: size, height: size, data };
}

if (require.main === module) {
  const dir = path.join(__dirname, '..', 'appPackage');
  writeFileSync(path.join(dir, 'color.png'), encodePng(drawColorIcon()));
  writeFileSync(path.join(dir, 'outline.png'), encodePng(drawOutlineIcon()));
  process.stdout.write(`icons written to ${dir}\n`);
}
