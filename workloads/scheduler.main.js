// An OO task scheduler: constructor functions with prototype methods, a priority queue on an
// array, closures as task bodies. Exports main (its setup runs at build time in the snapshot).
// Verified: the step and count totals follow from how often each kind of task reschedules itself
// (5, 3 and 1 runs), independently of the queue order.
// main(rounds): default 2500; quick checks: main(50). (scripts/demo.mjs runs it by default.)
const DEFAULT_ROUNDS = 2500;
function Task(id, priority, work) {
  this.id = id;
  this.priority = priority;
  this.work = work;
  this.runs = 0;
}
Task.prototype.run = function (state) {
  this.runs++;
  return this.work(state, this.runs);
};

function Queue() { this.items = []; }
Queue.prototype.push = function (task) {
  const items = this.items;
  items.push(task);
  let i = items.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (items[parent].priority <= items[i].priority) break;
    const t = items[parent]; items[parent] = items[i]; items[i] = t;
    i = parent;
  }
};
Queue.prototype.pop = function () {
  const items = this.items;
  const top = items[0];
  const last = items.pop();
  if (items.length > 0) {
    items[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < items.length && items[l].priority < items[m].priority) m = l;
      if (r < items.length && items[r].priority < items[m].priority) m = r;
      if (m === i) break;
      const t = items[m]; items[m] = items[i]; items[i] = t;
      i = m;
    }
  }
  return top;
};

function makeWork(kind) {
  if (kind === 0) return (s, n) => { s.sum = (s.sum + n * 7) % 1000003; return n < 5; };
  if (kind === 1) return (s, n) => { s.count++; return n < 3; };
  return (s, n) => { s.sum = (s.sum * 31 + s.count) % 1000003; return false; };
}

export function main(rounds = DEFAULT_ROUNDS) {
  const state = { sum: 1, count: 0 };
  const queue = new Queue();
  let steps = 0;
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < 100; i++) queue.push(new Task(round * 100 + i, (i * 37 + round) % 97, makeWork(i % 3)));
    while (queue.items.length > 0) {
      const task = queue.pop();
      steps++;
      if (task.run(state)) {
        task.priority += 13;
        queue.push(task);
      }
    }
  }
  const kinds = [0, 1, 2].map((k) => Math.floor((100 - k + 2) / 3)); // tasks of each kind a round
  const wantSteps = rounds * (kinds[0] * 5 + kinds[1] * 3 + kinds[2]), wantCount = rounds * kinds[1] * 3;
  if (steps !== wantSteps || state.count !== wantCount) throw new Error(`steps ${steps}/${wantSteps}, count ${state.count}/${wantCount}`);
  console.log(`scheduled ${steps} steps; checksum ${state.sum} / ${state.count}`);
}
