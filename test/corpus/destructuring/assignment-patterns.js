let a = 1, b = 2;
[a, b] = [b, a];
console.log(a, b);

let x, y, z;
[x, [y, z]] = [1, [2, 3]];
console.log(x, y, z);

({ x, y = 'dy' } = { x: 'ox' });
console.log(x, y);

// assigning to object members and array elements
const obj = {};
const arr = [];
[obj.first, obj['second'], arr[0], arr[2]] = ['f', 's', 'a0', 'a2'];
console.log(obj, arr);

({ p: obj.p, q: arr[1] } = { p: 'P', q: 'Q' });
console.log(obj, arr);

// rest into member
({ a: obj.a, ...obj.rest } = { a: 1, b: 2, c: 3 });
console.log(obj.a, obj.rest);
[, ...obj.arrRest] = [0, 1, 2];
console.log(obj.arrRest);

// swap array elements
const list = [1, 2, 3, 4];
[list[0], list[3]] = [list[3], list[0]];
console.log(list);

// rotate three
let r1 = 'a', r2 = 'b', r3 = 'c';
[r1, r2, r3] = [r2, r3, r1];
console.log(r1, r2, r3);

// assignment to setter
const target = {
  log: [],
  set v(val) { this.log.push('set ' + val); },
};
[target.v, target.v] = [1, 2];
console.log(target.log);

// chained assignment expression returns rhs
let m, n;
const rhs = [5, 6];
const ret = [m, n] = rhs;
console.log(ret === rhs, m, n);

// assign via computed member with side effects order
const order = [];
const o = {};
function key(k) { order.push('key ' + k); return k; }
function val(v) { order.push('val ' + v); return v; }
[o[key('a')], o[key('b')]] = [val(1), val(2)];
console.log(order, o);

// destructuring in for loop update
const pairs = [];
for (let [i, j] = [0, 10]; i < 3; [i, j] = [i + 1, j - 1]) {
  pairs.push(i + ':' + j);
}
console.log(pairs);
