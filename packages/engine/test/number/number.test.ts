// Number <-> String conversions of the engine (packages/engine/assembly/number)
// against node itself: entry.ts is compiled in memory with the asc JS API,
// instantiated, and every conversion is compared with String(x),
// x.toString(r), toFixed/toExponential/toPrecision, Number(s), parseFloat and
// parseInt on random and hand-picked inputs (seeded, so failures reproduce).
import { beforeAll, describe, expect, it } from 'vitest';
import asc from 'assemblyscript/asc';
import binaryen from 'binaryen';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
// @ts-ignore: plain .mjs helper without typings
import { build, split, invSplit, POW5_MAX, INV_MAX } from './gen-pow5-table.mjs';
import { readFileSync } from 'node:fs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

interface Exports {
  memory: WebAssembly.Memory;
  io(): number;
  ioUnits(): number;
  toString(x: number): number;
  toStringRadix(x: number, radix: number): number;
  toFixed(x: number, f: number): number;
  toExponential(x: number, f: number): number;
  toPrecision(x: number, p: number): number;
  stringToNumber(len: number): number;
  parseFloat_(len: number): number;
  parseInt_(len: number, radix: number): number;
  pow5(i: number, inv: number): void;
  pow5Low(): bigint;
  pow5High(): bigint;
}

let E: Exports;
let wasmSize = 0;

function units(): Uint16Array {
  return new Uint16Array(E.memory.buffer, E.io(), E.ioUnits());
}
function read(n: number): string {
  if (n < 0) return `<${n}>`;
  const u = units();
  let s = '';
  for (let i = 0; i < n; i += 4096) s += String.fromCharCode(...u.subarray(i, Math.min(n, i + 4096)));
  return s;
}
function write(s: string): number {
  const u = units();
  if (s.length > u.length) throw new Error('test string too long');
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return s.length;
}

const w = {
  toString: (x: number) => read(E.toString(x)),
  radix: (x: number, r: number) => read(E.toStringRadix(x, r)),
  toFixed: (x: number, f: number) => read(E.toFixed(x, f)),
  toExponential: (x: number, f: number) => read(E.toExponential(x, f)),
  toPrecision: (x: number, p: number) => read(E.toPrecision(x, p)),
  number: (s: string) => E.stringToNumber(write(s)),
  parseFloat: (s: string) => E.parseFloat_(write(s)),
  parseInt: (s: string, r: number) => E.parseInt_(write(s), r),
};

// ---------------------------------------------------------------------------
// Seeded random doubles.
let seed = 0x9e3779b97f4a7c15n;
function rand64(): bigint {
  // splitmix64
  seed = (seed + 0x9e3779b97f4a7c15n) & 0xffffffffffffffffn;
  let z = seed;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & 0xffffffffffffffffn;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & 0xffffffffffffffffn;
  return z ^ (z >> 31n);
}
const dv = new DataView(new ArrayBuffer(8));
function fromBits(b: bigint): number {
  dv.setBigUint64(0, b);
  return dv.getFloat64(0);
}
function toBits(x: number): bigint {
  dv.setFloat64(0, x);
  return dv.getBigUint64(0);
}
function randInt(n: number): number {
  return Number(rand64() % BigInt(n));
}
function randFloat(): number {
  return Number(rand64() >> 11n) / 2 ** 53;
}
/** A random finite double: random bits, integers, short decimals, subnormals, near powers of two. */
function randomDouble(): number {
  switch (randInt(8)) {
    case 0:
    case 1: {
      let x: number;
      do x = fromBits(rand64()); while (!Number.isFinite(x));
      return x;
    }
    case 2:
      return (randInt(2) ? -1 : 1) * Math.floor(randFloat() * 2 ** randInt(70));
    case 3: // short decimals: the shortest output has few digits
      return Number(`${randInt(10 ** (1 + randInt(9)))}e${randInt(640) - 330}`);
    case 4: // subnormals
      return fromBits(rand64() & ((1n << (1n + BigInt(randInt(52)))) - 1n));
    case 5: // powers of two and neighbours
      return fromBits(((BigInt(randInt(2046) + 1) << 52n) + BigInt(randInt(5)) - 2n) & 0x7fffffffffffffffn);
    case 6: // moderate magnitudes
      return (randFloat() - 0.5) * 10 ** (randInt(44) - 22);
    default: // integers near 2^53 and beyond
      return 2 ** (50 + randInt(30)) + randInt(2000) - 1000;
  }
}

