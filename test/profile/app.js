// The app a profile is recorded for, through test/profile/workload.js.
export class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  add(o) { return new Vec(this.x + o.x, this.y + o.y); }
  get len() { return Math.hypot(this.x, this.y); }
  static zero() { return new Vec(0, 0); }
}
export function sum(vs) {
  let acc = Vec.zero();
  for (const v of vs) acc = acc.add(v);
  return acc;
}
export const scale = (v, k) => new Vec(v.x * k, v.y * k);
export function main() { return sum([new Vec(1, 2), scale(new Vec(1, 1), 3)]).len; }
