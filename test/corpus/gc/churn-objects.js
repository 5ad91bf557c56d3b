// Allocation churn with a live set: objects, arrays and closures are created and dropped in a loop
// while a fixed number stay reachable; the live set must survive every collection intact.
function Node(id, next) { this.id = id; this.next = next; this.tags = [id % 3, id % 5]; }
const live = [];
let checksum = 0;
for (let round = 0; round < 60; round++) {
  let chain = null;
  for (let i = 0; i < 2000; i++) {
    chain = new Node(round * 2000 + i, i % 50 === 0 ? null : chain);
    const tmp = { a: i, b: [i, i + 1, i + 2], c: "s" + i };
    checksum = (checksum + tmp.b[2] + tmp.c.length) % 1000003;
  }
  live.push(chain);
  if (live.length > 20) live.shift();
  const adders = [];
  for (let k = 0; k < 200; k++) adders.push((x) => x + k + round);
  checksum = (checksum + adders[199](1)) % 1000003;
}
let walked = 0;
for (const head of live) {
  for (let n = head; n; n = n.next) walked += n.tags[0] + n.tags[1];
}
console.log(live.length, walked, checksum);
console.log(live[0].id, live[19].id, live[19].tags);
