// Imports named functions and constants from ./lib/util.js and uses them.
import { clamp, range, sum, formatRow, square, VERSION, SEPARATOR } from "./lib/util.js";

console.log("util version", VERSION, "separator [" + SEPARATOR + "]");
console.log(clamp(5, 0, 10), clamp(-5, 0, 10), clamp(50, 0, 10), clamp(NaN, 0, 1));
console.log(range(0, 5), range(10, 0, -3), range(0, 1, 0.25), range(5, 5));
console.log(sum(range(1, 101)), sum([]), sum([0.1, 0.2, 0.3]));
console.log(range(1, 8).map(square));
console.log(formatRow(["name", "qty", "price"], 8));
console.log(formatRow(["apple", 3, 1.25], 8));
console.log(formatRow(["kiwi", 12, 0.5], 8));
console.log(typeof clamp, typeof VERSION, square);
const table = range(1, 4).map((r) => range(1, 4).map((c) => r * c));
for (const row of table) console.log(formatRow(row, 3));
let caught = "";
try {
  VERSION = "2.0.0";
} catch (e) {
  caught = e.name + ": " + e.message;
}
console.log(caught, VERSION);
