// Two then chains interleave one job per step; returning values, promises and thenables
// from handlers changes how many ticks a step takes.
const log = (s) => console.log(s);

Promise.resolve("a").then((v) => { log("a1 " + v); return v + "1"; })
  .then((v) => { log("a2 " + v); return v + "2"; })
  .then((v) => { log("a3 " + v); return v + "3"; })
  .then((v) => log("a4 " + v));

Promise.resolve("b").then((v) => { log("b1 " + v); return Promise.resolve(v + "1"); })
  .then((v) => { log("b2 " + v); return v + "2"; })
  .then((v) => log("b3 " + v));

Promise.resolve("c").then((v) => {
  log("c1 " + v);
  return { then(res) { log("c thenable called"); res(v + "1"); } };
}).then((v) => log("c2 " + v));

let n = 0;
const tick = () => { n++; if (n < 10) { log("tick " + n); Promise.resolve().then(tick); } };
Promise.resolve().then(tick);

// new Promise resolved with a promise takes two extra jobs.
new Promise((res) => res(Promise.resolve("d"))).then((v) => log("d " + v));
Promise.resolve(Promise.resolve("e")).then((v) => log("e " + v));
// Handlers that are not functions pass values and reasons through.
Promise.resolve("f").then(null, 5).then(undefined).then((v) => log("f " + v));
Promise.reject(new Error("g")).then((v) => log("not here")).then(null, (e) => log("g " + e.message));
