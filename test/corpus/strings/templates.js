// Template literals: interpolation of every type, nesting, multi-line, escapes.
const name = "Ada";
const n = 3;
console.log(`Hello, ${name}!`);
console.log(`${n} + ${n} = ${n + n}`, `${n * 1.5}`, `${n > 2 ? "big" : "small"}`);
console.log(`null=${null} undef=${undefined} bool=${true} nan=${NaN} inf=${-Infinity}`);
console.log(`arr=${[1, [2, 3]]} empty=${[]} obj=${{}}`);
console.log(`neg zero=${-0} tiny=${1e-7} huge=${1e21} frac=${0.1 + 0.2}`);
console.log(`${""}${""}` === "", `${`inner ${`deep ${n}`}`}`);
console.log(`line one
line two
  indented`);
console.log(`escapes: \` \${not} \\ \t| \u00e9 \x41`);
console.log(`$`, `{}`, `$ {n}`, `${"$"}{n}`);
function greet(who, times) {
  return `${who}${"!".repeat(times)}`;
}
console.log(`${greet("hi", 3)} ${greet(`yo`, 0)}`);
const items = ["pen", "ink", "paper"];
let list = "";
for (let i = 0; i < items.length; i++) {
  list += `${i + 1}. ${items[i]}${i < items.length - 1 ? "\n" : ""}`;
}
console.log(list);
const row = (a, b) => `| ${String(a).padEnd(6)} | ${String(b).padStart(5)} |`;
console.log(row("key", "value"));
console.log(row("pi", Math.PI.toFixed(2)));
console.log(row(null, undefined));
let counter = 0;
const t = `${counter++}-${counter++}-${counter++}`;
console.log(t, counter);
const fnInside = `${(function () { return "iife"; })()} ${((x) => x * 2)(21)}`;
console.log(fnInside);
console.log(typeof `${1}`, `${1}`.length, `a${1}b`.length);
const obj = { a: { b: "nested" } };
console.log(`${obj.a.b} ${obj["a"]["b"].toUpperCase()} ${items.length}`);
console.log(`${items}` === items.join(","), `${[null, undefined]}`);
