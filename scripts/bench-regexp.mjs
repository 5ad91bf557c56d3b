#!/usr/bin/env node
// RegExp matcher benchmark: a handful of regex-heavy microbenchmarks (the patterns the workloads
// use, plus case-insensitive, sticky and no-match scans) and the template and markdown workloads,
// each built once with pgo (generic) and checked against node. Default: best of N wall-time runs
// of a fresh instance under --no-liftoff. --callgrind: instructions of a child node that runs the
// module at size S minus one that runs it at size 0 (process start, compilation and
// instantiation cancel out); V8's own work makes that vary by ~10% of the difference at small
// sizes here, so prefer large sizes. (Collecting only under V8's JS-to-Wasm wrapper with
// --toggle-collect is repeatable but misses most of the work, fewer instructions than the wall
// time implies: probably callgrind losing the call stack at Wasm tail calls. Not used.)
// --save DIR writes each built module to DIR; --against DIR then times those (another engine's
// builds) alternately with this tree's, in the same process, and prints the ratio: the way to
// compare two engines on a shared machine.
//   node scripts/bench-regexp.mjs [--runs 7] [--callgrind] [--scale 1] [--save DIR] [--against DIR] [name ...]
import fs from 'node:fs';
import path from 'node:path';
import { spawn, execFileSync } from 'node:child_process';
import { ensureV8Flags, repoRoot, writeCached } from '@pgo/bench';
import { build } from '@pgo/compiler';
import { runModule } from '@pgo/cli';

const wasmFlags = ensureV8Flags();
const argv = process.argv.slice(2);
const option = (name, d) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : d; };
const valued = new Set(['--runs', '--scale', '--v8-flags', '--save', '--against']);
const only = argv.filter((a, i) => !a.startsWith('--') && !valued.has(argv[i - 1]));
const runs = Number(option('--runs', 7));
const scale = Number(option('--scale', 1));
const callgrind = argv.includes('--callgrind');
const saveDir = option('--save'), againstDir = option('--against');
if (saveDir) fs.mkdirSync(saveDir, { recursive: true });

// Each case is main(): n = Number(process.argv[2]) rounds of work, then one checksum line.
const micro = (body) => `export function main() {\n  const n = Number(process.argv[2]);\n${body}\n}\n`;
const TEXT = `const words = ['alpha', 'beta', '"quoted words"', 'x<y', 'a&b', "it's", '{{name}}', '{{{raw}}}', 'Content-Type', '12.5', '-7'];
  let text = ''; for (let i = 0; i < 400; i++) text += words[(i * 7) % words.length] + (i % 9 === 0 ? '\\n' : ' ');`;
const cases = [
  { name: 'escape', size: 300, what: 'replace(/[&<>"\']/g, fn) (template, markdown)', src: micro(`  ${TEXT}
  const E = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  let t = 0; for (let i = 0; i < n; i++) t += text.replace(/[&<>"']/g, (c) => E[c]).length;
  console.log(t);`) },
  { name: 'mustache-split', size: 300, what: 'split(/(\\{\\{\\{[\\s\\S]+?\\}\\}\\}|\\{\\{[\\s\\S]+?\\}\\})/) (template)', src: micro(`  ${TEXT}
  let t = 0; for (let i = 0; i < n; i++) t += text.split(/(\\{\\{\\{[\\s\\S]+?\\}\\}\\}|\\{\\{[\\s\\S]+?\\}\\})/).length;
  console.log(t);`) },
  { name: 'quoted-or-word', size: 200, what: 'match(/"[^"]*"|\\S+/g) (template)', src: micro(`  ${TEXT}
  let t = 0; for (let i = 0; i < n; i++) t += text.match(/"[^"]*"|\\S+/g).length;
  console.log(t);`) },
  { name: 'ignore-case', size: 300, what: '/content-type/gi and /\\bbeta\\w*/gi scans', src: micro(`  ${TEXT}
  let t = 0; for (let i = 0; i < n; i++) t += text.match(/content-type/gi).length + text.match(/\\bBETA\\w*/gi).length;
  console.log(t);`) },
  { name: 'no-match', size: 300, what: 'search(/\\d{3}-\\d{4}/), /(?:foo|bar)baz/ over text without a match', src: micro(`  ${TEXT}
  let t = 0; for (let i = 0; i < n; i++) t += text.search(/\\d{3}-\\d{4}/) + text.search(/(?:foo|bar)baz/);
  console.log(t);`) },
  { name: 'sticky-tokens', size: 60, what: 'the interpreter\'s sticky tokenizer (/\\s*(?:...)/y)', src: micro(`  const TOKEN = /\\s*(?:(\\/\\/[^\\n]*)|(\\d+(?:\\.\\d+)?)|("(?:[^"\\\\]|\\\\.)*")|([A-Za-z_]\\w*)|(==|!=|<=|>=|&&|\\|\\||=>|[-+*\\/%<>=!(){}\\[\\],;.]))/y;
  let src = ''; for (let i = 0; i < 60; i++) src += 'let x' + i + ' = (a + 12.5) * "str\\\\"ing" >= b; // note\\n';
  let t = 0;
  for (let i = 0; i < n; i++) { TOKEN.lastIndex = 0; let m; while ((m = TOKEN.exec(src))) t += m[0].length; }
  console.log(t);`) },
  { name: 'md-lines', size: 300, what: 'markdown\'s line patterns (^(\\s*)([-*+]|\\d+\\.)\\s+(.*)$ and friends)', src: micro(`  const lines = []; for (let i = 0; i < 200; i++) lines.push(i % 3 ? '  - item number ' + i + ' with **bold** text' : '## Heading ' + i + ' ##');
  let t = 0;
  for (let i = 0; i < n; i++) for (const l of lines) {
    let m;
    if ((m = /^(#{1,6})\\s+(.*?)\\s*#*$/.exec(l))) t += m[2].length;
    else if ((m = /^(\\s*)([-*+]|\\d+\\.)\\s+(.*)$/.exec(l))) t += m[3].replace(/\\*\\*(?=\\S)([^*]+?)\\*\\*/g, '<b>$1</b>').length;
  }
  console.log(t);`) },
];
const workload = (name, size) => ({ name, size, what: `workloads/${name}.main.js`,
  src: `import { main as run } from '../../workloads/${name}.main.js';\nexport function main() { run(Number(process.argv[2])); }\n` });
