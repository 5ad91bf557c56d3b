// expect: compile error "unsupported: new Function" at line 3 (runtime code generation; node prints 1).
const label = "dynamic function";
const f = new Function("return 1");
console.log(label, f());
