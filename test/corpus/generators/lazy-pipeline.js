const trace = [];

function* source(items) {
  for (const item of items) {
    trace.push('src ' + item);
    yield item;
  }
}
function* mapG(it, f) {
  for (const x of it) {
    trace.push('map ' + x);
    yield f(x);
  }
}
function* filterG(it, p) {
  for (const x of it) {
    trace.push('filter ' + x);
    if (p(x)) yield x;
  }
}
function* takeG(it, n) {
  let i = 0;
  if (n <= 0) return;
  for (const x of it) {
    yield x;
    if (++i >= n) return;
  }
}

const pipeline = takeG(filterG(mapG(source([1, 2, 3, 4, 5, 6, 7, 8]), x => x * 3), x => x % 2 === 0), 2);
console.log(trace.length);
console.log([...pipeline]);
console.log(trace);

// chunking
function* chunk(it, size) {
  let buf = [];
  for (const x of it) {
    buf.push(x);
    if (buf.length === size) {
      yield buf;
      buf = [];
    }
  }
  if (buf.length) yield buf;
}
console.log([...chunk('abcdefg', 3)]);

// windowed pairs
function* pairwise(it) {
  let prev, first = true;
  for (const x of it) {
    if (!first) yield [prev, x];
    prev = x;
    first = false;
  }
}
console.log([...pairwise([1, 2, 3, 4])]);

// enumerate & reduce
function* enumerate(it, start = 0) {
  let i = start;
  for (const x of it) yield [i++, x];
}
console.log([...enumerate(['x', 'y'], 1)]);
function reduce(it, f, init) {
  let acc = init;
  for (const x of it) acc = f(acc, x);
  return acc;
}
console.log(reduce(source([1, 2, 3]), (a, b) => a + b, 0));

// range generator with step and negative direction
function* range(start, end, step = start < end ? 1 : -1) {
  for (let i = start; step > 0 ? i < end : i > end; i += step) yield i;
}
console.log([...range(0, 5)], [...range(5, 0)], [...range(0, 10, 4)], [...range(0, 0)]);

// unique & flatMap
function* unique(it) {
  const seen = new Set();
  for (const x of it) if (!seen.has(x)) { seen.add(x); yield x; }
}
function* flatMapG(it, f) { for (const x of it) yield* f(x); }
console.log([...unique(flatMapG(['ab', 'bc', 'cd'], s => s))]);
