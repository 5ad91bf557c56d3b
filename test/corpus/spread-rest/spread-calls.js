function sum(...nums) {
  return nums.reduce((a, b) => a + b, 0);
}
function show(a, b, c) {
  return [a, b, c];
}

console.log(sum(...[1, 2, 3]));
console.log(sum(...[1, 2], 3, ...[4, 5]));
console.log(sum(...[]));
console.log(show(...'ab'));
console.log(show(...new Set([1, 1, 2])));
console.log(show(...new Map([['k', 'v']])));
console.log(show(...[1, , 3]));
console.log(show(...[1, 2, 3, 4, 5]));

console.log(Math.max(...[3, 9, 2]));
console.log(Math.min(...[3, 9, 2]));
console.log(Math.max(...[]));
console.log(Math.min(...[]));
console.log(Math.max(...[1, NaN, 3]));
console.log(Math.max(...['7', '10']));

// spread of a generator
function* g() { yield 'x'; yield 'y'; }
console.log(show(...g(), 'z'));

// method call with spread keeps this
const obj = {
  base: 10,
  add(...xs) { return this.base + sum(...xs); },
};
console.log(obj.add(...[1, 2]));
console.log(obj['add'](...[5]));

// spread in new
class P { constructor(x, y) { this.x = x; this.y = y; } }
console.log(new P(...[1, 2]));
console.log(new Array(...[3]).length, new Array(...[3, 4]));

// spread args evaluation order
const log = [];
function t(v) { log.push(v); return [v]; }
show(...t(1), t(2), ...t(3));
console.log(log);

// spread of non-iterable
try {
  sum(...{ a: 1 });
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
try {
  sum(...undefined);
} catch (e) {
  console.log(e.constructor.name);
}

// spread with apply-like behavior and optional call
const maybe = null;
console.log(maybe?.fn(...[1]));

// push many
const target = [1];
target.push(...[2, 3], ...'45');
console.log(target);
