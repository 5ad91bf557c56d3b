// Functions print as [Function: name] / [Function (anonymous)], with their own enumerable
// properties in braces. Errors without a stack print as node prints them: "[Error: msg]"
// (the stack is deleted so that node's output does not depend on file paths).
function named() {}
const anon = [function () {}, () => {}][0];
console.log(named, anon, [() => {}][0]);
console.log([named, function inner() {}]);
console.log({ named, method() {}, arrow: () => 1 });
function withProps() {}
withProps.count = 3;
withProps.list = [1, 2];
console.log(withProps);
console.log({ wrapped: withProps });
const lone = function () {};
lone.flag = true;
console.log([lone][0], lone.name);
function Ctor() {}
Ctor.prototype.greet = function () {};
Ctor.staticValue = { nested: { deep: { deeper: 1 } } };
console.log(Ctor);
console.log(Math.max, [Math.min, parseInt]);
function noStack(e) { delete e.stack; return e; }
const plain = noStack(new Error("plain message"));
console.log(plain);
console.log([plain], { err: plain });
console.log(noStack(new TypeError("bad type")), noStack(new RangeError("out of range")));
console.log(noStack(new ReferenceError("x is not defined")), noStack(new SyntaxError("bad syntax")));
console.log(noStack(new EvalError("e")), noStack(new URIError("u")));
console.log(noStack(new Error("")), noStack(new Error()));
const extra = noStack(new Error("with properties"));
extra.code = "E_CODE";
extra.details = { path: "/tmp", attempts: [1, 2] };
console.log(extra);
console.log({ wrapped: extra });
const renamed = noStack(new Error("renamed"));
renamed.name = "CustomError";
console.log(renamed);
const odd = noStack(new Error("odd name"));
odd.name = "Oops";
console.log(odd, [odd]);
const multi = noStack(new Error("first line\nsecond line"));
console.log(multi);
console.log({ multi });
console.log({ level1: { level2: { err: multi } } });
try {
  null.property;
} catch (e) {
  console.log(noStack(e));
}
try {
  undefinedFunction();
} catch (e) {
  console.log([noStack(e)]);
}
const thrown = [];
for (const make of [() => { throw new TypeError("in loop"); }, () => { throw new RangeError("again"); }]) {
  try { make(); } catch (e) { thrown.push(noStack(e)); }
}
console.log(thrown);
console.log(String(plain), plain.message, plain.name);
console.error(noStack(new Error("to stderr")));
console.warn({ warning: noStack(new TypeError("typed")) });
