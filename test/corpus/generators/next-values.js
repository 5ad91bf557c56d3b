function* conversation() {
  const name = yield 'What is your name?';
  const age = yield `Hello ${name}, how old are you?`;
  return `${name} is ${age}`;
}
const c = conversation();
console.log(c.next('ignored first').value);
console.log(c.next('Ann').value);
console.log(c.next(30));
console.log(c.next('after'));

// accumulator
function* accumulate() {
  let total = 0;
  while (true) {
    const v = yield total;
    if (v === undefined) return total;
    total += v;
  }
}
const acc = accumulate();
acc.next();
acc.next(5);
acc.next(10);
console.log(acc.next(2).value);
console.log(acc.next());

// yield is an expression with low precedence
function* precedence() {
  const a = yield 1 + 1;
  const b = (yield 'x') + (yield 'y');
  console.log('a=', a, 'b=', b);
}
const p = precedence();
console.log(p.next().value);
console.log(p.next('A').value);
console.log(p.next(3).value);
p.next(4);

// yield in arguments / arrays / objects
function* inExpr() {
  const arr = [yield 'e1', yield 'e2'];
  const obj = { k: yield 'e3' };
  return [arr, obj];
}
const ie = inExpr();
ie.next();
ie.next('v1');
ie.next('v2');
console.log(ie.next('v3').value);

// yield in call arguments, left to right
function f(...args) { return args.join('+'); }
function* callArgs() {
  return f(yield 'a', yield 'b', 'c');
}
const ca = callArgs();
console.log(ca.next().value, ca.next(1).value, ca.next(2).value);

// yield inside template literal and conditional
function* tpl() {
  const flag = yield 'flag?';
  return `result: ${flag ? yield 'yes-branch' : 'no'}`;
}
const t1 = tpl();
t1.next();
console.log(t1.next(false).value);
const t2 = tpl();
t2.next();
console.log(t2.next(true).value, t2.next('Y').value);
