// Transitive imports and evaluation order: dependencies run first, each module once.
import { describe, loadedAt } from "./lib/side-effects.js";
import { count, increment } from "./lib/counter.js";
import { Vec, perimeter } from "./lib/geometry.js";
import { sum } from "./lib/util.js";

console.log("[main body starts]");
console.log(describe(), loadedAt);
console.log("counter was bumped by side-effects.js:", count);
increment();
console.log("shared instance:", count);
const v = new Vec(3, 4);
console.log(v, v.length(), v.add(new Vec(1, 1)));
const square = [new Vec(0, 0), new Vec(2, 0), new Vec(2, 2), new Vec(0, 2)];
console.log("perimeter", perimeter(square));
const tri = [new Vec(0, 0), new Vec(3, 0), new Vec(0, 4)];
console.log("triangle", perimeter(tri), sum([3, 4, 5]));
console.log(v instanceof Vec, typeof Vec.prototype.length);
const again = [];
for (let i = 0; i < 3; i++) again.push(increment(i));
console.log("counter keeps counting across modules:", again, count);
console.log(describe === describe, typeof perimeter, perimeter([]));
