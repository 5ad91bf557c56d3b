// Functions print as [Function: name] or [Function (anonymous)]; names are inferred from bindings.
function declared() {}
const expr = function () {};
const namedExpr = function inner() {};
const arrow = () => {};
let assignedLater;
assignedLater = () => 1;
console.log(declared);
console.log(expr);
console.log(namedExpr);
console.log(arrow);
console.log(assignedLater);
console.log(function () {});
console.log(() => {});
console.log((function () { return function () {}; })());
console.log([function () {}, () => {}]);
console.log({ method() {}, prop: function () {}, arrowProp: () => {}, named: function real() {} });
const obj = {};
obj.later = function () {};
obj["bracket"] = () => {};
console.log(obj);
const list = [];
list.push(function () {});
list[1] = () => 2;
console.log(list);
function Ctor() {}
Ctor.prototype.method = function () {};
console.log(Ctor, Ctor.prototype.method);
console.log({ nested: { deeper: { fn: declared } } });
console.log({ nested: { deeper: { evenDeeper: { fn: declared } } } });
console.log([declared, declared, declared]);
console.log(Math.max, console.log, parseInt, String);
const withProps = function tagged() {};
withProps.version = 2;
console.log(withProps);
const computedKey = "dyn";
const dyn = { [computedKey]: function () {}, [computedKey + "Arrow"]: () => {} };
console.log(dyn);
console.log(typeof declared, String(typeof arrow));
const made = (function factory() {
  return function produced() {};
})();
console.log(made);
const defaults = function (cb = function () {}) {
  return cb;
};
console.log(defaults());
