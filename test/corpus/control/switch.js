// switch: strict (===) matching, fallthrough, default in the middle, grouped cases.
function kind(v) {
  switch (v) {
    case 1:
      return "number one";
    case "1":
      return "string one";
    case true:
      return "true";
    case null:
      return "null";
    case undefined:
      return "undefined";
    case NaN:
      return "NaN (never matches)";
    default:
      return "other:" + String(v);
  }
}
const inputs = [1, "1", true, null, undefined, NaN, 0, -0, "", 1.0];
for (let i = 0; i < inputs.length; i++) console.log(kind(inputs[i]));
function fall(n) {
  const out = [];
  switch (n) {
    case 0:
      out.push("zero");
    case 1:
      out.push("one");
      break;
    default:
      out.push("default");
    case 2:
      out.push("two");
    case 3:
      out.push("three");
      break;
    case 4:
      out.push("four");
  }
  return out.join(",");
}
for (let n = 0; n <= 5; n++) console.log(n, fall(n));
function daysIn(month, year) {
  switch (month) {
    case 2:
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
    case 4:
    case 6:
    case 9:
    case 11:
      return 30;
    default:
      return 31;
  }
}
let days = [];
for (let m = 1; m <= 12; m++) days.push(daysIn(m, 2024));
console.log(days, daysIn(2, 1900), daysIn(2, 2000));
