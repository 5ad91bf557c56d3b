// The species of map, filter, slice and subarray: a `constructor` naming another typed array
// kind, intrinsic or derived, makes the result of that kind; between BigInt and Number kinds
// (another content type) the values cannot be converted: TypeError. (V8 makes the array and
// throws as it converts, so an empty result or BigInt values from map still go through.)
const show = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name, e.message); }
};
const of = (C, values, ctor) => { const t = new C(values); t.constructor = ctor; return t; };

// Same content type, another kind.
const f64 = of(Float64Array, [1.5, 2, 300], Int8Array);
show('map', () => f64.map((x) => x * 2));
show('filter', () => f64.filter((x) => x > 1.5));
show('slice', () => f64.slice(1));
show('subarray', () => f64.subarray(1, 2));

// Number to BigInt and back: TypeError for each value that would be converted.
const toBig = of(Float64Array, [1, 2], BigInt64Array);
show('map to BigInt64Array', () => toBig.map((x) => x));
show('filter to BigInt64Array', () => toBig.filter(() => true));
show('slice to BigInt64Array', () => toBig.slice());
show('map giving BigInts', () => toBig.map((x) => BigInt(x)));
show('empty filter', () => toBig.filter(() => false));
show('empty slice', () => toBig.slice(0, 0));
show('subarray view', () => toBig.subarray(0, 1));
const toNumber = of(BigUint64Array, [7n, 8n], Float32Array);
show('map to Float32Array', () => toNumber.map((x) => x));
show('slice to Float32Array', () => toNumber.slice(1));
show('map giving Numbers', () => toNumber.map((x) => Number(x)));

// Derived constructors.
class Big extends BigInt64Array {}
class Small extends Uint8Array {}
show('derived map', () => of(Int16Array, [1, 2], Small).map((x) => x + 1));
show('derived mismatch', () => of(Int16Array, [1, 2], Big).map((x) => x));
show('derived slice mismatch', () => of(BigInt64Array, [3n], Small).slice());
