// Graph algorithms over Map/Set: a generated weighted directed graph (clustered "road network"),
// BFS levels, Dijkstra with a binary heap, Tarjan's SCC (iterative) cross-checked by Kosaraju,
// topological order of the condensation. Results are verified by certificates: every edge is
// relaxed (dist[v] <= dist[u] + w) and every reached node has a tight predecessor edge; BFS levels
// likewise; the two SCC algorithms must give the same partition and the condensation be acyclic.
// main(size): size = number of nodes. Default 25000; quick checks: main(800).
const DEFAULT_SIZE = 25000;

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Graph {
  constructor() { this.adj = new Map(); this.edgeCount = 0; }
  addNode(id) { if (!this.adj.has(id)) this.adj.set(id, []); return this; }
  addEdge(from, to, weight) {
    this.addNode(from).addNode(to);
    this.adj.get(from).push({ to, weight });
    this.edgeCount++;
  }
  *edges() { for (const [from, list] of this.adj) for (const { to, weight } of list) yield [from, to, weight]; }
  reversed() {
    const g = new Graph();
    for (const id of this.adj.keys()) g.addNode(id);
    for (const [from, to, w] of this.edges()) g.addEdge(to, from, w);
    return g;
  }
}

class MinHeap {
  constructor() { this.keys = []; this.vals = []; }
  get size() { return this.keys.length; }
  push(key, val) {
    const { keys, vals } = this;
    let i = keys.length;
    keys.push(key); vals.push(val);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p] <= key) break;
      keys[i] = keys[p]; vals[i] = vals[p];
      i = p;
    }
    keys[i] = key; vals[i] = val;
  }
  pop() {
    const { keys, vals } = this;
    const top = vals[0];
    const lastK = keys.pop(), lastV = vals.pop();
    const n = keys.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && keys[c + 1] < keys[c]) c++;
        if (keys[c] >= lastK) break;
        keys[i] = keys[c]; vals[i] = vals[c];
        i = c;
      }
      keys[i] = lastK; vals[i] = lastV;
    }
    return top;
  }
}

function generate(n, rand) {
  const g = new Graph();
  const name = (i) => `n${i}`;
  const clusters = Math.max(4, Math.floor(n / 60));
  for (let i = 0; i < n; i++) g.addNode(name(i));
  for (let i = 0; i < n; i++) {
    const c = i % clusters;
    const degree = 1 + Math.floor(rand() * 4);
    for (let d = 0; d < degree; d++) {
      // mostly within the cluster, sometimes to a neighbouring cluster, rarely anywhere
      const r = rand();
      let j;
      if (r < 0.8) j = c + clusters * Math.floor(rand() * (n / clusters));
      else if (r < 0.97) j = ((c + 1) % clusters) + clusters * Math.floor(rand() * (n / clusters));
      else j = Math.floor(rand() * n);
      if (j >= n || j === i) continue;
      g.addEdge(name(i), name(j), 1 + Math.floor(rand() * 100));
    }
  }
  return g;
}

function bfs(g, src) {
  const level = new Map([[src, 0]]);
  let frontier = [src];
  while (frontier.length) {
    const next = [];
    for (const u of frontier) {
      for (const { to } of g.adj.get(u)) {
        if (!level.has(to)) { level.set(to, level.get(u) + 1); next.push(to); }
      }
    }
    frontier = next;
  }
  return level;
}

function dijkstra(g, src) {
  const dist = new Map([[src, 0]]);
  const prev = new Map();
  const done = new Set();
  const heap = new MinHeap();
  heap.push(0, src);
  while (heap.size) {
    const u = heap.pop();
    if (done.has(u)) continue;
    done.add(u);
    const du = dist.get(u);
    for (const { to, weight } of g.adj.get(u)) {
      const nd = du + weight;
      const old = dist.get(to);
      if (old === undefined || nd < old) { dist.set(to, nd); prev.set(to, u); heap.push(nd, to); }
    }
  }
  return { dist, prev };
}

function tarjan(g) {
  const index = new Map(), low = new Map(), onStack = new Set();
  const stack = [], components = [];
  let counter = 0;
  for (const root of g.adj.keys()) {
    if (index.has(root)) continue;
    const work = [[root, 0]];
    while (work.length) {
      const frame = work[work.length - 1];
      const [v, i] = frame;
      if (i === 0) { index.set(v, counter); low.set(v, counter); counter++; stack.push(v); onStack.add(v); }
      const edges = g.adj.get(v);
      if (i < edges.length) {
        frame[1] = i + 1;
        const w = edges[i].to;
        if (!index.has(w)) work.push([w, 0]);
        else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
        continue;
      }
      work.pop();
      if (work.length) { const parent = work[work.length - 1][0]; low.set(parent, Math.min(low.get(parent), low.get(v))); }
      if (low.get(v) === index.get(v)) {
        const comp = [];
        let w;
        do { w = stack.pop(); onStack.delete(w); comp.push(w); } while (w !== v);
        components.push(comp);
      }
    }
  }
  return components;
}

