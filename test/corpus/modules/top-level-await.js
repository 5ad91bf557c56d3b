// Top-level await: the module body is an async function body (values awaited at the top level,
// in loops, try/finally, for await), bindings stay live across the awaits, and code queued
// before the last await runs after the body completes.
import { config, getConfig } from './lib/top-level-await/config.js';

console.log('main sees', config, getConfig());
function hoisted() { return 'hoisted ' + counter; }
let counter = 0;
const inc = () => ++counter;
class Box { constructor(v) { this.v = v; } }
const first = await Promise.resolve(new Box(1));
console.log(first.v, inc(), hoisted(), await 42, await undefined);
for (let i = 0; i < 3; i++) {
  const v = await new Promise((resolve) => setTimeout(() => resolve(i * 10), 0));
  console.log('loop', i, v, inc());
}
async function* gen() { yield 'a'; await null; yield 'b'; }
for await (const x of gen()) console.log('for await', x);
for await (const x of [Promise.resolve(1), 2]) console.log('for await array', x);
try {
  await Promise.reject(new TypeError('nope'));
} catch (e) {
  console.log('caught', e.name, e.message);
} finally {
  console.log('finally', await 'inside finally');
}
const results = await Promise.all([1, 2, 3].map(async (x) => { await null; return x * 2; }));
console.log(results, await (async () => 'iife')());
const obj = { a: await 1, b: [await 2, await Promise.resolve(3)], big: await Promise.resolve(2n ** 70n) };
console.log(obj, typeof this, hoisted());
const thenable = { then(resolve) { resolve('thenable value'); } };
console.log(await thenable);
Promise.resolve().then(() => console.log('reaction queued before the last await'));
queueMicrotask(() => console.log('microtask queued before the last await'));
setTimeout(() => console.log('timer after the top level'), 0);
console.log('last await gives', await 'x');
console.log('end of top level');
