// switch: order of case-expression evaluation, block-scoped cases, break/continue inside loops.
let calls = [];
function val(x) {
  calls.push(x);
  return x;
}
switch (val(3)) {
  case val(1):
  case val(2):
    console.log("no");
    break;
  case val(3):
    console.log("matched 3");
  case val(4):
    console.log("fell into 4");
}
console.log(calls);
function scoped(x) {
  switch (x) {
    case "a": {
      const msg = "block a";
      return msg;
    }
    case "b": {
      const msg = "block b";
      return msg;
    }
  }
  return "no match, no default";
}
console.log(scoped("a"), scoped("b"), scoped("c"));
let loops = "";
for (let i = 0; i < 5; i++) {
  switch (i % 3) {
    case 0:
      continue;
    case 1:
      loops += "one";
      break;
  }
  loops += i;
}
console.log(loops);
function classify(ch) {
  let kind = "other";
  switch (true) {
    case ch >= "0" && ch <= "9":
      kind = "digit";
      break;
    case ch >= "a" && ch <= "z":
    case ch >= "A" && ch <= "Z":
      kind = "letter";
      break;
    case ch === " ":
      kind = "space";
  }
  return kind;
}
console.log("a1 Z?".split("").map(classify));
let evaluated = 0;
switch (evaluated++) {
  default:
    console.log("default first, evaluated", evaluated);
  case 5:
    console.log("fell through to case 5");
}
