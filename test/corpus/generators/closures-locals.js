function* counterGen() {
  let count = 0;
  const inc = () => ++count;
  const get = () => count;
  while (true) {
    const cmd = yield { inc, get };
    if (cmd === 'stop') return count;
  }
}
const g = counterGen();
const { inc, get } = g.next().value;
inc();
inc();
console.log(get());
inc();
console.log(g.next().value.get());
console.log(g.next('stop'));
inc();
console.log(get());

// closures created per iteration capture per-iteration let
function* makeFns() {
  for (let i = 0; i < 3; i++) yield () => i;
}
console.log([...makeFns()].map(f => f()));

// generator captures outer variable; outer mutation visible on resume
let external = 'initial';
function* readsExternal() {
  yield external;
  yield external;
}
const re = readsExternal();
console.log(re.next().value);
external = 'changed';
console.log(re.next().value);

// generator factory closure
function makeIdGen(prefix) {
  let id = 0;
  return function* () {
    while (true) yield `${prefix}-${++id}`;
  };
}
const ids = makeIdGen('user');
const a = ids(), b = ids();
console.log(a.next().value, a.next().value, b.next().value, a.next().value);

// arguments and this inside generators
function* argsGen() {
  yield arguments.length;
  yield arguments[1];
  yield this && this.tag;
}
console.log([...argsGen.call({ tag: 'T' }, 'x', 'y')]);

// locals preserved across many yields
function* running() {
  let sum = 0, product = 1;
  for (let i = 1; i <= 5; i++) {
    sum += i;
    product *= i;
    yield `${i}: sum=${sum} product=${product}`;
  }
}
for (const line of running()) console.log(line);

// generator used as a coroutine-like state machine
function* trafficLight() {
  while (true) {
    yield 'green';
    yield 'yellow';
    yield 'red';
  }
}
const light = trafficLight();
console.log(Array.from({ length: 5 }, () => light.next().value));
