// A top-level await whose promise rejects: an uncaught error (exit code 1), and a timer queued
// before it never runs.
console.log('before');
setTimeout(() => console.log('never printed'), 10);
const v = await Promise.resolve('awaited');
console.log(v);
await Promise.reject(new RangeError('rejected at the top level'));
console.log('never printed either');
