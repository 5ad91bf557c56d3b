// Lazily created builtin families (engine builtins/lazy.ts) are invisible: the global object's keys
// come in the same order whichever families were created before reflection, and in the order of
// eager initialization (pgo's order, which is not node's: node's is not compared here).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it, expect, beforeAll } from 'vitest';
import { build } from '@pgo/compiler';
import { runModule } from '@pgo/cli';

let tmp: string;
beforeAll(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pgo-lazy-')); });

function run(source: string, snapshot = true): string {
  const entry = path.join(tmp, `p${Math.random().toString(36).slice(2)}.js`);
  fs.writeFileSync(entry, source);
  const r = runModule(new WebAssembly.Module(build({ entry, snapshot }).wasm), { capture: true });
  expect(r.stderr).toBe('');
  return r.stdout;
}

const EAGER_ORDER = 'globalThis,NaN,Infinity,undefined,Symbol,Object,Reflect,Error,TypeError,RangeError,' +
  'ReferenceError,SyntaxError,EvalError,URIError,console,Function,Array,String,parseFloat,parseInt,isNaN,' +
  'isFinite,decodeURI,decodeURIComponent,encodeURI,encodeURIComponent,escape,unescape,Number,Boolean,' +
  'Math,Map,Set,WeakMap,WeakSet,JSON,ArrayBuffer,Int8Array,Uint8Array,' +
  'Uint8ClampedArray,Int16Array,Uint16Array,Int32Array,Uint32Array,Float32Array,Float64Array,BigInt64Array,BigUint64Array,DataView,Date,' +
  'BigInt,AggregateError,Promise,process,setTimeout,clearTimeout,setInterval,clearInterval,setImmediate,' +
  'clearImmediate,queueMicrotask,TextEncoder,TextDecoder,RegExp\n';
const keys = 'console.log(Object.getOwnPropertyNames(globalThis).join());';

describe('lazy builtin families', () => {
  it('keep the global object\'s key order whatever was created first', () => {
    expect(run(keys)).toBe(EAGER_ORDER);
    expect(run(`Date; RegExp; new TextEncoder().encode("x"); Math.abs(1); ${keys}`)).toBe(EAGER_ORDER);
    expect(run(`"a".match("a"); typeof WeakSet; ${keys}`, false)).toBe(EAGER_ORDER);
    expect(run(`1n; new BigInt64Array(1)[0]; ${keys}`)).toBe(EAGER_ORDER); // a BigInt value creates BigInt
    expect(run('encodeURI = 1; console.log(typeof decodeURI, encodeURI);')).toBe('function 1\n');
  });
  it('created at build time by a main module stay in the snapshot', () => {
    fs.writeFileSync(path.join(tmp, 'main.mjs'), 'const d = new Date(0); export function main() { console.log(d.toISOString(), typeof Map); }');
    const r = runModule(new WebAssembly.Module(build({ entry: path.join(tmp, 'main.mjs') }).wasm), { capture: true });
    expect(r.stdout).toBe('1970-01-01T00:00:00.000Z function\n');
  });
});
