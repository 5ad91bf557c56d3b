const [a, b, c] = [1, 2, 3];
console.log(a, b, c);

let [x, , z] = [10, 20, 30];
console.log(x, z);

var [p, q] = [1];
console.log(p, q);

const [first, ...rest] = [1, 2, 3, 4];
console.log(first, rest);

const [, , ...tail] = ['a', 'b', 'c', 'd'];
console.log(tail);

const [only, ...emptyRest] = [1];
console.log(only, emptyRest, Array.isArray(emptyRest));

const [[n1, n2], [n3, [n4]]] = [[1, 2], [3, [4]]];
console.log(n1, n2, n3, n4);

// holes in source array read as undefined
const [h1 = 'def', h2, h3 = 'def3'] = [, 2, ,];
console.log(h1, h2, h3);

// more targets than values
const [m1, m2, m3, m4] = 'ab';
console.log(m1, m2, m3, m4);

// empty pattern still iterates
let touched = false;
const [] = { [Symbol.iterator]() { touched = true; return { next() { return { done: true }; } }; } };
console.log(touched);

// rest with holes in source becomes undefined entries
const [, ...restHoles] = [1, , 3, ,];
console.log(restHoles, restHoles.length, 1 in restHoles);

// destructure from array with extra props
const arr = [1, 2];
arr.extra = 'x';
const [e1, e2, e3] = arr;
console.log(e1, e2, e3);

// nested rest
const [, ...[r1, r2]] = [0, 1, 2, 3];
console.log(r1, r2);

// null as value triggers no default, undefined does
const [d1 = 'A', d2 = 'B'] = [null, undefined];
console.log(d1, d2);
