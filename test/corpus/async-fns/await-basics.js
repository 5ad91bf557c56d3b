async function values() {
  const a = await 1;
  const b = await Promise.resolve(2);
  const c = await { then(res) { res(3); } };
  const d = await undefined;
  return [a, b, c, d];
}

async function main() {
  console.log(await values());

  // async function always returns a promise
  async function plain() { return 'v'; }
  const p = plain();
  console.log(p instanceof Promise, Object.prototype.toString.call(p));
  console.log(await p);

  // returning a promise adopts it
  async function returnsPromise() { return Promise.resolve('adopted'); }
  console.log(await returnsPromise());

  // await non-thenable object
  const obj = { then: 'not a function' };
  console.log(await obj === obj);

  // thenable that calls resolve with another thenable
  const nested = { then(r) { r({ then(r2) { r2('deep'); } }); } };
  console.log(await nested);

  // thenable that rejects
  try {
    await { then(_, rej) { rej(new Error('thenable rejected')); } };
  } catch (e) {
    console.log('caught', e.message);
  }

  // thenable that throws synchronously
  try {
    await { then() { throw new TypeError('then threw'); } };
  } catch (e) {
    console.log('caught', e.constructor.name, e.message);
  }

  // thenable calling resolve twice: first wins
  console.log(await { then(r) { r('first'); r('second'); } });

  // await in expressions
  const sum = (await 1) + (await 2) * (await 3);
  console.log(sum);
  const arr = [await 'a', await 'b'];
  console.log(arr);
  const o = { k: await 'v' };
  console.log(o);
  console.log(`${await 'tpl'}!`);

  // await in conditions and loops
  let i = 0;
  while ((await i) < 3) i++;
  console.log(i);
  if (await false) console.log('no'); else console.log('else branch');
}

main().then(() => console.log('main done'));
console.log('sync end');
