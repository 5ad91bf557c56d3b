// Imported let bindings are live: they reflect the exporting module's updates.
import { count, history, increment, reset } from "./lib/counter.js";

console.log("start", count, history);
increment();
increment(5);
console.log("after increments", count, history);
const snapshot = count;
increment(-2);
console.log("snapshot stays", snapshot, "live binding moves", count);
history.push("pushed by importer");
console.log(history);
reset();
console.log("after reset", count, history, history.length);
for (let i = 0; i < 4; i++) increment(i);
console.log("loop", count, history.join(","));
try {
  count = 99;
} catch (e) {
  console.log(e.name, e instanceof TypeError, e.message);
}
console.log("still", count);
