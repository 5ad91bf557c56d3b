// console.log of dates: ISO form, Invalid Date, nested, with own properties, and null prototype.
console.log(new Date(0));
console.log(new Date(NaN));
console.log([new Date(1795514400000), new Date(-62198755200000)], { created: new Date(253402300800000) });
const d = new Date(1e12); d.note = 'x';
console.log(d);
console.log({ a: { b: { c: new Date(0) } } }, { a: { b: { c: { d: new Date(0) } } } });
console.log(Object.setPrototypeOf(new Date(0), null));
console.log(new Map([[new Date(0), new Date(1)]]), new Set([new Date(2)]));
console.log('%s', new Date(0));
console.log(String([new Date(0)]).length, `${[new Date(1), new Date(2)]}`.split(',').length);
