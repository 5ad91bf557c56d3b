// Optional chaining ?. and nullish coalescing ?? (vs ||), including short-circuiting.
const user = { name: "Ada", address: { city: "London", zip: null }, tags: ["a", "b"], greet() { return "hi " + this.name; } };
const nobody = null;
let missing;
console.log(user?.name, user?.address?.city, user?.address?.zip, user?.phone?.number);
console.log(nobody?.name, missing?.name, missing?.[0], nobody?.a.b.c.d);
console.log(user.tags?.[1], user.tags?.[5], user.nope?.[0], user?.["name"]);
console.log(user.greet?.(), user.nothing?.(), nobody?.greet(), typeof user?.greet);
console.log(user.address.zip ?? "no zip", user.address.city ?? "no city", missing ?? "default");
console.log(0 ?? 1, "" ?? "empty", false ?? true, NaN ?? 0, null ?? undefined, undefined ?? null);
console.log(0 || 1, "" || "empty", false || true, NaN || 0, null || undefined);
console.log(null ?? null ?? 3, (null || 0) ?? 5, null ?? (0 || 7));
let calls = 0;
function side() {
  calls++;
  return "side";
}
console.log(1 ?? side(), null ?? side(), undefined ?? side(), calls);
console.log(nobody?.[side()], missing?.x(side()), calls);
const counts = { a: 0 };
counts.a ??= 10;
counts.b ??= 20;
console.log(counts);
function config(opts) {
  const width = opts?.width ?? 80;
  const height = opts?.height ?? 24;
  const title = opts?.title || "untitled";
  return width + "x" + height + " " + title;
}
console.log(config(), config(null), config({}), config({ width: 0, height: null, title: "" }));
console.log(config({ width: 120, title: "main" }));
const deep = { a: { b: { c: { d: "found" } } } };
const paths = [["a", "b", "c", "d"], ["a", "x", "c"], ["a", "b"], []];
for (let i = 0; i < paths.length; i++) {
  let cur = deep;
  for (let j = 0; j < paths[i].length; j++) {
    cur = cur?.[paths[i][j]];
  }
  console.log(paths[i].join(".") || "(root)", typeof cur === "object" ? "object" : cur);
}
const list = [{ v: 1 }, null, { v: 3 }, undefined, {}];
let s = "";
for (let i = 0; i < list.length; i++) {
  s += (list[i]?.v ?? "-") + " ";
}
console.log(s);
