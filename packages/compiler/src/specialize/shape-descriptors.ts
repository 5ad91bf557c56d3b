// The shapes generated code names (DESIGN.md contract 3; engine ic/shape-table.ts): one descriptor
// per distinct symbolic shape that a profile-guided guard compares with or an object literal
// creates, laid out in a region of linear memory after the IC cells. Initialization writes each
// descriptor's keys (atoms) and materializes the guarded shapes whose root is an intrinsic, so
// after the snapshot their addresses are fixed; the others are adopted by the first matching
// receiver at run time. A literal's shape is made when the literal first runs (rt_new_literal): a
// program's cold literals add nothing to the snapshot.
import binaryen from 'binaryen';
import { layout } from '@pgo/engine';
import { shapeId, type Shape } from '@pgo/profile';
import type { ConstantPool } from '../ir/constants.js';
import type { Wasm, Expr } from '../lower/wasm.js';

/** How dump-to-profile names a symbol key: "@@iterator" for a well-known symbol (its description
 *  is "Symbol.iterator"), "Symbol(desc)" for any other, which a build cannot name again. */
const wellKnownKey = (name: string): string | null => (name.startsWith('@@') ? `Symbol.${name.slice(2)}` : null);
const otherSymbolKey = (name: string): boolean => /^Symbol\(.*\)$/.test(name);

export interface ShapeDescriptor {
  /** Byte offset of the descriptor in the region (its entry is at SD_ENTRY). */
  readonly offset: number;
  readonly shape: Shape;
  /** A guard compares with its entry: initialization materializes it (intrinsic roots). */
  guarded: boolean;
}

/** The shape of an object literal's leading `key: value` entries (CreateDataProperty: every key
 *  writable, enumerable and configurable, from %Object.prototype%). */
export function literalShape(keys: readonly string[]): Shape {
  return { root: { intrinsic: '%Object.prototype%' }, keys: keys.map((name) => ({ name, attributes: layout.PROP_DEFAULT })) };
}

export class ShapeDescriptors {
  private readonly byId = new Map<string, ShapeDescriptor>();
  private bytes = 0;

  constructor(readonly baseGlobal: string) {}

  /** The descriptor of `shape` for a guard, made on first use; the reason instead for a shape
   *  the engine cannot rebuild (a symbol key). */
  of(shape: Shape): ShapeDescriptor | string {
    const bad = shape.keys.find((k) => otherSymbolKey(k.name));
    if (bad) return `shape has the symbol key ${bad.name}`;
    const d = this.descriptor(shape);
    d.guarded = true;
    return d;
  }

  /** The descriptor an object literal with these leading keys creates its objects with. */
  literal(keys: readonly string[]): ShapeDescriptor { return this.descriptor(literalShape(keys)); }

  private descriptor(shape: Shape): ShapeDescriptor {
    const id = shapeId(shape);
    let d = this.byId.get(id);
    if (!d) {
      d = { offset: this.bytes, shape, guarded: false };
      this.bytes += layout.SD_KEYS + shape.keys.length * layout.SD_KEY_BYTES;
      this.byId.set(id, d);
    }
    return d;
  }

  get byteSize(): number { return this.bytes; }
  get count(): number { return this.byId.size; }

  /** The descriptor's current shape (an i32 cell pointer, 0 while empty). */
  entry(m: binaryen.Module, d: ShapeDescriptor): Expr {
    return m.i32.load(d.offset + layout.SD_ENTRY, 4, m.global.get(this.baseGlobal, binaryen.i32));
  }

  address(m: binaryen.Module, w: Wasm, d: ShapeDescriptor): Expr {
    return m.i32.add(m.global.get(this.baseGlobal, binaryen.i32), w.i32c(d.offset));
  }

  /** Initialization code, run after the constants' atoms exist: register the region, write each
   *  descriptor's keys, materialize the intrinsic-rooted shapes. `materialize(desc, rootName)`
   *  and `register(base, bytes)` are the engine's entry points. */
  initCode(m: binaryen.Module, w: Wasm, constants: ConstantPool, engine: {
    register(base: Expr, bytes: Expr): Expr; materialize(desc: Expr, rootName: Expr): Expr;
    wellKnownSymbol(description: Expr): Expr; }): Expr[] {
    if (this.byId.size === 0) return [];
    const base = (): Expr => m.global.get(this.baseGlobal, binaryen.i32);
    const atom = (text: string): Expr => w.ptr(m.global.get(constants.string(text).global, binaryen.i64));
    const code: Expr[] = [engine.register(base(), w.i32c(this.bytes))];
    for (const d of this.byId.values()) {
      code.push(m.i32.store(d.offset + layout.SD_COUNT, 4, base(), w.i32c(d.shape.keys.length)));
      d.shape.keys.forEach((k, i) => {
        const at = d.offset + layout.SD_KEYS + i * layout.SD_KEY_BYTES;
        const symbol = wellKnownKey(k.name);
        code.push(m.i32.store(at, 4, base(), symbol ? engine.wellKnownSymbol(atom(symbol)) : atom(k.name)));
        code.push(m.i32.store(at + 4, 4, base(), w.i32c(k.attributes)));
      });
      if (d.guarded && 'intrinsic' in d.shape.root) code.push(engine.materialize(this.address(m, w, d), atom(d.shape.root.intrinsic)));
    }
    return code;
  }

  /** Every string the init code interns (call before the constant globals are declared). */
  internKeys(constants: ConstantPool): void {
    for (const d of this.byId.values()) {
      for (const k of d.shape.keys) constants.string(wellKnownKey(k.name) ?? k.name);
      if (d.guarded && 'intrinsic' in d.shape.root) constants.string(d.shape.root.intrinsic);
    }
  }
}
