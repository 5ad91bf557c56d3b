// The collector's stress mode in the differential suite (test/corpus-no-snapshot.test.ts): every
// corpus program runs a second time with a collection at every allocation, so a pointer held
// across an allocation without a root shows up as output that differs from node's.
//
// A stress collection marks the whole live heap, the ~250 KB of intrinsics included, so a program
// costs (its allocations) x (its live heap). The five below allocate a million cells or more over
// a live heap of megabytes: at every allocation each ran past 30 s, gc/deep-structures.js past
// 400 s, far past CI's budget, so CI collects at every n-th allocation for them,
// n chosen so each takes under ~8 s here (measured, 2 cores). The rest of the corpus (~300
// programs) collects at every allocation. Run any program at every allocation with
//   node scripts/diff-node.mjs --gc-stress --no-snapshot <files>

/** CI's stress interval for the programs whose every-allocation run does not fit. */
const heavy: Record<string, number> = {
  'gc/churn-objects.js': 64,     // 44 MB allocated
  'regexp/backtracking.js': 64,  // 42 MB allocated
  'gc/deep-structures.js': 256,  // 6 MB live
  'gc/distinct-keys.js': 256,    // 3.5 MB live
  'gc/data-keys.js': 1024,       // 100,000 keys, 47 MB allocated
};

/** The stress interval CI uses for `program` (a path relative to test/corpus): 1 = every allocation. */
export function gcStressEvery(program: string): number { return heavy[program] ?? 1; }