cases.push(workload('template', 40), workload('markdown', 20));

const selected = cases.filter((c) => only.length === 0 || only.includes(c.name));
console.log(`RegExp benchmark (${callgrind ? 'callgrind instructions, size S minus size 0' : `best of ${runs} wall-time runs`}); V8 flags: ${wasmFlags.join(' ')}`);
for (const c of selected) {
  const size = Math.max(1, Math.round(c.size * scale));
  const file = writeCached(`regexp/${c.name}.js`, `// generated by scripts/bench-regexp.mjs — do not edit\n${c.src}`);
  const expected = execFileSync(process.execPath, ['--input-type=module', '-e',
    `process.argv[2] = ${JSON.stringify(String(size))}; const m = await import(${JSON.stringify(file)}); m.main();`], { encoding: 'utf8' });
  const wasm = build({ entry: file }).wasm;
  if (saveDir) fs.writeFileSync(path.join(saveDir, `${c.name}.wasm`), wasm);
  const module = new WebAssembly.Module(wasm);
  const run = (n, m = module) => runModule(m, { capture: true, args: [String(n)] });
  const first = run(size);
  if (first.exitCode !== 0 || first.stdout !== expected) {
    console.log(`${c.name.padEnd(15)} FAILED: printed ${JSON.stringify(first.stdout.slice(0, 100))}, node ${JSON.stringify(expected.slice(0, 100))} ${first.stderr.slice(0, 200)}`);
    process.exitCode = 1;
    continue;
  }
  let figure;
  if (callgrind) {
    const wasmPath = path.join(repoRoot, '.bench-cache/regexp', `${c.name}.wasm`);
    fs.writeFileSync(wasmPath, wasm);
    const work = async (file) => { const [a, b] = await Promise.all([instructions(file, size), instructions(file, 0)]); return a - b; };
    const mine = await work(wasmPath);
    figure = `${(mine / 1e6).toFixed(1).padStart(9)} M instr`;
    if (againstDir) {
      const other = await work(path.join(againstDir, `${c.name}.wasm`));
      figure += ` against ${(other / 1e6).toFixed(1).padStart(8)} M (${(other / mine).toFixed(2)}x)`;
    }
  } else {
    const other = againstDir && new WebAssembly.Module(fs.readFileSync(path.join(againstDir, `${c.name}.wasm`)));
    if (other && run(size, other).stdout !== expected) throw new Error(`${c.name}: the --against module prints otherwise`);
    const time = (m) => { const t0 = performance.now(); run(size, m); return performance.now() - t0; };
    let best = Infinity, bestOther = Infinity;
    for (let r = 0; r < runs; r++) { // alternating, so drift in the machine's load hits both alike
      best = Math.min(best, time(module));
      if (other) bestOther = Math.min(bestOther, time(other));
    }
    figure = `${best.toFixed(2).padStart(9)} ms`;
    if (other) figure += ` against ${bestOther.toFixed(2).padStart(8)} ms (${(bestOther / best).toFixed(2)}x)`;
  }
  console.log(`${c.name.padEnd(15)} size ${String(size).padStart(4)} ${figure}   ${c.what}`);
}

/** Instructions (callgrind's "Collected") of a child node that instantiates and runs the module once. */
async function instructions(wasmPath, n) {
  const child = `import fs from 'node:fs'; import { runModule } from '@pgo/cli';
    const m = new WebAssembly.Module(fs.readFileSync(${JSON.stringify(wasmPath)}));
    const r = runModule(m, { capture: true, args: [${JSON.stringify(String(n))}] }); if (r.exitCode) process.exit(1);`;
  const args = ['--tool=callgrind', '--callgrind-out-file=/dev/null',
    process.execPath, ...wasmFlags, '--single-threaded', '--input-type=module', '-e', child];
  const r = await new Promise((resolve) => {
    const p = spawn('valgrind', args, { cwd: repoRoot });
    let stderr = '';
    p.stderr.on('data', (d) => { stderr += d; });
    p.on('close', (status) => resolve({ status, stderr }));
  });
  const m = /Collected : (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`callgrind failed: ${r.stderr.slice(-400)}`);
  return Number(m[1]);
}
