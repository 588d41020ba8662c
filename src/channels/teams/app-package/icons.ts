import { encodePng } from './png';

// Shapes in unit coordinates (0..1 across the icon), tested point by point.
type Shape = (x: number, y: number) => boolean;

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return dx * dx + dy * dy <= r * r;
  };
}

function triangle(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Shape {
  const side = (px: number, py: number, qx: number, qy: number, x: number, y: number): number => (qx - px) * (y - py) - (qy - py) * (x - px);
  return (x, y) => {
    const s1 = side(ax, ay, bx, by, x, y);
    const s2 = side(bx, by, cx, cy, x, y);
    const s3 = side(cx, cy, ax, ay, x, y);
    return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  };
}

const union = (...shapes: Shape[]): Shape => (x, y) => shapes.some((s) => s(x, y));
const minus = (a: Shape, b: Shape): Shape => (x, y) => a(x, y) && !b(x, y);

// How much of each pixel a shape covers, from 4 × 4 samples: smooth edges without a graphics library.
function coverage(size: number, shape: Shape): Float64Array {
  const n = 4;
  const out = new Float64Array(size * size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < n; sy++) for (let sx = 0; sx < n; sx++) if (shape((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size)) hits++;
      out[py * size + px] = hits / (n * n);
    }
  }
  return out;
}

// A speech bubble with its tail, and a briefcase inside it: "ask about careers".
const bubble = union(roundedRect(0.16, 0.18, 0.84, 0.7, 0.13), triangle(0.27, 0.62, 0.47, 0.62, 0.22, 0.86));
const briefcase = union(
  roundedRect(0.33, 0.36, 0.67, 0.58, 0.035),
  minus(roundedRect(0.43, 0.28, 0.57, 0.38, 0.03), roundedRect(0.465, 0.315, 0.535, 0.4, 0.01)),
);

function hexColor(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
}

/** The 192 × 192 colour icon: a white speech bubble with a briefcase on the accent colour, fully opaque. */
export function colorIcon(accentColor: string, size = 192): Buffer {
  const accent = hexColor(accentColor);
  const white = coverage(size, minus(bubble, briefcase));
  const rgba = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    for (let c = 0; c < 3; c++) rgba[i * 4 + c] = Math.round(accent[c] + (255 - accent[c]) * white[i]);
    rgba[i * 4 + 3] = 255;
  }
  return encodePng(size, size, rgba);
}

/** The 32 × 32 outline icon Teams requires: the bubble's outline and the briefcase in white on transparent. */
export function outlineIcon(size = 32): Buffer {
  const stroke = 2 / size;
  const inner = union(roundedRect(0.16 + stroke, 0.18 + stroke, 0.84 - stroke, 0.7 - stroke, 0.13 - stroke), triangle(0.27 + stroke, 0.62 - stroke, 0.47 - stroke, 0.62 - stroke, 0.24, 0.8));
  const alpha = coverage(size, union(minus(bubble, inner), briefcase));
  const rgba = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    rgba.fill(255, i * 4, i * 4 + 3);
    rgba[i * 4 + 3] = Math.round(255 * alpha[i]);
  }
  return encodePng(size, size, rgba);
}
