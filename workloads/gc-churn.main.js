// Allocation-heavy workload for the collector: builds and drops records, arrays, strings and
// closures while a rotating live set of ~20 MB stays reachable. Each generation allocates ~11.5 MB;
// `npm run bench:gc` runs 300 of them (~3.5 GB in total), other uses the default 40.
function Record(id, name, tags) {
  this.id = id;
  this.name = name;
  this.tags = tags;
  this.score = id % 97;
}

export function main() {
  const generations = Number(process.argv[2] ?? 40);
  const liveSlots = 16;
  const live = [];
  let checksum = 0;
  for (let g = 0; g < generations; g++) {
    const batch = [];
    for (let i = 0; i < 25000; i++) {
      const r = new Record(g * 25000 + i, "rec-" + i, [i & 7, i & 15, g]);
      const view = { id: r.id, label: r.name + "/" + g, weight: (r.score * 3) % 11 };
      const f = (x) => x + view.weight;
      checksum = (checksum + f(r.tags[0]) + view.label.length) % 1000000007;
      if (i % 4 === 0) batch.push(r);
    }
    live.push(batch);
    if (live.length > liveSlots) live.shift();
  }
  let kept = 0;
  for (const b of live) kept += b.length;
  console.log(`generations ${generations}, live records ${kept}, checksum ${checksum}`);
}
