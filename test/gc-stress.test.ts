// The collector's stress mode (a collection at every allocation) over the programs that churn
// memory and over a sample of the corpus: a missing root shows up here as wrong output at once.
// The whole corpus under stress mode takes far longer than CI allows; run it with
//   node scripts/diff-node.mjs --gc-stress --no-snapshot test/corpus/*/*.js
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { build } from '@pgo/compiler';
import { runInWorker } from '@pgo/cli';
import { corpusRoot, runUnderNode } from './support/corpus.js';

// Light programs only: stress mode costs a full collection per allocation, quadratic on big heaps
// (gc/churn-objects.js alone takes ~2 minutes this way).
const sample = [
  'gc/churn-strings.js', 'strings/split.js', 'strings/templates.js', 'json/stringify-values.js', 'json/parse-values.js',
  'arrays/sort-comparator.js', 'objects/literals.js', 'collections/map-basics.js',
  'operators/arithmetic.js', 'functions/closures.js', 'console/nested-depth.js', 'regexp/replace.js',
  'classes/mixed-features.js', 'destructuring/basics-mixed.js', 'spread-rest/object-spread.js', 'typed-arrays/methods.js',
  'async/tick-counts.js', 'async/thenables.js', 'async/combinators.js', 'host/text-encoding.js',
  'generators/yield-delegation.js', 'generators/return-throw-methods.js', 'async-fns/await-basics.js',
  'async-fns/async-generator-protocol.js', 'gc/weak-collections.js', 'errors/stack-frames.js',
];

describe('corpus sample with --gc-stress', () => {
  it.each(sample)('%s', async (program) => {
    const file = path.join(corpusRoot, program);
    const expected = await runUnderNode(file);
    const { wasm } = build({ entry: file, snapshot: false, gcStress: true });
    const actual = await runInWorker(wasm, { capture: true });
    expect({ stdout: actual.stdout, exitCode: actual.exitCode })
      .toEqual({ stdout: expected.stdout, exitCode: expected.exitCode });
  }, 300_000);
});
