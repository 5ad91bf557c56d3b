// Number(), unary plus and implicit ToNumber on all kinds of primitive input.
const inputs = ["", " ", " 12 ", "\t\n42\n", "0x1f", "0X1F", "0b101", "0o17", "1e3",
  "-1e-3", "abc", "12abc", "1,000", "Infinity", "-Infinity", "+Infinity", "infinity",
  ".5", "5.", "+5", "-5", "--5", "0x", "0b2", "-0x10", "007", "1e1000", "  -0  "];
for (let i = 0; i < inputs.length; i++) {
  console.log("Number('" + inputs[i] + "') ->", Number(inputs[i]));
}
console.log("null:", Number(null), "undefined:", Number(undefined));
console.log("true:", Number(true), "false:", Number(false));
console.log("[]:", Number([]), "[7]:", Number([7]), "['8']:", Number(["8"]));
console.log("[1,2]:", Number([1, 2]), "[[]]:", Number([[]]), "{}:", Number({}));
console.log("[null]:", Number([null]), "[undefined]:", Number([undefined]));
console.log("no args:", Number());
console.log(+"", +"3", +true, +null, +undefined, +[], +"  9  ", +"1e2");
console.log("5" * "2", "10" / "4", "7" - 2, "3" * null, "3" * undefined);
console.log(true + true, true * 10, false - 1, null + 1, undefined + 1);
console.log("6" - "", " 6 " * 1, "0x10" * 1, "1e-2" * 100);
console.log(-"5", -"", -"abc", -null, -true, -[]);
console.log(Number("12") === 12, Number("12px") === 12);
let total = 0;
const raw = ["10", "20.5", "", "x", "3e1", " 4 "];
for (let i = 0; i < raw.length; i++) {
  const n = Number(raw[i]);
  if (isNaN(n)) {
    console.log("skip", raw[i]);
  } else {
    total += n;
  }
}
console.log("total", total);
