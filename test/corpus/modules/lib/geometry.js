// Depends on util.js: exercises a chain of ESM imports. Prints once when first evaluated.
import { square, sum } from "./util.js";

console.log("[geometry.js evaluated]");

export function Vec(x, y) {
  this.x = x;
  this.y = y;
}

Vec.prototype.length = function () {
  return Math.sqrt(square(this.x) + square(this.y));
};

Vec.prototype.add = function (o) {
  return new Vec(this.x + o.x, this.y + o.y);
};

export function perimeter(points) {
  const sides = [];
  for (let i = 0; i < points.length; i++) {
    const a = points[i];
    const b = points[(i + 1) % points.length];
    sides.push(new Vec(b.x - a.x, b.y - a.y).length());
  }
  return sum(sides);
}
