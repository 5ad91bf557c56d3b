// The intrinsic objects of the one realm (%Object.prototype%, %Array.prototype%, ...) and the global
// object. Created by builtins/index.ts at initialization, so they are part of the snapshot.
import { internStatic } from "./string/atoms";

export let ObjectPrototype: usize = 0;
export let FunctionPrototype: usize = 0;
export let ArrayPrototype: usize = 0;
export let StringPrototype: usize = 0;
export let NumberPrototype: usize = 0;
export let BooleanPrototype: usize = 0;
export let SymbolPrototype: usize = 0;
/** %BigInt.prototype%, 0 until the BigInt family is created (builtins/bigint.ts). */
export let BigIntPrototype: usize = 0;
export let ErrorPrototype: usize = 0;
export let TypeErrorPrototype: usize = 0;
export let RangeErrorPrototype: usize = 0;
export let ReferenceErrorPrototype: usize = 0;
export let SyntaxErrorPrototype: usize = 0;
export let EvalErrorPrototype: usize = 0;
export let URIErrorPrototype: usize = 0;
export let GlobalObject: usize = 0;
// Keyed collections (builtins/map.ts, set.ts, map-weak.ts, set-weak.ts, collections-iterator.ts).
export let MapPrototype: usize = 0;
export let SetPrototype: usize = 0;
export let WeakMapPrototype: usize = 0;
export let WeakSetPrototype: usize = 0;
export let MapIteratorPrototype: usize = 0;
export let SetIteratorPrototype: usize = 0;
// Binary data and dates (builtins/array-buffer.ts, typed-array.ts, data-view.ts, date.ts); the nine
// concrete typed array prototypes are in typed-array.ts's table.
export let ArrayBufferPrototype: usize = 0;
export let TypedArrayPrototype: usize = 0;
export let DataViewPrototype: usize = 0;
export let DatePrototype: usize = 0;
// Promises (builtins/promise.ts) and AggregateError (builtins/error-aggregate.ts).
export let PromisePrototype: usize = 0;
export let PromiseConstructor: usize = 0;
export let AggregateErrorPrototype: usize = 0;
// Generators and async functions (builtins/generator.ts): the [[Prototype]] of each kind of
// function, and of the objects generator functions make.
export let GeneratorFunctionPrototype: usize = 0;
export let GeneratorPrototype: usize = 0;
export let AsyncFunctionPrototype: usize = 0;
export let AsyncGeneratorFunctionPrototype: usize = 0;
export let AsyncGeneratorPrototype: usize = 0;
/** %Array.prototype.toString%, which %TypedArray.prototype% shares: kept because the typed arrays
 *  are created lazily (builtins/lazy.ts), maybe after a program replaced Array.prototype.toString. */
export let ArrayPrototypeToString: usize = 0;
export function setArrayPrototypeToString(f: usize): void { ArrayPrototypeToString = f; }

export function setObjectPrototype(p: usize): void { ObjectPrototype = p; }
export function setFunctionPrototype(p: usize): void { FunctionPrototype = p; }
export function setArrayPrototype(p: usize): void { ArrayPrototype = p; }
export function setStringPrototype(p: usize): void { StringPrototype = p; }
export function setNumberPrototype(p: usize): void { NumberPrototype = p; }
export function setBooleanPrototype(p: usize): void { BooleanPrototype = p; }
export function setSymbolPrototype(p: usize): void { SymbolPrototype = p; }
export function setBigIntPrototype(p: usize): void { BigIntPrototype = p; }
export function setGlobalObject(p: usize): void { GlobalObject = p; }
export function setMapPrototype(p: usize): void { MapPrototype = p; }
export function setSetPrototype(p: usize): void { SetPrototype = p; }
export function setWeakMapPrototype(p: usize): void { WeakMapPrototype = p; }
export function setWeakSetPrototype(p: usize): void { WeakSetPrototype = p; }
export function setMapIteratorPrototype(p: usize): void { MapIteratorPrototype = p; }
export function setSetIteratorPrototype(p: usize): void { SetIteratorPrototype = p; }
export function setArrayBufferPrototype(p: usize): void { ArrayBufferPrototype = p; }
export function setTypedArrayPrototype(p: usize): void { TypedArrayPrototype = p; }
export function setDataViewPrototype(p: usize): void { DataViewPrototype = p; }
export function setDatePrototype(p: usize): void { DatePrototype = p; }
export function setPromisePrototype(p: usize): void { PromisePrototype = p; }
export function setPromiseConstructor(p: usize): void { PromiseConstructor = p; }
export function setAggregateErrorPrototype(p: usize): void { AggregateErrorPrototype = p; }
export function setGeneratorIntrinsics(genFn: usize, gen: usize, asyncFn: usize, asyncGenFn: usize, asyncGen: usize): void {
  GeneratorFunctionPrototype = genFn; GeneratorPrototype = gen; AsyncFunctionPrototype = asyncFn;
  AsyncGeneratorFunctionPrototype = asyncGenFn; AsyncGeneratorPrototype = asyncGen;
}

