// Bad input through the `pgo` command: each gives one clear line and exit code 1, never a stack
// trace; runtime failures print like node and exit non-zero.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, it, expect, beforeAll } from 'vitest';
import { repoRoot } from './support/corpus.js';

const cli = path.join(repoRoot, 'packages/cli/dist/main.js');
const errors = path.join(repoRoot, 'test/errors');
let tmp: string;

function pgo(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One line on stderr, exit 1, no JS stack trace. */
function expectCleanFailure(r: ReturnType<typeof pgo>, pattern: RegExp): void {
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

beforeAll(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pgo-cli-')); });

describe('pgo build: bad input', () => {
  it('reports a syntax error with file:line:column', () => {
    expectCleanFailure(pgo('build', 'test/errors/syntax-error.js', '-o', path.join(tmp, 'a.wasm')),
      /^pgo: test\/errors\/syntax-error\.js:3:16: syntax error: Unexpected token/);
  });
  it('reports eval as unsupported at its location', () => {
    expectCleanFailure(pgo('build', 'test/errors/unsupported-eval.js', '-o', path.join(tmp, 'a.wasm')),
      /^pgo: test\/errors\/unsupported-eval\.js:3:16: unsupported: eval/);
  });
  it('reports new Function as unsupported at its location', () => {
    expectCleanFailure(pgo('build', 'test/errors/unsupported-new-function.js', '-o', path.join(tmp, 'a.wasm')),
      /^pgo: test\/errors\/unsupported-new-function\.js:3:11: unsupported: new Function/);
  });
  it("reports a 'with' statement as unsupported at its location", () => {
    expectCleanFailure(pgo('build', 'test/errors/unsupported-with.js', '-o', path.join(tmp, 'a.wasm')),
      /^pgo: test\/errors\/unsupported-with\.js:4:1: unsupported: 'with' statement/);
  });
  it('reports a missing entry file', () => {
    expectCleanFailure(pgo('build', 'test/errors/does-not-exist.js'), /^pgo: test\/errors\/does-not-exist\.js: no such file$/m);
  });
  it('reports an unwritable output path', () => {
    expectCleanFailure(pgo('build', 'test/errors/uncaught-typeerror.js', '-o', path.join(tmp, 'no/such/dir/x.wasm')),
      /cannot write output \(ENOENT\)/);
  });
});

describe('pgo run: bad input and runtime failures', () => {
  it('refuses a file that is not WebAssembly', () => {
    expectCleanFailure(pgo('run', path.join(errors, 'not-wasm.txt')), /not a WebAssembly module/);
  });
  it('refuses a missing module', () => {
    expectCleanFailure(pgo('run', path.join(tmp, 'missing.wasm')), /no such file/);
  });
  it('prints an uncaught exception like node and exits 1', () => {
    const out = path.join(tmp, 'uncaught.wasm');
    expect(pgo('build', 'test/errors/uncaught-typeerror.js', '-o', out).code).toBe(0);
    const r = pgo('run', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('first 2\nsecond 3\n');
    expect(r.stderr).toBe('Uncaught TypeError: boom\n');
  });
  it('turns unbounded recursion into a RangeError, not a crash', () => {
    const out = path.join(tmp, 'overflow.wasm');
    expect(pgo('build', 'test/errors/stack-overflow.js', '-o', out).code).toBe(0);
    const r = pgo('run', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('starting\n');
    expect(r.stderr).toBe('Uncaught RangeError: Maximum call stack size exceeded\n');
  });
  it('ends a program that runs out of memory with one clear line and a non-zero exit, never a trap', () => {
    const out = path.join(tmp, 'oom.wasm');
    expect(pgo('build', 'test/errors/out-of-memory.js', '--max-memory', '32', '-o', out).code).toBe(0);
    const r = pgo('run', out);
    expect(r.code).toBe(134);
    expect(r.stderr).toBe('FATAL ERROR: JavaScript heap out of memory (RangeError: out of memory)\n');
  });
  it('refuses a --max-memory outside 2..4096 MiB', () => {
    expectCleanFailure(pgo('build', 'test/errors/out-of-memory.js', '--max-memory', '1', '-o', path.join(tmp, 'x.wasm')),
      /^pgo: --max-memory 1: expected a size in MiB from 2 to 4096/);
  });
  it('passes arguments through and runs a module built without a snapshot', () => {
    const src = path.join(tmp, 'hello.js');
    fs.writeFileSync(src, 'console.log("hi");\n');
    const out = path.join(tmp, 'hello.wasm');
    expect(pgo('build', src, '-o', out, '--no-snapshot').code).toBe(0);
    expect(pgo('run', out, 'a', 'b')).toMatchObject({ code: 0, stdout: 'hi\n' });
  });
  it('gives the program process.argv (arguments from index 2) and process.env at run time', () => {
    const src = path.join(tmp, 'args.main.mjs');
    // A main module: its top level runs at build time, where argv and env are still empty.
    fs.writeFileSync(src, 'const argv = process.argv, env = process.env;\n' +
      'export function main() { console.log(JSON.stringify(argv.slice(2)), argv[1].endsWith("args.wasm"), env.PGO_ARG_TEST, env === process.env); }\n');
    const out = path.join(tmp, 'args.wasm');
    expect(pgo('build', src, '-o', out).code).toBe(0);
    const r = spawnSync(process.execPath, [cli, 'run', out, 'a', 'é b'],
      { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, PGO_ARG_TEST: 'x=y' } });
    expect({ code: r.status, stdout: r.stdout }).toEqual({ code: 0, stdout: '["a","é b"] true x=y true\n' });
  });
  it('waits for timers and exits with process.exitCode', () => {
    const src = path.join(tmp, 'timer.js');
    fs.writeFileSync(src, 'process.exitCode = 3;\nsetTimeout(() => console.log("late"), 30);\n');
    const out = path.join(tmp, 'timer.wasm');
    expect(pgo('build', src, '-o', out).code).toBe(0);
    expect(pgo('run', out)).toMatchObject({ code: 3, stdout: 'late\n' });
  });
});
