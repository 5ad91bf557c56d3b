// Promise.all / allSettled / any / race with values, promises, thenables and rejections.
const log = console.log;
const thenable = (v) => ({ then(res) { res(v); } });
const later = (v, ms) => new Promise((res) => setTimeout(() => res(v), ms));
const fail = (msg, ms) => new Promise((_, rej) => setTimeout(() => rej(new Error(msg)), ms));

Promise.all([1, Promise.resolve(2), thenable(3), later(4, 150)]).then((v) => log("all", v));
Promise.all([]).then((v) => log("all empty", v));
Promise.all([later(1, 300), fail("all failed", 90), later(3, 30)]).catch((e) => log("all rejected", e.message));
Promise.all("abc").then((v) => log("all string", v));
Promise.all(new Set([1, 2, 2, 3])).then((v) => log("all set", v));
Promise.all(5).catch((e) => log("all 5:", e.constructor.name, e.message));

Promise.allSettled([1, Promise.reject(new Error("x")), later("y", 60)]).then((r) => {
  log("allSettled", r.map((x) => x.status + ":" + (x.status === "fulfilled" ? x.value : x.reason.message)).join(" "));
  log(r[0], Object.keys(r[1]));
});
Promise.allSettled([]).then((r) => log("allSettled empty", r));

Promise.any([fail("a", 60), later("b", 120), Promise.reject(new Error("c"))]).then((v) => log("any", v));
Promise.any([Promise.reject(1), Promise.reject(2)]).catch((e) => {
  log("any rejected:", e.constructor.name, e.message, e.errors, e instanceof Error);
});
Promise.any([]).catch((e) => log("any empty:", e.message, e.errors.length));

Promise.race([later("slow", 240), later("fast", 60)]).then((v) => log("race", v));
Promise.race([fail("race fail", 30), later("late", 180)]).catch((e) => log("race rejected", e.message));
const never = Promise.race([]);
setTimeout(() => log("race empty is pending:", never), 15);
Promise.race([3, Promise.resolve(4)]).then((v) => log("race values", v));
