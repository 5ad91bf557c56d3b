#!/usr/bin/env node
// Developer tool: build each given program with pgo, run it, and compare with node.
//   node scripts/diff-node.mjs test/corpus/arrays/*.js [--no-snapshot] [--gc-stress] [--gc-stress-every=N] [--record] [--quiet]
// --gc-stress builds with a collection at every allocation; --gc-stress-every=N runs the plain
// build with one at every N-th (the host's switch, as the test suite does).
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { build } from '@pgo/compiler';
import { runInWorker } from '@pgo/cli';

const args = process.argv.slice(2);
const snapshot = !args.includes('--no-snapshot');
const gcStress = args.includes('--gc-stress');
const record = args.includes('--record');
const quiet = args.includes('--quiet');
const every = Number(args.find((a) => a.startsWith('--gc-stress-every='))?.split('=')[1] ?? 0);
const files = args.filter((a) => !a.startsWith('--'));
let failed = 0;
for (const file of files) {
  const nodeArgs = file.endsWith('.main.js')
    ? ['-e', `import(${JSON.stringify(path.resolve(file))}).then((m) => m.main())`] : [file];
  let expected = '', expectedCode = 0;
  try { expected = execFileSync(process.execPath, nodeArgs, {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, TZ: 'UTC' }, // Dates: pgo's local time is UTC
  }); }
  catch (e) { expected = e.stdout ?? ''; expectedCode = e.status ?? 1; }
  let actual = '', actualCode = 0, stderr = '';
  try {
    const { wasm } = build({ entry: file, snapshot, gcStress, record });
    const r = await runInWorker(wasm, { capture: true, gcStress: every || undefined });
    actual = r.stdout; actualCode = r.exitCode; stderr = r.stderr;
  } catch (e) { stderr = String(e.message ?? e).split('\n')[0]; actualCode = -1; }
  const ok = actual === expected && actualCode === expectedCode;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${file}${ok ? '' : ` (exit ${actualCode} vs ${expectedCode})`}`);
  if (!ok && !quiet) {
    const a = actual.split('\n'), b = expected.split('\n');
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i] !== b[i]) { console.log(`  line ${i + 1}:\n    pgo:  ${JSON.stringify(a[i])}\n    node: ${JSON.stringify(b[i])}`); break; }
    }
    if (stderr) console.log(`  stderr: ${stderr.trim().split('\n').slice(0, 3).join('\n          ')}`);
  }
}
console.log(`${files.length - failed} passed, ${failed} failed`);
