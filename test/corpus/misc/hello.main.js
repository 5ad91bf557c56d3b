// Minimal ESM entry point: all work happens in the exported main().
const GREETING = "Hello";

function greet(name, punctuation = "!") {
  return GREETING + ", " + name + punctuation;
}

export function main() {
  console.log(greet("world"));
  console.log(greet("pgo", "?"));
  const names = ["Ada", "Grace", "Linus", "Barbara"];
  for (let i = 0; i < names.length; i++) {
    console.log(i + 1, greet(names[i]));
  }
  const lengths = names.map((n) => n.length);
  console.log(lengths, lengths.reduce((a, b) => a + b, 0));
  console.log({ greeting: GREETING, count: names.length });
  let shout = "";
  for (const n of names) shout += n[0];
  console.log(shout.toLowerCase(), shout.split("").reverse().join(""));
  console.log(typeof main, typeof greet);
}
