#!/usr/bin/env node
// Regenerates profiles/<name>.pb for every benchmark workload the way a user would: `pgo record`
// the workload (instrumented build, run at its default size), then `pgo merge` the one recording
// (aggregation, provenance). Profiles are reproducible (DESIGN contract 8: same inputs give
// byte-identical .pb), so a rerun without changes leaves the files untouched.
//   npm run profiles [-- name ...]        write profiles/
//   npm run profiles -- --check [name ...] regenerate into a temporary directory and compare
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listWorkloads, repoRoot } from '@pgo/bench';

const argv = process.argv.slice(2);
const check = argv.includes('--check');
const workloads = listWorkloads(argv.filter((a) => !a.startsWith('--')));
const pgoBin = path.join(repoRoot, 'packages/cli/bin/pgo.mjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pgo-profiles-'));
const outDir = check ? tmp : path.join(repoRoot, 'profiles');
fs.mkdirSync(outDir, { recursive: true });

/** Runs `pgo ...args` from the repository root (so recorded paths are relative to it). */
function pgo(...args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [pgoBin, ...args], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => code === 0 ? resolve() : reject(new Error(`pgo ${args.join(' ')}: exit ${code}\n${stderr}`)));
  });
}

let changed = 0;
const queue = [...workloads];
// two at a time: each record is one process building and running its workload
await Promise.all([0, 1].map(async () => {
  for (let w; (w = queue.shift());) {
    const t0 = performance.now();
    const recorded = path.join(tmp, `${w.name}.recorded.pb`), out = path.join(outDir, `${w.name}.pb`);
    await pgo('record', w.rel, '-o', recorded);
    await pgo('merge', recorded, '-o', out);
    const committed = path.join(repoRoot, 'profiles', `${w.name}.pb`);
    const same = fs.existsSync(committed) && (check ? fs.readFileSync(committed).equals(fs.readFileSync(out)) : true);
    if (!same) changed++;
    console.log(`${w.name.padEnd(12)} ${fs.statSync(out).size} bytes  ${((performance.now() - t0) / 1000).toFixed(1)} s${check ? (same ? '  same' : '  DIFFERS from profiles/') : ''}`);
  }
}));
fs.rmSync(tmp, { recursive: true, force: true });
if (check && changed) {
  console.log(`${changed} profile(s) differ from profiles/: run \`npm run profiles\` and commit profiles/`);
  process.exit(1);
}
console.log(check ? 'profiles/ is up to date' : `wrote ${workloads.length} profiles to profiles/`);
