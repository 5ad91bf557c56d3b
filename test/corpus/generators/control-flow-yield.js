// yield inside nested loops
function* grid(w, h) {
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (x === y) continue;
      yield `${x},${y}`;
    }
  }
}
console.log([...grid(3, 2)]);

// yield inside labeled loops with break
function* search(matrix, target) {
  outer: for (const row of matrix) {
    for (const v of row) {
      yield v;
      if (v === target) break outer;
    }
  }
  yield 'end';
}
console.log([...search([[1, 2], [3, 4], [5]], 3)]);

// yield inside switch
function* states() {
  for (const s of ['a', 'b', 'c', 'd']) {
    switch (s) {
      case 'a':
        yield 'A';
      // fall through
      case 'b':
        yield 'B-or-fallthrough';
        break;
      case 'c': {
        const local = yield 'C';
        yield 'c got ' + local;
        break;
      }
      default:
        yield 'default ' + s;
    }
  }
}
const st = states();
const out = [];
let r = st.next();
while (!r.done) {
  out.push(r.value);
  r = st.next(r.value === 'C' ? 'sent' : undefined);
}
console.log(out);

// yield inside try/catch/finally order
function* tcf() {
  try {
    yield 'try';
    throw new Error('e');
  } catch (e) {
    yield 'catch ' + e.message;
  } finally {
    yield 'finally';
  }
  yield 'after';
}
console.log([...tcf()]);

// yield in while with complex condition
function* countdown(n) {
  while (n > 0 && (yield n) !== 'stop') n--;
  return 'finished at ' + n;
}
const cd = countdown(5);
console.log(cd.next().value, cd.next().value, cd.next('stop'));

// yield in do-while and for-in
function* keysOf(obj) {
  for (const k in obj) yield k;
  let i = 0;
  do { yield 'do' + i; } while (++i < 2);
}
console.log([...keysOf({ p: 1, q: 2 })]);

// yield in ternary and logical
function* logic() {
  const a = (yield 'q1') || 'default';
  const b = (yield 'q2') ?? 'nullish';
  yield [a, b];
}
const lg = logic();
lg.next(); lg.next(0);
console.log(lg.next(null).value);
