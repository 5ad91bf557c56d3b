// A module imports only the WASI functions its program can reach (analyze/capabilities.ts): the
// import list of each build, and that the program still runs the same with what is left.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import binaryen from 'binaryen';
import { describe, it, expect, beforeAll } from 'vitest';
import { build } from '@pgo/compiler';
import { engineWasmPath, httpGluePrefix } from '@pgo/engine';
import { runModule } from '@pgo/cli';
import { repoRoot } from './support/corpus.js';

let tmp: string;
beforeAll(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pgo-wasi-')); });

function compile(source: string, name = 'p.js'): WebAssembly.Module {
  const entry = path.join(tmp, name);
  fs.writeFileSync(entry, source);
  return new WebAssembly.Module(build({ entry }).wasm);
}
const importsOf = (m: WebAssembly.Module): string[] => WebAssembly.Module.imports(m).map((i) => i.name).sort();
const ALWAYS = ['fd_write', 'proc_exit'];

describe('WASI imports', () => {
  it('hello imports only fd_write and proc_exit', () => {
    const m = new WebAssembly.Module(build({ entry: path.join(repoRoot, 'workloads/hello.js') }).wasm);
    expect(importsOf(m)).toEqual(ALWAYS);
    expect(runModule(m, { capture: true }).stdout).toBe('hello, world\n');
  });

  it('a command module carries none of the wasi:http glue', () => {
    const functionNames = (wasm: Uint8Array): string[] => {
      const m = binaryen.readBinary(wasm);
      try { return Array.from({ length: m.getNumFunctions() }, (_, i) => binaryen.getFunctionInfo(m.getFunctionByIndex(i)).name); }
      finally { m.dispose(); }
    };
    expect(functionNames(fs.readFileSync(engineWasmPath)).filter((n) => n.startsWith(httpGluePrefix)).length).toBeGreaterThan(4);
    binaryen.setDebugInfo(true); // the module's name section, to tell its functions apart
    try {
      const names = functionNames(build({ entry: path.join(repoRoot, 'workloads/hello.js'), snapshot: false }).wasm);
      expect(names).toContain('assembly/host/cabi-realloc/rt_cabi_realloc');
      expect(names.filter((n) => n.startsWith(httpGluePrefix))).toEqual([]);
    } finally { binaryen.setDebugInfo(false); }
  });

  it('Date.now brings clock_time_get, Math.random random_get, process.argv the args', () => {
    expect(importsOf(compile('console.log(Date.now() > 0)'))).toEqual([...ALWAYS, 'clock_time_get'].sort());
    expect(importsOf(compile('console.log(Math.random() < 1)'))).toEqual([...ALWAYS, 'random_get'].sort());
    const args = compile('console.log(process.argv.slice(2).join())');
    expect(importsOf(args)).toEqual([...ALWAYS, 'args_get', 'args_sizes_get'].sort());
    expect(runModule(args, { capture: true, args: ['x', 'y'] }).stdout).toBe('x,y\n');
    expect(importsOf(compile('console.log(typeof process.env.HOME)'))).toEqual([...ALWAYS, 'environ_get', 'environ_sizes_get'].sort());
  });

  it('timers bring the clock and poll_oneoff', () => {
    const m = compile('setTimeout(() => console.log("late"), 1); console.log("early")');
    expect(importsOf(m)).toEqual([...ALWAYS, 'clock_time_get', 'poll_oneoff'].sort());
    expect(runModule(m, { capture: true }).stdout).toBe('early\nlate\n');
  });

  it('keeps everything when the global object is reachable', () => {
    const all = [...ALWAYS, 'args_get', 'args_sizes_get', 'clock_time_get', 'environ_get', 'environ_sizes_get',
      'fd_read', 'poll_oneoff', 'random_get'].sort();
    const reflective = compile('console.log(typeof globalThis["Da" + "te"].now())');
    expect(importsOf(reflective)).toEqual(all);
    expect(runModule(reflective, { capture: true }).stdout).toBe('number\n');
    expect(importsOf(compile('function f() { return this; } console.log(typeof f().Math.random())'))).toEqual(all);
    // A whole global handed out reaches all its members.
    expect(importsOf(compile('const { argv } = process; console.log(argv.length)'))).toEqual(
      [...ALWAYS, 'args_get', 'args_sizes_get', 'environ_get', 'environ_sizes_get', 'fd_read'].sort());
  });

  it('reads stdin only in programs that name process._stdioBytes (the serve ABI)', () => {
    expect(importsOf(compile('console.log(process.argv.length)'))).not.toContain('fd_read');
    const reader = compile('const b = process._stdioBytes.read(); console.log(b.length, b[0])');
    expect(importsOf(reader)).toContain('fd_read');
    expect(runModule(reader, { capture: true, stdin: new Uint8Array([7, 8, 9]) }).stdout).toBe('3 7\n');
  });
});