const BOUNDARIES = [
  0, -0, 1, -1, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, Math.PI, Math.E, Number.MIN_VALUE, -Number.MIN_VALUE,
  Number.MAX_VALUE, -Number.MAX_VALUE, Number.EPSILON, 2 ** 53, 2 ** 53 - 1, 2 ** 53 + 2, -(2 ** 53),
  2 ** 31, 2 ** 32, 2 ** 63, 2 ** 64, 1e21, 1e21 - 65536, 999999999999999999999, 1e-7, 1e-6,
  9.999999999999999e-7, 1.5e-7, 123456789012345680000, 5e-324, 1e-323, 2.2250738585072014e-308,
  2.225073858507201e-308, 4.9406564584124654e-324, 1e23, 9.007199254740993e15, 5e-7, 0.000001,
  1.7976931348623157e308, 8.98846567431158e307, 1e300, 1e-300, 123e-20, 1.2345678901234567e-200,
  0.5, 1.5, 2.5, 1.005, 1.45, 0.000123, 100, 1e15, 1e16, 1e17, 4.35, 0.045, 1.255, 1e-5, 12345.6789,
];

function powersOfTen(): number[] {
  const r: number[] = [];
  for (let k = -325; k <= 309; k++) {
    const x = Number(`1e${k}`);
    if (!Number.isFinite(x) || x === 0) continue;
    const b = toBits(x);
    r.push(x, fromBits(b + 1n), fromBits(b - 1n));
  }
  return r;
}

