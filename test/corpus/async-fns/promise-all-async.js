const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));

async function task(name, ms) {
  console.log('start', name);
  await sleep(ms);
  console.log('end', name);
  return name.toUpperCase();
}

async function main() {
  // Promise.all preserves order regardless of completion order
  const results = await Promise.all([task('slow', 30), task('fast', 5), task('mid', 15)]);
  console.log(results);

  // Promise.all rejects with first rejection (by time)
  try {
    await Promise.all([
      sleep(20).then(() => { throw new Error('late failure'); }),
      sleep(5).then(() => { throw new Error('early failure'); }),
      sleep(1, 'ok'),
    ]);
  } catch (e) {
    console.log('all rejected:', e.message);
  }

  // Promise.race / any
  console.log('race:', await Promise.race([sleep(20, 'twenty'), sleep(10, 'ten')]));
  console.log('any:', await Promise.any([Promise.reject(new Error('x')), sleep(5, 'any-ok')]));
  try {
    await Promise.any([Promise.reject(new Error('a')), Promise.reject(new Error('b'))]);
  } catch (e) {
    console.log(e.constructor.name, e.message, e.errors.map(x => x.message));
  }

  // empty inputs
  console.log(await Promise.all([]), await Promise.allSettled([]));

  // non-promise values
  console.log(await Promise.all([1, 'two', { three: 3 }]));

  // sequential vs parallel ordering
  const order = [];
  for (const ms of [15, 5, 10]) {
    order.push(await sleep(ms, 'seq' + ms));
  }
  console.log(order);

  const par = [];
  await Promise.all([15, 5, 10].map(async ms => { par.push(await sleep(ms, 'par' + ms)); }));
  console.log(par);

  // allSettled output shape
  const settled = await Promise.allSettled([sleep(1, 'v'), Promise.reject('r')]);
  console.log(settled);
}
main();
