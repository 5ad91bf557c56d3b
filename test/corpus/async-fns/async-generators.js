async function* counter(limit) {
  try {
    for (let i = 1; i <= limit; i++) {
      await null;
      const cmd = yield i;
      if (cmd === 'reset') i = 0;
    }
    return 'counter done';
  } finally {
    console.log('counter finally');
  }
}

async function main() {
  const g = counter(3);
  console.log(Object.prototype.toString.call(g));
  console.log(await g.next());
  console.log(await g.next());
  console.log(await g.next('reset'));
  console.log(await g.next());
  console.log(await g.next());
  console.log(await g.next());
  console.log(await g.next());
  console.log(await g.next());

  // return() on async generator
  const g2 = counter(10);
  await g2.next();
  console.log(await g2.return('early'));
  console.log(await g2.next());

  // throw() on async generator
  async function* catcher() {
    try {
      yield 'ready';
    } catch (e) {
      yield 'caught ' + e;
    }
  }
  const g3 = catcher();
  await g3.next();
  console.log(await g3.throw('boom'));
  console.log(await g3.next());

  // next() calls queue up without awaiting
  async function* slow() {
    yield 'one';
    yield 'two';
  }
  const g4 = slow();
  const results = await Promise.all([g4.next(), g4.next(), g4.next()]);
  console.log(results);

  // yield* in async generator delegates to async and sync iterables
  async function* delegating() {
    yield* slow();
    yield* ['sync-a', 'sync-b'];
    const r = yield* (async function* () { yield 'inner'; return 'inner-ret'; })();
    yield r;
  }
  const all = [];
  for await (const v of delegating()) all.push(v);
  console.log(all);

  // yielding a rejected promise throws at the yield point
  async function* rejecting() {
    try {
      yield Promise.reject(new Error('yielded rejection'));
    } catch (e) {
      yield 'caught in gen: ' + e.message;
    }
  }
  const g5 = rejecting();
  console.log(await g5.next());

  // error in async gen rejects next()
  async function* failing() {
    yield 1;
    throw new Error('gen failure');
  }
  const g6 = failing();
  await g6.next();
  try {
    await g6.next();
  } catch (e) {
    console.log('next rejected:', e.message);
  }
  console.log(await g6.next());

  console.log(counter);
  console.log(typeof g[Symbol.asyncIterator], g[Symbol.asyncIterator]() === g);
}
main();
