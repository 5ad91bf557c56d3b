// An object used as a hash map: builds a 20,000-key object, reads every key a few times,
// deletes and re-adds a third of them, and enumerates it. Objects this wide run in dictionary
// mode (engine README, "Objects: shapes and dictionary mode"); time it with
// `npm run bench:gc -- workloads/hash-map.main.js [keys]`.
export function main() {
  const n = Number(process.argv[2] ?? 20000);
  const map = {};
  for (let i = 0; i < n; i++) map['key' + i] = i;
  let sum = 0;
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i < n; i++) sum += map['key' + i];
  }
  for (let i = 0; i < n; i += 3) delete map['key' + i];
  for (let i = 0; i < n; i += 3) map['key' + i] = -i;
  const counts = {};
  for (let i = 0; i < n; i++) {
    const word = 'w' + ((i * 7919) % 5003);
    counts[word] = (counts[word] || 0) + 1;
  }
  let keys = 0;
  for (const k in map) keys += map[k] < 0 ? 1 : 0;
  console.log(sum, Object.keys(map).length, keys, Object.keys(counts).length, counts.w0);
}