/** Error prototypes by ErrorKind (see errors.ts). */
export function setErrorPrototype(kind: i32, p: usize): void {
  switch (kind) {
    case 0: ErrorPrototype = p; break;
    case 1: TypeErrorPrototype = p; break;
    case 2: RangeErrorPrototype = p; break;
    case 3: ReferenceErrorPrototype = p; break;
    case 4: SyntaxErrorPrototype = p; break;
    case 5: EvalErrorPrototype = p; break;
    case 6: URIErrorPrototype = p; break;
  }
}
export function errorPrototype(kind: i32): usize {
  switch (kind) {
    case 1: return TypeErrorPrototype;
    case 2: return RangeErrorPrototype;
    case 3: return ReferenceErrorPrototype;
    case 4: return SyntaxErrorPrototype;
    case 5: return EvalErrorPrototype;
    case 6: return URIErrorPrototype;
  }
  return ErrorPrototype;
}

/** The prototype object an intrinsic name (an atom, as intrinsicName writes it) stands for, or 0:
 *  how a profile-guided build finds the root of a shape it materializes (ic/shape-table.ts). */
export function intrinsicByName(name: usize): usize {
  // A family created on first use (builtins/lazy.ts) may not exist yet: its entry is 0.
  for (let i = 0; i < NAMED_INTRINSICS; i++) {
    const p = namedIntrinsicAt(i);
    if (p != 0 && internStatic(intrinsicName(p)!) == name) return p;
  }
  return 0;
}

const NAMED_INTRINSICS = 12;

function namedIntrinsicAt(i: i32): usize {
  switch (i) {
    case 0: return ObjectPrototype;
    case 1: return ArrayPrototype;
    case 2: return FunctionPrototype;
    case 3: return StringPrototype;
    case 4: return NumberPrototype;
    case 5: return BooleanPrototype;
    case 6: return SymbolPrototype;
    case 7: return ErrorPrototype;
    case 8: return MapPrototype;
    case 9: return SetPrototype;
    case 10: return DatePrototype;
    case 11: return PromisePrototype;
  }
  return 0;
}

/** The intrinsic name of prototype object `p` ("%Object.prototype%"), or null: how a profile
 *  names the root of a shape whose [[Prototype]] is an intrinsic. */
export function intrinsicName(p: usize): string | null {
  if (p == ObjectPrototype) return "%Object.prototype%";
  if (p == ArrayPrototype) return "%Array.prototype%";
  if (p == FunctionPrototype) return "%Function.prototype%";
  if (p == StringPrototype) return "%String.prototype%";
  if (p == NumberPrototype) return "%Number.prototype%";
  if (p == BooleanPrototype) return "%Boolean.prototype%";
  if (p == SymbolPrototype) return "%Symbol.prototype%";
  if (p == ErrorPrototype) return "%Error.prototype%";
  if (p == MapPrototype) return "%Map.prototype%";
  if (p == SetPrototype) return "%Set.prototype%";
  if (p == DatePrototype) return "%Date.prototype%";
  if (p == PromisePrototype) return "%Promise.prototype%";
  return null;
}
