// What the recorder saw, written out once at exit as a JSON string for the `pgo record` host, which
// turns it into a profile (engine ids become source keys there). Shapes are made symbolic here,
// where they can be walked (DESIGN.md, contract 3): a shape is its root — the prototype's
// identity: an intrinsic, a function's `prototype`, or unknown — plus its ordered keys.
//
//   { "functions": [entries by function id],
//     "sites": [[site id, fallback hits, [[kind, field0, field1, field2, hits], ...]], ...],
//     "branches": [[branch id, taken, not taken], ...], "loops": [[loop id, entries, iterations], ...],
//     "shapes": [{ "root": "%Object.prototype%" | "null" | "unknown" | { "function": table index },
//                  "keys": [[name, attributes], ...] }, ...] }
// A field is null (unused), a number, a string, { "shape": index } or { "function": table index }.
import { CELL_FUNCTION, CELL_STRING, CELL_SHAPE } from "../layout.generated";
import { UNDEFINED, NULL, isObject, isString, isNumber, toF64, ptr, boxObject } from "../value";
import { cellKind, blockCollection, unblockCollection } from "../heap/alloc";
import { sbOpen, sbAppendStatic, sbAppendString, sbFinish } from "../string/builder";
import { NumberToStringCell } from "../ops/conversion";
import { newVector, vecGet, vecSet, vecGrow, vecCapacity } from "../object/vector";
import { findOwn, ownValue, propAttrs, NO_PROP } from "../object/object";
import { shapeParent, shapeKey, shapeAttrs, shapeProto } from "../object/shape";

function appendNumber(sb: usize, d: f64): void { sbAppendString(sb, NumberToStringCell(d)); }
import { fnInfo, fnFlags, FF_NATIVE, FI_CODE } from "../object/function";
import { A_constructor } from "../names";
import { QuoteJSONString } from "../builtins/json-stringify";
import { sbAppendSymbol } from "../builtins/inspect-primitive";
import { intrinsicName } from "../realm";
import { ENTRY, recordedSites, recordedFunctions, recordedFunctionCount, recordedBranches, recordedLoops } from "./recorder";

/** Shapes met while writing, in order; their index is their number in "shapes". */
let shapes: usize = 0;
let shapeCount: u32 = 0;

function shapeIndex(s: usize): u32 {
  for (let i: u32 = 0; i < shapeCount; i++) if (<usize>ptr(vecGet(shapes, i)) == s) return i;
  shapes = vecGrow(shapes, shapeCount, shapeCount + 1, UNDEFINED);
  vecSet(shapes, shapeCount, boxObject(s));
  return shapeCount++;
}

function appendField(sb: usize, v: i64): void {
  if (v == UNDEFINED) { sbAppendStatic(sb, "null"); return; }
  if (isNumber(v)) { appendNumber(sb, toF64(v)); return; }
  if (isString(v)) { QuoteJSONString(sb, ptr(v)); return; }
  const p = ptr(v);
  if (cellKind(p) == CELL_SHAPE) {
    sbAppendStatic(sb, "{\"shape\":");
    appendNumber(sb, <f64>shapeIndex(p));
  } else {
    sbAppendStatic(sb, "{\"function\":");
    appendNumber(sb, <f64>load<u32>(p, FI_CODE));
  }
  sbAppendStatic(sb, "}");
}

/** The root of shape `s`: the identity of its [[Prototype]]. */
function appendRoot(sb: usize, s: usize): void {
  const proto = shapeProto(s);
  if (proto == NULL) { sbAppendStatic(sb, "\"null\""); return; }
  if (!isObject(proto)) { sbAppendStatic(sb, "\"unknown\""); return; }
  const p = ptr(proto);
  const name = intrinsicName(p);
  if (name != null) { sbAppendStatic(sb, "\""); sbAppendStatic(sb, name!); sbAppendStatic(sb, "\""); return; }
  // A function's `prototype` (a class or constructor function): its own `constructor`.
  const node = findOwn(p, A_constructor);
  if (node != NO_PROP) {
    const c = ownValue(p, node);
    if (isObject(c) && cellKind(ptr(c)) == CELL_FUNCTION && (fnFlags(ptr(c)) & FF_NATIVE) == 0) {
      sbAppendStatic(sb, "{\"function\":");
      appendNumber(sb, <f64>load<u32>(fnInfo(ptr(c)), FI_CODE));
      sbAppendStatic(sb, "}");
      return;
    }
  }
  sbAppendStatic(sb, "\"unknown\"");
}

