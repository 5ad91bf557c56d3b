console.log(typeof globalThis, globalThis === globalThis.globalThis);
console.log(typeof undeclaredThing, typeof undeclaredThing === 'undefined');
try {
  undeclaredThing;
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

// TDZ: typeof on let before declaration throws
try {
  typeof laterLet;
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
let laterLet = 1;

// var at function scope vs global property
globalThis.myGlobal = 'set on globalThis';
console.log(myGlobal, typeof myGlobal);
myGlobal = 'reassigned';
console.log(globalThis.myGlobal);
delete globalThis.myGlobal;
console.log(typeof myGlobal);

// sloppy implicit global
function makeImplicit() { implicitGlobal = 'implicit'; }
makeImplicit();
console.log(globalThis.implicitGlobal, Object.getOwnPropertyDescriptor(globalThis, 'implicitGlobal').configurable);

// builtins live on globalThis
console.log(globalThis.Array === Array, globalThis.Math === Math, typeof globalThis.console);
console.log('undefined' in globalThis, globalThis.undefined, typeof globalThis.NaN);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'undefined').writable);

// typeof everything
const values = [undefined, null, true, 1, 1n, 'str', Symbol('s'), {}, [], () => {}, class {}, function* () {}, async () => {}, new Map(), Math, JSON];
console.log(values.map(v => typeof v));
console.log(typeof typeof 1, typeof NaN, typeof Infinity, typeof Object(1), typeof new String(''));

// typeof with parentheses and member access on undeclared
console.log(typeof (undeclaredA), typeof globalThis.undeclaredB);
try {
  typeof undeclaredC.prop;
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

// shadowing global names
{
  const Array = 'shadowed';
  console.log(typeof Array, typeof globalThis.Array);
}
function shadowUndefined() {
  const undefined = 'not undefined';
  return typeof undefined;
}
console.log(shadowUndefined());
