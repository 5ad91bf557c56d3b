// setInterval until cleared after n runs, clearInterval from outside, and intervals
// interleaving with timeouts.
let n = 0;
const iv = setInterval((tag) => {
  n++;
  console.log("interval", tag, n);
  Promise.resolve().then(() => console.log("microtask after interval", n));
  if (n === 4) {
    clearInterval(iv);
    console.log("cleared");
  }
}, 10, "A");

let m = 0;
const other = setInterval(() => { m++; }, 15);
setTimeout(() => {
  clearInterval(other);
  console.log("other ran", m > 0 ? "some times" : "never");
}, 400);
setTimeout(() => console.log("after everything", n), 600);
