// Shared helpers imported by several corpus programs (not a program itself).
export const VERSION = "1.2.0";
export const SEPARATOR = " | ";

export function clamp(x, lo, hi) {
  return x < lo ? lo : x > hi ? hi : x;
}

export function range(start, end, step = 1) {
  const out = [];
  for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i);
  return out;
}

export function sum(values) {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

export function pad(value, width) {
  const s = String(value);
  return typeof value === "number" ? s.padStart(width) : s.padEnd(width);
}

export function formatRow(cells, width) {
  return cells.map((c) => pad(c, width)).join(SEPARATOR);
}

export const square = (x) => x * x;
