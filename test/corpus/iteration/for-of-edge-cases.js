// const in for-of is fresh per iteration
const out = [];
for (const x of [1, 2, 3]) out.push(() => x);
console.log(out.map(f => f()));

// let can be reassigned in body without affecting iteration
for (let x of [1, 2]) {
  x *= 100;
  console.log(x);
}

// iterating over array of arrays with index via entries
for (const [i, [a, b]] of [[1, 2], [3, 4]].entries()) console.log(i, a + b);

// iterating a string with surrogates
const chars = [];
for (const ch of 'a😀b') chars.push(ch);
console.log(chars, chars.length);

// iterating over array while modifying elements ahead
const arr = [1, 2, 3];
const seen = [];
for (const v of arr) {
  seen.push(v);
  if (v === 1) arr[2] = 'changed';
}
console.log(seen);

// for-of over sparse array visits holes as undefined
const sparseSeen = [];
for (const v of [1, , 3]) sparseSeen.push(v);
console.log(sparseSeen);

// for-of over Map modified during iteration: added keys visited
const m = new Map([['a', 1]]);
const mk = [];
for (const [k, v] of m) {
  mk.push(k);
  if (v < 3) m.set(k + 'x', v + 1);
}
console.log(mk);

// for-of over Set deleting current and re-adding goes to end
const s = new Set([1, 2, 3]);
const sv = [];
for (const v of s) {
  sv.push(v);
  if (v === 1) { s.delete(1); s.add(1); }
  if (sv.length > 6) break;
}
console.log(sv);

// for-of with member expression target
const holder = { cur: null };
for (holder.cur of ['p', 'q']);
console.log(holder.cur);

// for-of with let declaration named 'of'
const ofs = [];
for (let of of ['x']) ofs.push(of);
console.log(ofs);

// for-of with existing let variable as target
let target = 'initial';
for (target of ['first', 'reassigned']);
console.log(target);

// empty iteration body never runs
let ran = false;
for (const _ of []) ran = true;
for (const _ of '') ran = true;
for (const _ of new Map()) ran = true;
console.log(ran);
