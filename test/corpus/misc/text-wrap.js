// Word wrapping, justification and centering of a paragraph at several widths.
const TEXT = "Ahead-of-time compilers trade startup latency for build time. A differential " +
  "test compares every byte of output against a reference engine, so even the smallest " +
  "formatting difference, like -0 versus 0, is caught immediately.";
function wrap(text, width) {
  const words = text.split(" ");
  const lines = [];
  let line = "";
  for (const w of words) {
    if (line === "") line = w;
    else if (line.length + 1 + w.length <= width) line += " " + w;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
function justify(line, width) {
  const words = line.split(" ");
  if (words.length === 1) return line.padEnd(width);
  let gaps = width - line.length + (words.length - 1);
  let out = "";
  for (let i = 0; i < words.length - 1; i++) {
    const slots = words.length - 1 - i;
    const n = Math.ceil(gaps / slots);
    out += words[i] + " ".repeat(n);
    gaps -= n;
  }
  return out + words[words.length - 1];
}
function center(line, width) {
  const left = Math.floor((width - line.length) / 2);
  return (" ".repeat(left) + line).padEnd(width);
}
for (const width of [40, 28]) {
  const lines = wrap(TEXT, width);
  console.log("+" + "-".repeat(width) + "+ width " + width + ", " + lines.length + " lines");
  for (let i = 0; i < lines.length; i++) {
    const body = i === lines.length - 1 ? lines[i].padEnd(width) : justify(lines[i], width);
    console.log("|" + body + "|");
  }
  console.log("+" + "-".repeat(width) + "+");
}
for (const l of wrap("centered text looks tidy in a narrow box", 16)) console.log("[" + center(l, 20) + "]");
console.log(wrap("supercalifragilisticexpialidocious is long", 10));
console.log(wrap("", 10), wrap("one", 1), justify("a b", 7), justify("solo", 6) + "|");
