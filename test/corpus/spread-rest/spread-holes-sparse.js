const sparse = [1, , 3];
sparse[6] = 7;
console.log(sparse.length);
console.log(sparse);
const dense = [...sparse];
console.log(dense);
console.log(Object.keys(sparse), Object.keys(dense));

// forEach skips holes, spread+forEach doesn't
let visited = 0;
sparse.forEach(() => visited++);
let visited2 = 0;
[...sparse].forEach(() => visited2++);
console.log(visited, visited2);

// Array(n) spread
console.log([...Array(3)]);
console.log([...Array(3)].map((_, i) => i * i));
console.log(Array(3).map((_, i) => i));

// spread of array with inherited index from prototype
Array.prototype[1] = 'from proto';
const withHole = [0, , 2];
console.log([...withHole]);
delete Array.prototype[1];
console.log([...withHole]);

// concat vs spread with holes
console.log([].concat([1, , 2]), [...[1, , 2]]);

// Function call with holey spread
function count() { return arguments.length + ':' + [...arguments].map(String).join(','); }
console.log(count(...[, , 'x']));

// object spread of sparse array
console.log({ ...[1, , 3] });