beforeAll(async () => {
  const outputs: Record<string, Uint8Array | string> = {};
  let stderr = '';
  const { error } = await asc.main(
    [
      'packages/engine/test/number/entry.ts', '--baseDir', ROOT, '--runtime', 'stub', '--use', 'abort=',
      '-O', '--outFile', 'number.wasm', '--textFile', 'number.wat',
    ],
    {
      writeFile: (name: string, contents: Uint8Array | string) => {
        outputs[path.basename(name)] = contents;
      },
      stdout: { write: () => true } as any,
      stderr: { write: (s: string) => ((stderr += s), true) } as any,
    },
  );
  if (error) throw new Error(`asc failed: ${error.message}\n${stderr}`);
  const bytes = outputs['number.wasm'] as Uint8Array;
  wasmSize = bytes.length;
  const wat = String(outputs['number.wat']);
  // No managed allocation may be reachable.
  expect(wat).toContain('NumberToString');
  expect(wat).not.toMatch(/__alloc|__new|~lib\/rt\//);
  // Only the features enabled downstream are used.
  const F = binaryen.Features;
  const mod = binaryen.readBinary(bytes);
  mod.setFeatures(F.MVP | F.MutableGlobals | F.SignExt | F.NontrappingFPToInt | F.Multivalue | F.BulkMemory |
    F.BulkMemoryOpt | F.SIMD128);
  expect(mod.validate()).toBeTruthy();
  mod.dispose();
  const { instance } = await WebAssembly.instantiate(bytes, {
    env: { abort: () => { throw new Error('abort'); } },
  });
  E = instance.exports as unknown as Exports;
}, 60_000);

describe('number conversions', () => {
  it('compiles to a small module without allocation', () => {
    console.log(`number test module: ${wasmSize} bytes of wasm`);
    expect(wasmSize).toBeGreaterThan(0);
  });

  it('pow5-table.ts is what gen-pow5-table.mjs generates', () => {
    const file = readFileSync(path.join(ROOT, 'packages/engine/assembly/number/pow5-table.ts'), 'utf8');
    expect(file).toBe(build());
  });

  it('rebuilds every Ryū power-of-5 table entry exactly', () => {
    const mask = (1n << 64n) - 1n;
    for (let i = 0; i <= POW5_MAX; i++) {
      E.pow5(i, 0);
      const v = split(i);
      expect([i, E.pow5Low(), E.pow5High()]).toEqual([i, BigInt.asIntN(64, v & mask), BigInt.asIntN(64, v >> 64n)]);
    }
    for (let i = 0; i <= INV_MAX; i++) {
      E.pow5(i, 1);
      const v = invSplit(i);
      expect([i, E.pow5Low(), E.pow5High()]).toEqual([i, BigInt.asIntN(64, v & mask), BigInt.asIntN(64, v >> 64n)]);
    }
  });

  it('NumberToString equals String(x) and StringToNumber round-trips (~200k doubles)', () => {
    const xs = [...BOUNDARIES, ...powersOfTen()];
    for (let i = 0; i < 200_000; i++) xs.push(randomDouble());
    xs.push(NaN, Infinity, -Infinity);
    let bad: string[] = [];
    for (const x of xs) {
      const s = w.toString(x);
      if (s !== String(x)) bad.push(`${toBits(x).toString(16)}: ${s} != ${String(x)}`);
      else if (!Object.is(w.number(s), Object.is(x, -0) ? 0 : x)) bad.push(`round trip ${s} -> ${w.number(s)}`);
      if (bad.length > 10) break;
    }
    expect(bad).toEqual([]);
  });

  it('NumberToStringRadix equals x.toString(r) for every radix 2..36', () => {
    const xs = [...BOUNDARIES, NaN, Infinity, -Infinity, 255.5, -7.25, 0.1, 1e-10, 2 ** 60 + 2 ** 10];
    for (let i = 0; i < 700; i++) xs.push(randomDouble());
    const bad: string[] = [];
    for (let r = 2; r <= 36; r++) {
      for (const x of xs) {
        const got = w.radix(x, r);
        if (got !== x.toString(r)) bad.push(`${x}.toString(${r}): ${got} != ${x.toString(r)}`);
      }
      if (bad.length > 10) break;
    }
    expect(bad).toEqual([]);
    expect(E.toStringRadix(1, 1)).toBe(-1);
    expect(E.toStringRadix(1, 37)).toBe(-1);
  });

  it('toFixed / toExponential / toPrecision equal node', () => {
    const xs = [...BOUNDARIES, NaN, Infinity, -Infinity, 0.5, 2.5, -2.5, 1e20, 999.9999, 0.0006, 0.00049];
    for (let i = 0; i < 4000; i++) xs.push(randomDouble());
    // values with ties and near-ties in short decimals
    for (let i = 0; i < 2000; i++) xs.push(Number(`${randInt(100000)}5e-${randInt(12)}`) * (randInt(2) ? -1 : 1));
    const bad: string[] = [];
    for (const x of xs) {
      const fs = [0, 1, 2, 20, 100, randInt(101), randInt(101)];
      for (const f of fs) {
        const got = w.toFixed(x, f);
        if (got !== x.toFixed(f)) bad.push(`${x}.toFixed(${f}): ${got} != ${x.toFixed(f)}`);
        const g2 = w.toExponential(x, f);
        if (g2 !== x.toExponential(f)) bad.push(`${x}.toExponential(${f}): ${g2} != ${x.toExponential(f)}`);
        const p = Math.max(1, f);
        const g3 = w.toPrecision(x, p);
        if (g3 !== x.toPrecision(p)) bad.push(`${x}.toPrecision(${p}): ${g3} != ${x.toPrecision(p)}`);
      }
      const g4 = w.toExponential(x, -1);
      if (g4 !== x.toExponential()) bad.push(`${x}.toExponential(): ${g4} != ${x.toExponential()}`);
      if (bad.length > 10) break;
    }
    expect(bad).toEqual([]);
    // RangeError cases are reported as -1, after the spec's NaN/Infinity checks.
    expect([E.toFixed(1, -1), E.toFixed(1, 101), E.toFixed(NaN, 101)]).toEqual([-1, -1, -1]);
    expect([E.toExponential(1, 101), E.toExponential(1, -2), E.toPrecision(1, 0), E.toPrecision(1, 101)])
      .toEqual([-1, -1, -1, -1]);
    expect([w.toExponential(NaN, 101), w.toPrecision(-Infinity, 0)]).toEqual(['NaN', '-Infinity']);
  });

  it('StringToNumber equals Number(s) on edge cases', () => {
    const ws = ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
    const cases = [
      '', ' ', ws, `${ws}42${ws}`, '\u180e1', '1\u180e', '\u200b1', '\u00851', '12', '-12', '+12', '1_000', '0x10',
      '+0x10', '-0x10', '0X1f', '0x', '0x1g', '0x 1', '0b101', '0B2', '0o17', '0O8', '0b', '0o', '00x10', '.', '+.',
      '-.', '.5', '5.', '+.5', '-5.', '.e1', '1.e1', '1e', '1e+', '1e-', '1e+1', '1E-1', 'e5', '1e400',
      '-1e400', '1e-400', '-1e-400', '4.9406564584124654e-324', '2.4703282292062327e-324',
      '2.4703282292062328e-324', '2.47032822920623272e-324', '9007199254740993', '9007199254740992.5',
      '9007199254740993.0000000000000000000000001', '9007199254740995', 'Infinity', '+Infinity',
      '-Infinity', 'infinity', 'INFINITY', 'Infinit', 'Infinityx', ' Infinity ', '+-1', '--1', '- 1',
      '1 2', '1,2', '0.0000000000000000000000000000000000001', '-0', '+0', '0e99999999999',
      '1e99999999999', '1e-99999999999', `0.${'0'.repeat(400)}1e400`, `1${'0'.repeat(400)}e-400`,
      '1.7976931348623157e308', '1.7976931348623158e308', '1.797693134862315807e308',
      '1.7976931348623159e308', '2.2250738585072011e-308', '2.2250738585072012e-308', '0.1', '0.2',
      '123456789012345678901234567890', '1' + '0'.repeat(308), '1' + '0'.repeat(309), 'NaN', '0x1p3',
      '١٢', '１２', '1n', '0.0e-5', '000123', '0x' + 'f'.repeat(300), '0b' + '1'.repeat(54),
      '0x1fffffffffffff8', '0x1fffffffffffff7', '0x1fffffffffffff9', '0x1fffffffffffff80', '0x20000000000001',
      '0x20000000000003', '0x200000000000010', '0x200000000000030',
    ];
    const bad: string[] = [];
    for (const s of cases) {
      if (!Object.is(w.number(s), Number(s))) bad.push(`${JSON.stringify(s)}: ${w.number(s)} != ${Number(s)}`);
    }
    expect(bad).toEqual([]);
  });

  it('StringToNumber rounds long inputs and exact halfway points correctly', () => {
    const bad: string[] = [];
    const check = (s: string) => {
      if (!Object.is(w.number(s), Number(s))) bad.push(`${s.slice(0, 60)}...(${s.length}): ${w.number(s)} != ${Number(s)}`);
    };
    for (let i = 0; i < 3000 && bad.length < 10; i++) {
      // The exact midpoint between a random double and its successor, and its neighbours.
      const x = Math.abs(randomDouble());
      const b = toBits(x);
      if (b >= 0x7fefffffffffffffn) continue;
      const exp = Number((b >> 52n) & 0x7ffn);
      const m = exp === 0 ? b & ((1n << 52n) - 1n) : (b & ((1n << 52n) - 1n)) | (1n << 52n);
      const e2 = (exp === 0 ? -1074 : exp - 1075) - 1;
      const k = 2n * m + 1n;
      let digits: string, dexp: number;
      if (e2 >= 0) {
        digits = (k << BigInt(e2)).toString();
        dexp = 0;
      } else {
        digits = (k * 5n ** BigInt(-e2)).toString();
        dexp = e2;
      }
      check(`${digits}e${dexp}`);
      check(`${digits}1e${dexp - 1}`);
      check(`${digits}00000000000000000000000000000000000000000000000000000001e${dexp - 56}`);
      const last = digits.length - 1;
      const lower = digits.slice(0, last) + String.fromCharCode(digits.charCodeAt(last) - 1) + '9'.repeat(30);
      check(`${lower}e${dexp - 30}`);
      check(`0.${digits}e${dexp + digits.length}`);
    }
    // Random long digit strings (up to ~900 digits) at random scales.
    for (let i = 0; i < 3000 && bad.length < 10; i++) {
      const n = 1 + randInt(randInt(2) ? 30 : 900);
      let d = String(1 + randInt(9));
      while (d.length < n) d += String(randInt(10));
      const e = randInt(700) - 350 - (randInt(2) ? n : 0);
      const p = randInt(n + 1);
      check(`${d.slice(0, p)}.${d.slice(p)}e${e}`);
      check(`-${'0'.repeat(randInt(5))}${d}e${e}`);
    }
    // 800+-digit inputs.
    const long = '1' + '2'.repeat(799) + '3'.repeat(50);
    check(long);
    check(`0.${long}`);
    check(`${long}e-1100`);
    check(`9007199254740993${'0'.repeat(900)}1e-901`);
    check(`9007199254740993${'0'.repeat(900)}e-900`);
    expect(bad).toEqual([]);
  });

  it('ParseFloat equals parseFloat', () => {
    const cases = [
      '-.5e3', '1e', '.', '', '  ', '  -0', '-0', '+0', 'Infinityx', '-Infinity', '+Infinity', '-Inf', 'infinity',
      '0x10', '1.5e+', '1.5e+2x', '1.e5', '.5', '5.', '+.5', '+-1', '1_000', '\u00a0\u30003.25abc', '\u180e1',
      '1e1000', '-1e-1000', '12.34.56', '1e2e3', 'e1', '.e1', '-.e1', '0.0000001', '123456789012345678901234567890',
      '4.9406564584124654e-324x', '1ee', '1e-', '1e+-1', '9007199254740993 junk', ' \n1',
    ];
    const bad: string[] = [];
    for (const s of cases) {
      if (!Object.is(w.parseFloat(s), parseFloat(s))) bad.push(`${JSON.stringify(s)}: ${w.parseFloat(s)} != ${parseFloat(s)}`);
    }
    expect(bad).toEqual([]);
  });

  it('fuzz: Number, parseFloat and parseInt agree with node on random strings', () => {
    const alphabet = ['0', '1', '5', '9', '.', 'e', 'E', '+', '-', 'x', 'X', 'b', 'o', 'a', 'f', 'z', 'I', 'n', 'finity', 'Infinity', ' ', '\u00a0', '\u2028', '_'];
    const bad: string[] = [];
    for (let i = 0; i < 30000 && bad.length < 10; i++) {
      let s = '';
      const n = randInt(12);
      for (let j = 0; j < n; j++) s += alphabet[randInt(alphabet.length)];
      if (!Object.is(w.number(s), Number(s))) bad.push(`Number(${JSON.stringify(s)})`);
      if (!Object.is(w.parseFloat(s), parseFloat(s))) bad.push(`parseFloat(${JSON.stringify(s)})`);
      const r = [0, 0, 2, 8, 10, 16, 36, 7, 1, 37, -1][randInt(11)];
      if (!Object.is(w.parseInt(s, r), parseInt(s, r))) bad.push(`parseInt(${JSON.stringify(s)}, ${r})`);
    }
    expect(bad).toEqual([]);
  });

  it('ParseInt equals parseInt', () => {
    const cases: [string, number][] = [
      ['  0x1F', 0], ['0x1F', 16], ['0x1F', 10], ['-0x1F', 0], ['-0x1F', 16], ['0x', 0], ['0x', 16], ['-0', 0],
      ['+0', 0], ['0', 0], ['00', 0], ['', 0], ['  ', 0], ['+', 0], ['-', 10], ['123', 37], ['123', 1], ['123', -1],
      ['123', 0], ['9007199254740993', 0], ['9007199254740993', 10], ['1e3', 0], ['0.00000001', 0], ['0b11', 0],
      ['0o17', 0], ['z', 36], ['Z', 36], ['10', 2], ['12', 2], ['  +7f', 16], ['1'.repeat(400), 10],
      ['1'.repeat(308), 10], ['f'.repeat(300), 16], ['1'.repeat(1100), 2], ['0'.repeat(500) + '1', 10],
      ['0x' + '0'.repeat(50) + '1', 16], ['\u00a0\ufeff-12abc', 10], ['1_000', 10], ['١٢', 10], ['0xg', 0],
      ['00x1', 0], ['0-1', 0], ['08', 8], ['-0abc', 0], ['  -00', 0], ['-0x0', 16], ['1fffffffffffff9', 16],
      ['1fffffffffffff8', 16], ['1fffffffffffff7', 16], ['20000000000001', 16], ['20000000000003', 16],
      ['200000000000010', 16], ['100000000000000000000000000000001', 32],
    ];
    // Long random digit strings in every radix: exercises the generic double accumulation.
    for (let r = 2; r <= 36; r++) {
      for (let i = 0; i < 40; i++) {
        let s = randInt(4) === 0 ? '-' : '';
        const n = 1 + randInt(randInt(2) ? 20 : 90);
        for (let j = 0; j < n; j++) s += randInt(r).toString(36)[randInt(2) ? 'toUpperCase' : 'toLowerCase']();
        cases.push([s, r]);
      }
    }
    const bad: string[] = [];
    for (const [s, r] of cases) {
      if (!Object.is(w.parseInt(s, r), parseInt(s, r))) bad.push(`parseInt(${JSON.stringify(s.slice(0, 40))}, ${r}): ${w.parseInt(s, r)} != ${parseInt(s, r)}`);
    }
    expect(bad).toEqual([]);
  });
});
