// split with string separators, empty separator, limits and edge cases.
console.log("a,b,c".split(","));
console.log("a,b,,c,".split(","));
console.log(",a,".split(","));
console.log("abc".split(""));
console.log("".split(","), "".split(""));
console.log("abc".split());
console.log("a, b, c".split(", "));
console.log("one  two".split(" "));
console.log("a,b,c,d".split(",", 2), "a,b,c".split(",", 0), "a,b".split(",", 10));
console.log("abcdef".split("", 3));
console.log("a--b--c".split("--"), "----".split("--"), "x".split("xx"));
console.log("hello world".split("o"));
console.log("key=value=more".split("="));
console.log("1.2.3".split(".").length, "no-sep".split(";")[0]);
console.log("a1b1c".split(1), "nullxnull".split(null), "aundefinedb".split(undefined));
const csv = "name,age,city\nAda,36,London\nLinus,28,Helsinki\nGrace,45,Arlington";
const rows = csv.split("\n");
const header = rows[0].split(",");
for (let i = 1; i < rows.length; i++) {
  const cells = rows[i].split(",");
  let desc = "";
  for (let j = 0; j < header.length; j++) {
    desc += (j > 0 ? "; " : "") + header[j] + "=" + cells[j];
  }
  console.log(desc);
}
const sentence = "the rain in spain falls mainly on the plain";
const ws = sentence.split(" ");
let longest = "";
for (let i = 0; i < ws.length; i++) {
  if (ws[i].length > longest.length) longest = ws[i];
}
console.log(ws.length, longest);
console.log(sentence.split("ain").join("AIN"));
console.log("a-b_c-d".split("-").join("_").split("_"));
const chars = "mississippi".split("");
let counts = "";
let prev = "";
let run = 0;
for (let i = 0; i <= chars.length; i++) {
  if (chars[i] === prev) {
    run++;
  } else {
    if (prev !== "") counts += prev + run;
    prev = chars[i];
    run = 1;
  }
}
console.log(counts);
