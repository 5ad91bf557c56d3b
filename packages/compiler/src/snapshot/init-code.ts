// What Wizer needs to compile. Wizer compiles the whole module with Cranelift before it runs the
// initialization function, and that compile is most of a snapshot build (~250 of ~290 ms for a
// small program); initialization itself runs only a fraction of the engine. So the module given
// to Wizer keeps the bodies of the functions initialization can reach (the start function, the
// init export, what they call directly, and every table function of a type they call_indirect)
// and has every other body replaced by `unreachable`; Wizer's output then gets the original code
// section back. Wizer only rewrites data, globals, the memory's size and the exports, never the
// code, so the result is the module a full Wizer run makes (init-code.test.ts checks it byte for
// byte). Should initialization still reach a replaced body, it traps, and the caller snapshots
// the whole module instead.

import { Cursor, sections, leb, encodeSection, concat, type Section } from './wasm-binary.js';

const SECTION_IMPORT = 2;
const SECTION_EXPORT = 7;
const SECTION_FUNCTION = 3;
const SECTION_START = 8;
const SECTION_ELEMENT = 9;
const SECTION_CODE = 10;
const EXTERNAL_FUNCTION = 0;

function importedFunctions(wasm: Uint8Array, s: Section | undefined): number {
  if (!s) return 0;
  const c = new Cursor(wasm, s.bodyStart);
  let functions = 0;
  for (let n = c.u32(); n > 0; n--) {
    c.name(); c.name();
    const kind = wasm[c.p++];
    if (kind === EXTERNAL_FUNCTION) { functions++; c.u32(); }
    else if (kind === 1) { c.skip(1); limits(c); }  // table: reftype, limits
    else if (kind === 2) limits(c);                 // memory
    else if (kind === 3) c.skip(2);                 // global: valtype, mutability
    else throw new Error(`init-code: unknown import kind ${kind}`);
  }
  return functions;
}

function limits(c: Cursor): void {
  const flags = c.u32();
  c.u32();
  if (flags & 1) c.u32();
}

function exportedFunction(wasm: Uint8Array, s: Section | undefined, name: string): number {
  if (!s) return -1;
  const c = new Cursor(wasm, s.bodyStart);
  for (let n = c.u32(); n > 0; n--) {
    const exported = c.name();
    const kind = wasm[c.p++];
    const index = c.u32();
    if (kind === EXTERNAL_FUNCTION && exported === name) return index;
  }
  return -1;
}

/** A memory instruction's immediate: alignment (with a memory index if bit 6 is set), offset. */
function memarg(c: Cursor): void {
  if (c.u32() & 0x40) c.u32();
  c.skipLeb();
}

function blockType(c: Cursor): void {
  const t = c.b[c.p];
  if (t === 0x40 || (t >= 0x6f && t <= 0x7f)) c.p++;
  else c.skipLeb();
}

/** The functions `body` (an expression) calls directly, by index, into `out`, and the types it
 *  calls indirectly into `types`. Decodes exactly the instruction set of DESIGN contract 9 (plus
 *  reference types' table and ref instructions). */
function callees(c: Cursor, end: number, out: number[], types: Set<number>): void {
  while (c.p < end) {
    const op = c.b[c.p++];
    switch (op) {
      case 0x02: case 0x03: case 0x04: blockType(c); break;
      case 0x0c: case 0x0d: c.u32(); break;
      case 0x0e: for (let n = c.u32() + 1; n > 0; n--) c.u32(); break;
      case 0x10: case 0x12: case 0xd2: out.push(c.u32()); break;
      case 0x11: case 0x13: types.add(c.u32()); c.u32(); break;
      case 0x1c: c.skip(c.u32()); break;
      case 0x3f: case 0x40: c.u32(); break;
      case 0x41: case 0x42: c.skipLeb(); break;
      case 0x43: c.skip(4); break;
      case 0x44: c.skip(8); break;
      case 0xd0: c.skipLeb(); break;
      case 0xfc: fcInstruction(c); break;
      case 0xfd: simdInstruction(c); break;
      default:
        if (op >= 0x20 && op <= 0x26) c.u32();
        else if (op >= 0x28 && op <= 0x3e) memarg(c);
        else if (op >= 0x06 && op <= 0x09 || op === 0x18 || op === 0x19) {
          throw new Error(`init-code: exception-handling opcode 0x${op.toString(16)} (not in the feature set)`);
        }
        // Every other opcode (numeric, parametric, control without immediates) has none.
    }
  }
}

function fcInstruction(c: Cursor): void {
  const sub = c.u32();
  if (sub <= 7) return;                            // saturating truncations
  if (sub === 8) { c.u32(); c.u32(); return; }     // memory.init data, memory
  if (sub === 10 || sub === 12 || sub === 14) { c.u32(); c.u32(); return; } // memory.copy, table.init, table.copy
  c.u32();                                         // data.drop, memory.fill, elem.drop, table.grow/size/fill
}

function simdInstruction(c: Cursor): void {
  const sub = c.u32();
  if (sub <= 11 || sub === 92 || sub === 93) memarg(c);
  else if (sub === 12 || sub === 13) c.skip(16);     // v128.const, i8x16.shuffle
  else if (sub >= 21 && sub <= 34) c.skip(1);        // extract/replace lane
  else if (sub >= 84 && sub <= 91) { memarg(c); c.skip(1); } // load/store lane
}

