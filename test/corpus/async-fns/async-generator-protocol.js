// Async generator request queue, return/throw in every state, and for-await closing.
const log = [];
const tick = (label) => Promise.resolve().then(() => log.push(label));

async function* steps() {
  try {
    log.push('start');
    const a = yield 1;
    log.push('got ' + a);
    await tick('inside await');
    const b = yield 2;
    log.push('got ' + b);
  } finally {
    log.push('cleanup');
    yield 'from finally';
    log.push('after finally yield');
  }
}

async function main() {
  // return() before the first next(): the body never runs
  const g0 = steps();
  console.log(await g0.return('early'), await g0.next());

  // throw() before start rejects and completes
  const g1 = steps();
  try { await g1.throw(new Error('pre-start')); } catch (e) { console.log('rejected:', e.message); }
  console.log(await g1.next());

  // queued requests are served in order while the body awaits
  const g2 = steps();
  const ps = [g2.next('x'), g2.next('y'), g2.next('z'), g2.return('r'), g2.next()];
  for (const r of await Promise.all(ps)) console.log(r);
  console.log(log.join(' | '));
  log.length = 0;

  // return() while suspended at a yield runs finally, which may yield
  const g3 = steps();
  await g3.next();
  console.log(await g3.return(Promise.resolve('awaited return')));
  console.log(await g3.next());
  console.log(await g3.next());

  // return() with a rejected promise throws into the generator at the yield
  async function* guard() {
    try { yield 1; } catch (e) { console.log('guard caught', e); yield 'recovered'; }
  }
  const g4 = guard();
  await g4.next();
  console.log(await g4.return(Promise.reject('bad return')));

  // for await: break closes the iterator and awaits its return
  async function* numbers() {
    try { for (let i = 0; ; i++) yield i; } finally { await null; console.log('numbers closed'); }
  }
  for await (const n of numbers()) { if (n === 2) break; console.log('n', n); }

  // for await over a custom async iterator whose return is async
  const custom = {
    [Symbol.asyncIterator]() {
      let i = 0;
      return {
        next: async () => ({ value: i++, done: i > 5 }),
        return: async () => { console.log('custom return'); return { done: true }; },
      };
    },
  };
  for await (const v of custom) { if (v === 1) break; }
  try {
    for await (const v of custom) { throw new Error('body threw ' + v); }
  } catch (e) { console.log(e.message); }

  // yield* forwards throw() and return() to an async inner generator
  async function* inner() {
    try { yield 'a'; yield 'b'; } catch (e) { yield 'inner caught ' + e; } finally { console.log('inner finally'); }
  }
  async function* outer() { const r = yield* inner(); console.log('inner result', r); }
  const g5 = outer();
  console.log(await g5.next(), await g5.throw('T'), await g5.next());
  const g6 = outer();
  await g6.next();
  console.log(await g6.return('R'), await g6.next());

  // yield* over a sync iterable of promises awaits each value
  async function* fromSync() { yield* [Promise.resolve('p1'), 'plain', Promise.resolve('p2')]; }
  const got = [];
  for await (const v of fromSync()) got.push(v);
  console.log(got);

  // errors
  try { for await (const v of 42) {} } catch (e) { console.log(e.constructor.name, e.message); }
  try { await steps().next.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
  const AsyncGeneratorFunction = Object.getPrototypeOf(steps).constructor;
  console.log(AsyncGeneratorFunction.name, steps, steps.prototype, Object.getPrototypeOf(steps.prototype)[Symbol.toStringTag]);
  async function af() {}
  console.log(af, Object.getPrototypeOf(af).constructor.name, Object.getPrototypeOf(af)[Symbol.toStringTag], af.prototype);
}
main().then(() => console.log('done'));
