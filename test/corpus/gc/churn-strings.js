// String churn: concatenation, slicing and splitting produce many short-lived strings while a
// table of results stays live.
const kept = [];
let total = 0;
for (let i = 0; i < 3000; i++) {
  let s = "";
  for (let j = 0; j < 20; j++) s += String.fromCharCode(97 + ((i + j) % 26));
  const parts = s.split("e");
  total += parts.length + s.slice(3, 9).toUpperCase().length;
  if (i % 100 === 0) kept.push(s + ":" + i);
}
console.log(kept.length, total);
console.log(kept.slice(0, 3).join(" | "));
console.log(kept[kept.length - 1]);
