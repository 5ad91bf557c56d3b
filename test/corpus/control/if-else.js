// if / else if / else chains, nested conditions, truthiness of conditions, dangling else.
function grade(score) {
  if (score >= 90) {
    return "A";
  } else if (score >= 80) {
    return "B";
  } else if (score >= 70) {
    return "C";
  } else if (score >= 60) {
    return "D";
  } else {
    return "F";
  }
}
const scores = [100, 90, 89.99, 80, 75, 60, 59, 0, -1, NaN];
let out = [];
for (let i = 0; i < scores.length; i++) out.push(scores[i] + ":" + grade(scores[i]));
console.log(out.join(" "));
function quadrant(x, y) {
  if (x === 0 || y === 0) return "axis";
  if (x > 0)
    if (y > 0) return "I";
    else return "IV";
  else if (y > 0) return "II";
  return "III";
}
console.log(quadrant(1, 1), quadrant(-1, 1), quadrant(-1, -1), quadrant(1, -1), quadrant(0, 5));
const conds = [0, 1, "", "a", null, undefined, [], {}, NaN, -0, "0"];
let taken = "";
for (let i = 0; i < conds.length; i++) {
  if (conds[i]) taken += "Y";
  else taken += "n";
}
console.log(taken);
function leap(y) {
  if (y % 4 !== 0) return false;
  if (y % 100 !== 0) return true;
  return y % 400 === 0;
}
const years = [1900, 2000, 2004, 2023, 2024, 2100, 2400];
let leaps = [];
for (let i = 0; i < years.length; i++) if (leap(years[i])) leaps.push(years[i]);
console.log(leaps);
let x = 5;
if (x > 3) x = x * 2;
if (x > 100) x = 0;
else if (x > 5) x -= 1;
console.log(x);
if (x) {
  let x = "shadowed";
  console.log(x);
}
console.log(x);
function sign(n) {
  let r;
  if (n > 0) r = 1;
  else if (n < 0) r = -1;
  else if (n === 0) r = 0;
  else r = "nan";
  return r;
}
console.log(sign(3), sign(-3), sign(0), sign(-0), sign(NaN));
let nested = "";
for (let a = 0; a < 2; a++) {
  for (let b = 0; b < 2; b++) {
    if (a) {
      if (b) nested += "11 ";
      else nested += "10 ";
    } else if (b) nested += "01 ";
    else nested += "00 ";
  }
}
console.log(nested.trim());
