// deleting a not-yet-visited key during iteration skips it
const o1 = { a: 1, b: 2, c: 3, d: 4 };
const v1 = [];
for (const k in o1) {
  v1.push(k);
  if (k === 'a') delete o1.c;
}
console.log(v1);

// deleting already-visited key has no effect on the loop
const o2 = { a: 1, b: 2, c: 3 };
const v2 = [];
for (const k in o2) {
  v2.push(k);
  delete o2[k];
}
console.log(v2, Object.keys(o2));

// shadowed keys visited once
const proto = { x: 'p', y: 'p' };
const child = Object.create(proto);
child.x = 'c';
const v3 = [];
for (const k in child) v3.push(k + ':' + child[k]);
console.log(v3);

// deleting own key exposes prototype key? (it was already visited as own)
const proto2 = { shared: 'proto', later: 'p' };
const child2 = Object.create(proto2);
child2.shared = 'own';
child2.first = 1;
const v4 = [];
for (const k in child2) {
  v4.push(k);
  if (k === 'shared') delete child2.shared;
}
console.log(v4);

// integer keys on array in ascending order regardless of assignment order
const arr = [];
arr[3] = 'd';
arr[1] = 'b';
arr[2] = 'c';
arr[0] = 'a';
const v5 = [];
for (const i in arr) v5.push(i);
console.log(v5);

// object with integer keys added in reverse
const nums = {};
for (let i = 5; i >= 0; i--) nums[i * 2] = i;
nums.z = 'z';
nums.a = 'a';
console.log(Object.keys(nums));

// Object.entries order mirrors for-in own order
console.log(Object.entries({ b: 1, 3: 'x', a: 2, 1: 'y' }));

// property deleted from prototype before visit
const proto3 = { p1: 1, p2: 2 };
const child3 = Object.create(proto3);
child3.own = 0;
const v6 = [];
for (const k in child3) {
  v6.push(k);
  if (k === 'own') delete proto3.p2;
}
console.log(v6);

// for-in with var leaks
for (var leaked in { only: 1 });
console.log(leaked);

// for-in over function's properties
function fn() {}
fn.custom = 1;
const v7 = [];
for (const k in fn) v7.push(k);
console.log(v7);
