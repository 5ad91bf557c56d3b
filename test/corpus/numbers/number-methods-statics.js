// Number's constants and predicates, Number(), and the global numeric functions.
console.log(Number.EPSILON, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_VALUE,
  Number.MIN_VALUE, Number.NaN, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
console.log(1 + Number.EPSILON > 1, 1 + Number.EPSILON / 2 > 1, Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_VALUE / 2, Number.MAX_VALUE * 2);
console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat, Number.isNaN === isNaN,
  Number.isFinite === isFinite);
const things = [0, -0, 1, -1.5, 2 ** 53 - 1, 2 ** 53, -(2 ** 53 - 1), 1e300, 5e-324, NaN, Infinity,
  -Infinity, "5", "", "abc", null, undefined, true, [], [3], {}];
function quoted(s) {
  return '"' + s + '"';
}
function names(x) {
  if (typeof x === "string") return quoted(x);
  return typeof x === "object" && x !== null ? "[" + String(x) + "]" : String(x);
}
for (let i = 0; i < things.length; i++) {
  const x = things[i];
  console.log(names(x), "isNaN", Number.isNaN(x), isNaN(x), "isFinite", Number.isFinite(x), isFinite(x),
    "isInteger", Number.isInteger(x), "isSafeInteger", Number.isSafeInteger(x), "Number", Number(x));
}
const strings = ["42", "  42  ", "-0", "+5", "0x1f", "0X1F", "0b101", "0o17", "0B2", "1e3", "1E-3", ".5", "5.",
  "-.5e-3", "Infinity", "-Infinity", "infinity", "NaN", "12abc", "1_000", "0x", "1e", "\t\n 7 \r",
  "\u00a0\ufeff8", "9007199254740993", "123456789012345678901234567890", "0.1e-400", "1e400", "-0x10",
  "08", "3.14.15", "- 5", ""];
for (let i = 0; i < strings.length; i++) {
  const s = strings[i];
  console.log(quoted(s), Number(s), parseFloat(s), parseInt(s), parseInt(s, 16), parseInt(s, 2), parseInt(s, 36));
}
console.log(Number(), Number(undefined), Number(null), Number(true), Number([]), Number(["7"]), Number([1, 2]),
  Number({}), Number(new Number(3)), Number("  \n"));
console.log(parseInt("  0x1A"), parseInt("0x1A", 10), parseInt("0x1A", 16), parseInt("z", 37), parseInt("10", 1),
  parseInt("10", 0), parseInt("10", 4294967312), parseInt("-17px"), parseInt("1e21"), parseInt(1e21),
  parseInt(0.0000005), parseInt(null, 36), parseInt("Infinity"), parseInt("", 10));
console.log(parseFloat("3.14abc"), parseFloat("  -.5"), parseFloat("1e-7x"), parseFloat("Infinityx"),
  parseFloat("+Infinity"), parseFloat("0x10"), parseFloat("1e"), parseFloat("-0"), parseFloat([" 2.5 "]),
  parseFloat(".e1"), parseFloat("1.7976931348623159e308"));
const radixTable = [];
for (let r = 2; r <= 36; r += 1) radixTable.push(parseInt("zz", r));
console.log(radixTable.join(","));
console.log(isNaN("x"), isNaN("12"), isNaN(undefined), isNaN(null), isFinite("1e308"), isFinite("1e309"),
  isFinite(null), isFinite(undefined), isNaN(), isFinite());
console.log(parseInt.length, parseFloat.length, isNaN.length, isFinite.length, Number.length, Number.name,
  Number.isInteger.length, typeof Number.isSafeInteger);
