// console.log of typed arrays: grouping into columns, long arrays, nesting, extra properties.
console.log(new Uint8Array([1, 2, 3]));
console.log(new Int16Array(7).map((x, i) => i * 1000 - 3000));
console.log(new Float32Array([0.1, 0.2, 0.3, 1 / 3, -0, NaN, Infinity, 1e-7]));
console.log(new Float64Array(27).map((x, i) => i * 1.5));
console.log(new Uint32Array(150).map((x, i) => i * 31));
console.log(new Uint8Array(101));
console.log(new Uint8ClampedArray(0), new Int8Array(1));
const withProps = new Uint16Array([1, 2]);
withProps.label = 'two';
console.log(withProps);
console.log({ a: { b: { c: new Uint8Array(2) } } }, [[[new Int8Array(1)]]]);
console.log([new Uint8Array([1]), new Float64Array([0.5])]);
console.log(new Int32Array(30).fill(-123456));
console.log('%s|%o', new Uint8Array([1]), new Uint8Array([2]));
function Bytes() {}
Object.setPrototypeOf(Bytes.prototype, Uint8Array.prototype);
const fake = new Uint8Array([1, 2]);
Object.setPrototypeOf(fake, Bytes.prototype);
console.log(fake, Object.setPrototypeOf(new Uint8Array(1), null));
console.log('%o', new Int16Array([1, -1]));
console.dir(new Float32Array(0), { showHidden: true });
