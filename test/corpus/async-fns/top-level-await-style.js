// Wrapping main in an async IIFE with error handling; process exits 0 after microtasks
(async () => {
  const results = [];
  for (let i = 0; i < 3; i++) {
    results.push(await new Promise(resolve => setTimeout(() => resolve(i * i), (3 - i) * 5)));
  }
  console.log(results);

  // await inside nested closures
  const fns = [1, 2].map(n => async () => (await n) * 100);
  for (const f of fns) console.log(await f());

  // awaiting a promise that resolves to undefined and to null
  console.log(await new Promise(r => r()), await Promise.resolve(null));

  // async function that never awaits runs synchronously until return
  const order = [];
  async function syncish() { order.push('inside'); return 'r'; }
  const p = syncish();
  order.push('after call');
  await p;
  order.push('after await');
  console.log(order);

  // deeply chained awaits
  async function depth(n) { return n === 0 ? 'bottom' : depth(n - 1); }
  console.log(await depth(50));

  // console.log of promises in various states
  const pending = new Promise(() => {});
  const resolved = Promise.resolve({ a: 1 });
  const rejected = Promise.reject(new Error('shown'));
  rejected.catch(() => {});
  console.log(pending);
  console.log(resolved);
  console.log(Promise.resolve('str'));
  console.log(Promise.resolve([1, 2]));
})().catch(e => {
  console.log('failed', e);
});