function kosaraju(g) {
  const order = [], seen = new Set();
  for (const root of g.adj.keys()) {
    if (seen.has(root)) continue;
    seen.add(root);
    const work = [[root, 0]];
    while (work.length) {
      const frame = work[work.length - 1];
      const edges = g.adj.get(frame[0]);
      if (frame[1] < edges.length) {
        const w = edges[frame[1]++].to;
        if (!seen.has(w)) { seen.add(w); work.push([w, 0]); }
      } else { order.push(frame[0]); work.pop(); }
    }
  }
  const rev = g.reversed();
  const compOf = new Map();
  let c = 0;
  for (let k = order.length - 1; k >= 0; k--) {
    const root = order[k];
    if (compOf.has(root)) continue;
    const todo = [root];
    compOf.set(root, c);
    while (todo.length) {
      const u = todo.pop();
      for (const { to } of rev.adj.get(u)) if (!compOf.has(to)) { compOf.set(to, c); todo.push(to); }
    }
    c++;
  }
  return { compOf, count: c };
}

function topoOrder(nodes, edgesOf) { // Kahn's algorithm; returns null if there is a cycle
  const indeg = new Map(nodes.map((n) => [n, 0]));
  for (const n of nodes) for (const m of edgesOf(n)) indeg.set(m, indeg.get(m) + 1);
  const queue = nodes.filter((n) => indeg.get(n) === 0), out = [];
  while (queue.length) {
    const n = queue.shift();
    out.push(n);
    for (const m of edgesOf(n)) { indeg.set(m, indeg.get(m) - 1); if (indeg.get(m) === 0) queue.push(m); }
  }
  return out.length === nodes.length ? out : null;
}

export function main(size = DEFAULT_SIZE) {
  const rand = mulberry32(2024);
  const g = generate(size, rand);
  const src = 'n0';

  const level = bfs(g, src);
  for (const [u, to] of g.edges()) {
    if (level.has(u) && (!level.has(to) || level.get(to) > level.get(u) + 1)) throw new Error(`bfs edge ${u}->${to}`);
  }
  const { dist, prev } = dijkstra(g, src);
  if (dist.size !== level.size) throw new Error('dijkstra and bfs reach different sets');
  for (const [u, to, w] of g.edges()) {
    if (dist.has(u) && dist.get(to) > dist.get(u) + w) throw new Error(`edge ${u}->${to} not relaxed`);
  }
  for (const [v, p] of prev) {
    const tight = g.adj.get(p).some(({ to, weight }) => to === v && dist.get(p) + weight === dist.get(v));
    if (!tight) throw new Error(`no tight edge into ${v}`);
  }
  let far = src;
  for (const [v, d] of dist) if (d > dist.get(far)) far = v;
  const path = [];
  for (let v = far; v !== undefined; v = prev.get(v)) path.push(v);

  const comps = tarjan(g);
  const { compOf, count } = kosaraju(g);
  if (comps.length !== count) throw new Error(`scc count ${comps.length} vs ${count}`);
  for (const comp of comps) {
    const id = compOf.get(comp[0]);
    if (!comp.every((v) => compOf.get(v) === id)) throw new Error('scc partitions differ');
  }
  // condensation DAG
  const cdag = new Map();
  for (let i = 0; i < count; i++) cdag.set(i, new Set());
  for (const [u, to] of g.edges()) { const a = compOf.get(u), b = compOf.get(to); if (a !== b) cdag.get(a).add(b); }
  const topo = topoOrder([...cdag.keys()], (c) => cdag.get(c));
  if (!topo) throw new Error('condensation has a cycle');
  const sizes = comps.map((c) => c.length).sort((a, b) => b - a);

  let distSum = 0;
  for (const d of dist.values()) distSum += d;
  console.log(`graph: ${g.adj.size} nodes, ${g.edgeCount} edges`);
  console.log(`bfs reached ${level.size}, depth ${Math.max(...level.values())}; dijkstra sum ${distSum}, farthest ${far} at ${dist.get(far)} via ${path.length} nodes`);
  console.log(`scc: ${comps.length} components, largest ${sizes.slice(0, 3).join(', ')}; condensation ${[...cdag.values()].reduce((s, e) => s + e.size, 0)} edges, topo head ${topo[0]}`);
}