/** The type index of each defined function. */
function functionTypes(wasm: Uint8Array, s: Section): number[] {
  const c = new Cursor(wasm, s.bodyStart);
  const out: number[] = [];
  for (let n = c.u32(); n > 0; n--) out.push(c.u32());
  return out;
}

/** A constant expression (offset or element): the function it names with ref.func, or -1. */
function constExpr(c: Cursor): number {
  let f = -1;
  for (let op = c.b[c.p++]; op !== 0x0b; op = c.b[c.p++]) {
    if (op === 0xd2) f = c.u32();
    else if (op === 0x44) c.skip(8);
    else if (op === 0x43) c.skip(4);
    else c.skipLeb(); // i32.const, i64.const, global.get, ref.null
  }
  return f;
}

/** Every function an element segment puts in a table: what call_indirect can reach. */
function tableFunctions(wasm: Uint8Array, s: Section | undefined): number[] {
  if (!s) return [];
  const c = new Cursor(wasm, s.bodyStart);
  const out: number[] = [];
  for (let n = c.u32(); n > 0; n--) {
    const flags = c.u32();
    if (flags & 2 && !(flags & 1)) c.u32();  // explicit table index
    if (!(flags & 1)) constExpr(c);           // active: offset
    if (flags & 3) c.skip(1);                 // elemkind or reftype
    for (let k = c.u32(); k > 0; k--) out.push(flags & 4 ? constExpr(c) : c.u32());
  }
  return out.filter((f) => f >= 0);
}

/** Where each defined function's entry (size, then body) and body lie in the code section. */
function bodies(wasm: Uint8Array, code: Section): { entry: number; start: number; end: number }[] {
  const c = new Cursor(wasm, code.bodyStart);
  const out: { entry: number; start: number; end: number }[] = [];
  for (let n = c.u32(); n > 0; n--) {
    const entry = c.p;
    const size = c.u32();
    out.push({ entry, start: c.p, end: c.p + size });
    c.p += size;
  }
  return out;
}

/** `wasm` with the body of every function that `initExport` (and the start function) cannot reach by direct calls replaced
 *  by `unreachable` (indices unchanged), and how many bodies were kept; null if the module has no
 *  such export or nothing to drop. */
export function initOnlyCode(wasm: Uint8Array, initExport: string): { wasm: Uint8Array; kept: number; total: number } | null {
  const all = sections(wasm);
  const code = all.find((s) => s.id === SECTION_CODE);
  if (!code) return null;
  const imported = importedFunctions(wasm, all.find((s) => s.id === SECTION_IMPORT));
  const root = exportedFunction(wasm, all.find((s) => s.id === SECTION_EXPORT), initExport);
  if (root < imported) return null;
  const spans = bodies(wasm, code);
  const reached = new Uint8Array(spans.length);
  const work: number[] = [];
  // Instantiation runs the start function (AssemblyScript's top level) before Wizer calls init.
  const start = all.find((s) => s.id === SECTION_START);
  for (const f of [root, start ? new Cursor(wasm, start.bodyStart).u32() : -1]) {
    if (f >= imported && !reached[f - imported]) { reached[f - imported] = 1; work.push(f - imported); }
  }
  const reach = (f: number): void => {
    const d = f - imported;
    if (d >= 0 && !reached[d]) { reached[d] = 1; work.push(d); }
  };
  // call_indirect can reach any table function of its type: those join once the type is seen.
  const types = functionTypes(wasm, all.find((s) => s.id === SECTION_FUNCTION)!);
  const byType = new Map<number, number[]>();
  for (const f of tableFunctions(wasm, all.find((s) => s.id === SECTION_ELEMENT))) {
    const t = types[f - imported];
    if (t === undefined) continue;
    if (!byType.has(t)) byType.set(t, []);
    byType.get(t)!.push(f);
  }
  const indirect = new Set<number>(), expanded = new Set<number>();
  const targets: number[] = [];
  while (work.length > 0) {
    const span = spans[work.pop()!];
    const c = new Cursor(wasm, span.start);
    for (let groups = c.u32(); groups > 0; groups--) { c.u32(); c.skip(1); } // locals
    targets.length = 0;
    callees(c, span.end, targets, indirect);
    for (const t of targets) reach(t);
    for (const t of indirect) {
      if (expanded.has(t)) continue;
      expanded.add(t);
      for (const f of byType.get(t) ?? []) reach(f);
    }
  }
  const kept = reached.reduce((n, r) => n + r, 0);
  if (kept === spans.length) return null;
  const unreachableBody = Uint8Array.of(3, 0x00, 0x00, 0x0b); // size 3: no locals, unreachable, end
  const parts: Uint8Array[] = [Uint8Array.from(leb(spans.length))];
  spans.forEach((span, i) => {
    parts.push(reached[i] ? wasm.subarray(span.entry, span.end) : unreachableBody);
  });
  return { wasm: concat([wasm.subarray(0, code.start), encodeSection(SECTION_CODE, parts), wasm.subarray(code.end)]),
    kept, total: spans.length };
}

/** `snapshotted` (Wizer's output for a module made by initOnlyCode) with the code section of
 *  `original` in place of the one with unreachable bodies. */
export function restoreCode(snapshotted: Uint8Array, original: Uint8Array): Uint8Array {
  const from = sections(original).find((s) => s.id === SECTION_CODE)!;
  const into = sections(snapshotted).find((s) => s.id === SECTION_CODE);
  if (!into) throw new Error('init-code: the snapshot has no code section');
  return concat([snapshotted.subarray(0, into.start), original.subarray(from.start, from.end), snapshotted.subarray(into.end)]);
}
