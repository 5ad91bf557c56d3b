// Descriptive statistics computed inside main(); a header is printed at module evaluation.
console.log("stats module loaded");

const data = [2, 4, 4, 4, 5, 5, 7, 9, 10.5, -3, 0, 12, 4];

function mean(xs) {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function mode(xs) {
  const counts = {};
  let best = xs[0];
  for (const x of xs) {
    counts[x] = (counts[x] || 0) + 1;
    if (counts[x] > counts[best]) best = x;
  }
  return best;
}

function stddev(xs) {
  const m = mean(xs);
  let acc = 0;
  for (const x of xs) acc += (x - m) ** 2;
  return Math.sqrt(acc / xs.length);
}

export function main() {
  console.log("n", data.length);
  console.log("mean", mean(data), mean(data).toFixed(3));
  console.log("median", median(data), median([1, 2, 3, 4]));
  console.log("mode", mode(data));
  console.log("stddev", stddev([2, 4, 4, 4, 5, 5, 7, 9]), stddev(data).toFixed(6));
  console.log("min/max", Math.min(data[0], data[1], data[9]), Math.max(data[10], data[11]));
  const scaled = data.map((x) => Math.round(x * 100) / 100 / 7);
  console.log(scaled.slice(0, 4));
  console.log("empty mean", mean([]));
  const histogram = {};
  for (const x of data) {
    const bucket = Math.floor(x / 5) * 5;
    histogram[bucket] = (histogram[bucket] || "") + "*";
  }
  for (const k of Object.keys(histogram)) console.log(String(k).padStart(3), histogram[k]);
}
