async function fails() {
  await null;
  console.log('about to throw');
  throw new Error('unhandled async failure');
}

console.log('before');
fails();
console.log('after call (sync)');
Promise.resolve().then(() => console.log('microtask still runs'));
