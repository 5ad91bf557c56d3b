// For test/component.test.ts: grows the heap well past its snapshot size with live objects.
const keep = [];
for (let i = 0; i < 200000; i++) keep.push({ a: i, b: 'x' + (i % 10) });
console.log('kept', keep.length, keep[199999].a);
