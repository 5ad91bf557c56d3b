// expect: compile error "unsupported: eval" at line 3 (direct eval cannot be compiled ahead of time; node prints 2).
const before = "eval follows";
const result = eval("1+1");
console.log(before, result);
