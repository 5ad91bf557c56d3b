const m = new Map([['a', 1], ['b', 2]]);
const m2 = new Map([...m, ['c', 3]]);
console.log(m2);
console.log(new Map([...m].map(([k, v]) => [k, v * 10])));
console.log(new Map([...m].filter(([k]) => k !== 'a')));
console.log(Object.fromEntries([...m2]));

const s1 = new Set([1, 2, 3]);
const s2 = new Set([2, 3, 4]);
const union = new Set([...s1, ...s2]);
const inter = new Set([...s1].filter(x => s2.has(x)));
const diff = new Set([...s1].filter(x => !s2.has(x)));
console.log(union, inter, diff);
console.log([...union].length);

// spread in array literal from map entries, values, keys
console.log([...m.entries()], [...m.values()], [...m.keys()]);

// Set from string spread, sorted
console.log([...new Set([...'banana'])].sort());

// Map keys of varied types
const weird = new Map([[NaN, 'nan'], [0, 'zero'], [-0, 'negzero'], ['0', 'str']]);
console.log([...weird]);
console.log(weird.get(NaN), weird.size);

// nested spread
console.log([...[...[...'ab']]]);

// Array.of with spread
console.log(Array.of(...[7, 8, 9]));

// spreading into Math functions
console.log(Math.hypot(...[3, 4]));
console.log(String.fromCharCode(...[72, 105]));
console.log(Array.prototype.concat.call([], ...[[1], [2]]));
