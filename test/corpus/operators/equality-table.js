// == vs === across every primitive type pair (plus a few arrays/objects).
const values = [undefined, null, true, false, 0, -0, 1, NaN, "", "0", "1", "true", " ", "abc", [], [0], {}];
const labels = ["undef", "null", "true", "false", "0", "-0", "1", "NaN", "''", "'0'", "'1'",
  "'true'", "' '", "'abc'", "[]", "[0]", "{}"];
let header = "       ";
for (let j = 0; j < labels.length; j++) {
  header += labels[j].slice(0, 3).padStart(4);
}
console.log("loose ==");
console.log(header);
for (let i = 0; i < values.length; i++) {
  let row = labels[i].padEnd(7);
  for (let j = 0; j < values.length; j++) {
    row += (values[i] == values[j] ? "T" : ".").padStart(4);
  }
  console.log(row);
}
console.log("strict ===");
let strictTrue = 0;
for (let i = 0; i < values.length; i++) {
  let row = labels[i].padEnd(7);
  for (let j = 0; j < values.length; j++) {
    const eq = values[i] === values[j];
    if (eq) strictTrue++;
    row += (eq ? "T" : ".").padStart(4);
  }
  console.log(row);
}
console.log("strict true count", strictTrue);
console.log(null == undefined, null === undefined, null == 0, null >= 0, undefined == 0);
console.log("1" == 1, "1.0" == 1, "0x10" == 16, " 1 " == 1, "1e0" == 1);
console.log(true == "1", true == "true", false == "", false == "0", false == " ");
console.log([1, 2] == "1,2", [] == "", [] == false, [[]] == 0, [null] == "");
const a = [1];
const b = [1];
const o = {};
console.log(a == b, a === a, a == a, o == o, o === {}, o == "[object Object]");
console.log(NaN != NaN, NaN !== NaN, 0 != -0, 0 !== -0, "a" != "a", 1 !== 1.0);
