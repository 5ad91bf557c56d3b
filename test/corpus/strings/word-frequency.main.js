// Word frequency table built in main(); sorting by count with ties broken alphabetically.
const TEXT = "It was the best of times, it was the worst of times, it was the age of " +
  "wisdom, it was the age of foolishness, it was the epoch of belief, it was the " +
  "epoch of incredulity, it was the season of Light, it was the season of Darkness";

function tokenize(text) {
  const words = [];
  let current = "";
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text[i].toLowerCase() : " ";
    if (ch >= "a" && ch <= "z") current += ch;
    else if (current !== "") {
      words.push(current);
      current = "";
    }
  }
  return words;
}

export function main() {
  const words = tokenize(TEXT);
  console.log("words:", words.length);
  const counts = {};
  for (const w of words) counts[w] = (counts[w] || 0) + 1;
  const unique = Object.keys(counts);
  console.log("unique:", unique.length);
  unique.sort((a, b) => counts[b] - counts[a] || (a < b ? -1 : a > b ? 1 : 0));
  for (const w of unique.slice(0, 10)) {
    console.log(w.padEnd(12, "."), String(counts[w]).padStart(3), "#".repeat(counts[w]));
  }
  const longest = unique.reduce((a, b) => (b.length > a.length ? b : a));
  console.log("longest:", longest, longest.length);
  console.log("first letters:", unique.map((w) => w[0]).sort().join(""));
}
