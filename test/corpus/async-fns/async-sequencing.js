// mutex-like sequencing with a promise chain
let chain = Promise.resolve();
const log = [];
function enqueue(name, steps) {
  chain = chain.then(async () => {
    for (let i = 0; i < steps; i++) {
      await null;
      log.push(`${name}${i}`);
    }
  });
  return chain;
}
enqueue('a', 2);
enqueue('b', 3);
enqueue('c', 1);

// interleaving without sequencing
const free = [];
async function freeRun(name, steps) {
  for (let i = 0; i < steps; i++) {
    await null;
    free.push(`${name}${i}`);
  }
}
freeRun('x', 3);
freeRun('y', 2);

// async reduce in sequence
async function asyncReduce(arr, fn, init) {
  let acc = init;
  for (const x of arr) acc = await fn(acc, x);
  return acc;
}

// retry helper
async function retry(fn, times) {
  let lastErr;
  for (let i = 0; i < times; i++) {
    try {
      return await fn(i);
    } catch (e) {
      lastErr = e;
      log.push('retry ' + i + ' failed: ' + e.message);
    }
  }
  throw lastErr;
}

async function main() {
  await chain;
  console.log(log.splice(0));
  console.log(free);
  console.log(await asyncReduce([1, 2, 3, 4], async (a, b) => a + b, 0));
  console.log(await retry(async (i) => { if (i < 2) throw new Error('attempt ' + i); return 'success on ' + i; }, 5));
  try {
    await retry(async () => { throw new Error('always'); }, 2);
  } catch (e) {
    console.log('gave up:', e.message);
  }
  console.log(log);

  // promise resolution identity
  const p = Promise.resolve(1);
  console.log(Promise.resolve(p) === p, new Promise(r => r(p)) === p);
  async function ret() { return p; }
  console.log(ret() === p);

  // then with non-function args passes through
  console.log(await Promise.resolve('pass').then(null, undefined).then(5));
  console.log(await Promise.reject(new Error('pass-rej')).then(x => x).catch(e => e.message));
  console.log(await Promise.resolve('fin').finally(() => 'ignored'));
}
main();
