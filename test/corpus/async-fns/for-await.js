function delayed(v, ms) {
  return new Promise(r => setTimeout(() => r(v), ms));
}

async function* agen() {
  yield 'a';
  yield await delayed('b', 5);
  yield delayed('c', 1); // yielded promises are awaited in async generators
}

async function main() {
  // for await over array of promises (and plain values)
  const arr = [delayed(1, 20), 2, Promise.resolve(3), delayed(4, 5)];
  for await (const v of arr) console.log('array item', v);

  // for await over async generator
  for await (const v of agen()) console.log('agen item', v);

  // for await over sync generator of promises
  function* syncGen() {
    yield Promise.resolve('s1');
    yield 's2';
  }
  for await (const v of syncGen()) console.log('sync gen item', v);

  // custom async iterable
  const asyncIterable = {
    [Symbol.asyncIterator]() {
      let i = 0;
      return {
        next() {
          i++;
          return Promise.resolve(i <= 3 ? { value: i * 100, done: false } : { value: undefined, done: true });
        },
        return() {
          console.log('custom return called');
          return Promise.resolve({ done: true });
        },
      };
    },
  };
  for await (const v of asyncIterable) console.log('custom', v);
  for await (const v of asyncIterable) {
    console.log('custom break at', v);
    break;
  }

  // rejection inside for await over array
  try {
    for await (const v of [Promise.resolve('ok'), Promise.reject(new Error('bad element'))]) {
      console.log('got', v);
    }
  } catch (e) {
    console.log('caught', e.message);
  }

  // for await with destructuring
  async function* pairs() {
    yield ['x', 1];
    yield ['y', 2];
  }
  for await (const [k, v] of pairs()) console.log(k, v);

  // for await over strings
  const chars = [];
  for await (const c of 'hey') chars.push(c);
  console.log(chars);
}

main().then(() => console.log('done'));