function appendShape(sb: usize, s: usize): void {
  sbAppendStatic(sb, "{\"root\":");
  let root = s;
  while (shapeParent(root) != 0) root = shapeParent(root);
  appendRoot(sb, root);
  sbAppendStatic(sb, ",\"keys\":[");
  appendKeys(sb, s, true);
  sbAppendStatic(sb, "]}");
}

/** The keys from the root to `s`, oldest first. */
function appendKeys(sb: usize, s: usize, last: bool): void {
  const parent = shapeParent(s);
  if (parent == 0) return;
  appendKeys(sb, parent, false);
  sbAppendStatic(sb, "[");
  const key = shapeKey(s);
  if (cellKind(key) == CELL_STRING) QuoteJSONString(sb, key);
  else {
    const inner = sbOpen();
    sbAppendSymbol(inner, key);
    const text = sbFinish(inner);
    QuoteJSONString(sb, text);
  }
  sbAppendStatic(sb, ",");
  appendNumber(sb, <f64>shapeAttrs(s));
  sbAppendStatic(sb, last ? "]" : "],");
}

/** Counter pairs as [id, first, second] for each id counted at all. */
function appendPairs(sb: usize, v: usize): void {
  if (v == 0) return;
  let first = true;
  for (let id: u32 = 0; id * 2 + 1 < vecCapacity(v); id++) {
    const a = toF64(vecGet(v, id * 2)), b = toF64(vecGet(v, id * 2 + 1));
    if (a == 0 && b == 0) continue;
    sbAppendStatic(sb, first ? "[" : ",[");
    first = false;
    appendNumber(sb, <f64>id); sbAppendStatic(sb, ",");
    appendNumber(sb, a); sbAppendStatic(sb, ",");
    appendNumber(sb, b); sbAppendStatic(sb, "]");
  }
}

/** The recorder's data as JSON (a string cell), or 0 when this is not a record build. */
export function rt_profile_dump(): usize {
  const sites = recordedSites();
  if (sites == 0) return 0;
  // Nothing here is rooted: the heap grows instead of collecting while the text is written.
  blockCollection();
  shapes = newVector(16);
  shapeCount = 0;
  const sb = sbOpen();
  sbAppendStatic(sb, "{\"functions\":[");
  const fns = recordedFunctions();
  for (let i: u32 = 0; i < recordedFunctionCount(); i++) {
    if (i > 0) sbAppendStatic(sb, ",");
    appendNumber(sb, toF64(vecGet(fns, i)));
  }
  sbAppendStatic(sb, "],\"sites\":[");
  let first = true;
  const n = <u32>load<u32>(sites, 8);
  for (let site: u32 = 0; site < n; site++) {
    const r = vecGet(sites, site);
    if (r == UNDEFINED) continue;
    const v = ptr(r);
    if (!first) sbAppendStatic(sb, ",");
    first = false;
    sbAppendStatic(sb, "[");
    appendNumber(sb, <f64>site);
    sbAppendStatic(sb, ",");
    appendNumber(sb, toF64(vecGet(v, 0)));
    sbAppendStatic(sb, ",[");
    const entries = <u32>toF64(vecGet(v, 1));
    for (let e: u32 = 0; e < entries; e++) {
      const b = 2 + e * ENTRY;
      sbAppendStatic(sb, e > 0 ? ",[" : "[");
      for (let f: u32 = 0; f < ENTRY; f++) {
        if (f > 0) sbAppendStatic(sb, ",");
        appendField(sb, vecGet(v, b + f));
      }
      sbAppendStatic(sb, "]");
    }
    sbAppendStatic(sb, "]]");
  }
  sbAppendStatic(sb, "],\"branches\":[");
  appendPairs(sb, recordedBranches());
  sbAppendStatic(sb, "],\"loops\":[");
  appendPairs(sb, recordedLoops());
  sbAppendStatic(sb, "],\"shapes\":[");
  for (let i: u32 = 0; i < shapeCount; i++) {
    if (i > 0) sbAppendStatic(sb, ",");
    appendShape(sb, ptr(vecGet(shapes, i)));
  }
  sbAppendStatic(sb, "]}");
  const s = sbFinish(sb);
  shapes = 0;
  unblockCollection();
  return s;
}
