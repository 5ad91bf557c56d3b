// The heap and value layout shared by the engine (AssemblyScript) and the compiler (TypeScript).
// This table is the single source: scripts/gen-layout.mjs writes assembly/layout.generated.ts and
// src/layout.generated.ts from it. Each entry: [name, value, doc]. Values are 32-bit unsigned.

/** Values are NaN-boxed i64. A value whose high 32 bits are >= BOX_MIN_HI is boxed; all other bit
 *  patterns are IEEE-754 doubles (NaN is canonicalized to 0x7FF80000_00000000 before boxing).
 *
 *   63            32 31                     0
 *  +----------------+------------------------+
 *  | tag (hi word)  | payload (u32 pointer / |
 *  |                |  special-value number) |
 *  +----------------+------------------------+
 */
export const valueTags = [
  ['BOX_MIN_HI', 0xfff90000, 'smallest high word of a boxed (non-double) value'],
  ['TAG_SPECIAL', 0xfffa0000, 'undefined, null, booleans and engine sentinels; payload is SPECIAL_*'],
  ['TAG_STRING', 0xfffb0000, 'payload: pointer to a String cell'],
  ['TAG_OBJECT', 0xfffc0000, 'payload: pointer to an object cell (Object, Array, Function, ...)'],
  ['TAG_SYMBOL', 0xfffd0000, 'payload: pointer to a Symbol cell'],
  ['TAG_BIGINT', 0xfffe0000, 'payload: pointer to a BigInt cell'],
  ['SPECIAL_UNDEFINED', 0, ''],
  ['SPECIAL_NULL', 1, ''],
  ['SPECIAL_FALSE', 2, 'false and true differ in bit 0 only'],
  ['SPECIAL_TRUE', 3, ''],
  ['SPECIAL_EMPTY', 4, 'array hole, uninitialized let/const (TDZ); never visible to JS'],
  ['SPECIAL_EXCEPTION', 5, 'returned by a call that threw; the thrown value is pending in the engine'],
  ['SPECIAL_LAZY', 16, 'SPECIAL_LAZY + family: the slot of a global whose builtin family is not created yet (builtins/lazy.ts); never visible to JS'],
  ['CANONICAL_NAN_HI', 0x7ff80000, ''],
];

/** Every heap cell starts with an 8-byte header.
 *
 *   0       1       2               4                               8
 *  +-------+-------+---------------+-------------------------------+
 *  | kind  | gc    | flags (u16)   | size in bytes, header included |
 *  +-------+-------+---------------+-------------------------------+
 */
export const cellKinds = [
  ['CELL_FREE', 0, 'a free block (collector)'],
  ['CELL_STRING', 1, 'String: length, hash, UTF-16 code units'],
  ['CELL_SYMBOL', 2, 'Symbol: description'],
  ['CELL_OBJECT', 3, 'ordinary object'],
  ['CELL_ARRAY', 4, 'Array exotic object: dense elements + length'],
  ['CELL_FUNCTION', 5, 'function object: code index, environment, function info'],
  ['CELL_ERROR', 6, 'ordinary object with [[ErrorData]]'],
  ['CELL_PRIMITIVE_WRAPPER', 7, 'Boolean/Number/String object: [[...Data]] in aux value'],
  ['CELL_COLLECTION', 8, 'Map/Set/WeakMap/WeakSet or a Map/Set iterator (OBJ_AUX_BYTES): OBJ_AUX holds a boxed Vector (the hash table, or an iterator cursor); header flag bits 8-11 say which (builtins/collections-table.ts)'],
  ['CELL_ITERATOR', 9, 'Array or String iterator (OBJ_AUX_BYTES): OBJ_AUX holds a boxed Vector [target, next index, kind] (builtins/iterator-prototypes.ts)'],
  ['CELL_ARRAY_BUFFER', 10, 'ArrayBuffer: AB_DATA raw byte cell, AB_LENGTH byte length (builtins/array-buffer.ts)'],
  ['CELL_TYPED_ARRAY', 11, 'integer-indexed exotic object (§10.4.5): TA_* fields (ops/typed-array-access.ts)'],
  ['CELL_DATA_VIEW', 12, 'DataView: TA_BUFFER, TA_LENGTH (byte length), TA_OFFSET (builtins/data-view.ts)'],
  ['CELL_DATE', 13, 'Date (OBJ_AUX_BYTES): OBJ_AUX holds [[DateValue]] as a number (builtins/date.ts)'],
  ['CELL_PROMISE', 14, 'Promise (OBJ_AUX_BYTES): OBJ_AUX holds the reactions while pending (one reaction record, a Vector, or an internal Array of them), the result once settled; header flag bits 8-9 are [[PromiseState]], bit 10 [[PromiseIsHandled]] (builtins/promise-ops.ts)'],
  ['CELL_HOST', 15, 'host object with internal data (OBJ_AUX_BYTES): Timeout, Immediate, TextEncoder, TextDecoder; OBJ_AUX holds its data, header flag bits 8-11 say which (host/host-object.ts)'],
  ['CELL_SHAPE', 16, 'hidden class: one property added to a parent shape'],
  ['CELL_VECTOR', 17, 'a vector of values (slots, elements, environments, tables)'],
  ['CELL_ENV', 18, 'closure environment: parent pointer + variable slots'],
  ['CELL_FUNCTION_INFO', 19, 'per function literal: name, length, flags, source text span'],
  ['CELL_RAW', 20, 'raw bytes the collector does not scan'],
  ['CELL_REGEXP', 21, 'RegExp object (OBJ_AUX_BYTES): OBJ_AUX holds the boxed RegExp data Vector [source, flags, program, group names] (regexp/regexp-object.ts)'],
  ['CELL_REGEXP_STRING_ITERATOR', 22, 'the iterator of String.prototype.matchAll (OBJ_AUX_BYTES): OBJ_AUX holds a boxed Vector [regexp, string, global, unicode, done]'],
  ['CELL_GENERATOR', 23, 'generator or async generator object (OBJ_AUX_BYTES): OBJ_AUX holds the boxed coroutine Vector (ops/coroutine.ts CO_*); header flag bit 8 marks an async generator (builtins/generator.ts)'],
  ['CELL_DICTIONARY', 24, 'the own named properties of an object in dictionary mode (DICT_*; object/dictionary.ts); the object\'s OBJ_SLOTS points at it'],
  ['CELL_BIGINT', 25, 'BigInt: sign and magnitude in u32 limbs (BIG_*; bigint/bigint.ts); not scanned'],
];

export const header = [
  ['HDR_KIND', 0, 'u8 cell kind'],
  ['HDR_GC', 1, 'u8 collector bits'],
  ['HDR_FLAGS', 2, 'u16 kind-specific flags'],
  ['HDR_SIZE', 4, 'u32 byte size of the cell, header included'],
  ['HDR_BYTES', 8, ''],
];

/** Object cells (CELL_OBJECT, CELL_ARRAY, CELL_FUNCTION, CELL_ERROR, CELL_PRIMITIVE_WRAPPER,
 *  CELL_COLLECTION).
 *
 *   8        12       16         20        24          28
 *  +--------+--------+----------+---------+-----------+---------+
 *  | shape  | slots  | elements | length  | protoRoot | aux ... |
 *  +--------+--------+----------+---------+-----------+---------+
 *  slots: Vector of named-property values, indexed by the shape's slot index; in dictionary mode
 *         (the shape has SHAPE_FLAG_DICTIONARY) the object's Dictionary cell instead.
 *  elements: Vector of array elements (holes are SPECIAL_EMPTY), arrays only.
 *  protoRoot: the root shape of objects whose [[Prototype]] is this object (0 until first used).
 */
export const objectFields = [
  ['OBJ_SHAPE', 8, 'u32 pointer to the Shape'],
  ['OBJ_SLOTS', 12, 'u32 pointer to the slot Vector, or 0; the Dictionary in dictionary mode'],
  ['OBJ_ELEMENTS', 16, 'u32 pointer to the element Vector, or 0'],
  ['OBJ_LENGTH', 20, 'u32 array length'],
  ['OBJ_PROTO_ROOT', 24, 'u32 root shape for objects that have this object as prototype'],
  ['OBJ_BYTES', 32, 'size of an ordinary object cell'],
  ['FN_CODE', 28, 'u32 table index of the code (uniform JS calling convention)'],
  ['FN_ENV', 32, 'u32 closure environment'],
  ['FN_INFO', 36, 'u32 FunctionInfo'],
  ['FN_BOUND', 40, 'u32 bound-function data, or 0'],
  ['FN_BYTES', 48, 'size of a function cell'],
  ['OBJ_AUX', 32, 'i64 internal slot value ([[ErrorData]] message, [[NumberData]], ...)'],
  ['OBJ_AUX_BYTES', 40, 'size of an object cell with an aux value'],
  ['OBJ_FLAG_NOT_EXTENSIBLE', 1, 'header flag: [[Extensible]] is false'],
  ['OBJ_FLAG_SLOW_ELEMENTS', 2, 'header flag (arrays): every index is a named property (elements vector empty)'],
  ['SYM_FLAG_PRIVATE', 1, 'header flag (symbols): a private name (#x), skipped by every reflective operation'],
  ['VEC_FLAG_WEAK', 1, 'header flag (vectors): a WeakMap/WeakSet table; the collector does not trace it, its entries are ephemerons (heap/ephemerons.ts)'],
  ['OBJ_FLAG_ARGUMENTS', 8, 'header flag: an arguments object (inspect prints [Arguments], toString [object Arguments])'],
  ['OBJ_FLAG_LENGTH_READONLY', 4, 'header flag (arrays): length is not writable'],
  ['OBJ_FLAG_MAPPED_ARGUMENTS', 32, 'header flag: a mapped arguments object (OBJ_AUX_BYTES): OBJ_AUX holds its parameter map (ops/arguments.ts)'],
  ['OBJ_FLAG_NO_DICTIONARY', 16, 'header flag: never switch to dictionary mode (the global object, whose global-variable caches key on its shape)'],
];

/** ArrayBuffer, typed array and DataView cells: object cells whose elements/length words hold
 *  the views' data instead. The buffer and data pointers sit in OBJ_ELEMENTS' place, so the
 *  collector's object tracing keeps them alive; the u32 words at 32/36 are raw numbers.
 *
 *   ArrayBuffer: 16 AB_DATA (raw cell, bytes at +VEC_DATA) | 20 AB_LENGTH
 *   typed array / DataView: 16 TA_BUFFER (ArrayBuffer) | 20 TA_LENGTH | 32 TA_OFFSET | 36 TA_KIND
 */
export const bufferFields = [
  ['AB_DATA', 16, 'u32 raw cell of the bytes (data at +16), or 0 for length 0'],
  ['AB_LENGTH', 20, 'u32 [[ArrayBufferByteLength]]'],
  ['AB_BYTES', 32, 'size of an ArrayBuffer cell'],
  ['TA_BUFFER', 16, 'u32 [[ViewedArrayBuffer]]'],
  ['TA_LENGTH', 20, 'u32 [[ArrayLength]] (typed arrays) or [[ByteLength]] (DataView)'],
  ['TA_OFFSET', 32, 'u32 [[ByteOffset]]'],
  ['TA_KIND', 36, 'u32 element kind (ops/typed-array-access.ts ELEM_*)'],
  ['TA_BYTES', 40, 'size of a typed array or DataView cell'],
];

/** Shape cells: a property added to a parent shape, in a transition tree rooted per prototype. */
export const shapeFields = [
  ['SHAPE_PARENT', 8, 'u32 parent shape, 0 for a root'],
  ['SHAPE_KEY', 12, 'u32 atom (interned String) or Symbol, 0 for a root'],
  ['SHAPE_SLOT', 16, 'u32 slot index of KEY'],
  ['SHAPE_COUNT', 20, 'u32 number of properties'],
  ['SHAPE_PROTO', 24, 'i64 [[Prototype]] value (object or null)'],
  ['SHAPE_CHILD', 32, 'u32 first transition'],
  ['SHAPE_SIBLING', 36, 'u32 next transition of the parent'],
  ['SHAPE_ATTRS', 40, 'u32 attributes of KEY (PROP_*)'],
  ['SHAPE_DICT', 44, 'u32 (roots only) the dictionary shape of objects with this prototype, 0 until first used'],
  ['SHAPE_BYTES', 48, ''],
  ['SHAPE_FLAG_DICTIONARY', 1, 'header flag (shapes): a dictionary shape: no keys of its own (count 0, parent 0), the object\'s properties are in the Dictionary at OBJ_SLOTS; never cached by an IC'],
  ['PROP_WRITABLE', 1, ''],
  ['PROP_ENUMERABLE', 2, ''],
  ['PROP_CONFIGURABLE', 4, ''],
  ['PROP_ACCESSOR', 8, 'slot holds an accessor pair'],
  ['PROP_DEFAULT', 7, 'writable, enumerable, configurable'],
];

/** Dictionary cells (CELL_DICTIONARY): an object's own named properties in dictionary mode.
 *  Entries are kept in insertion order (a deleted entry keeps its place with key 0 until the next
 *  rehash compacts the table); an open-addressing index of 2 x capacity u32 slots (entry + 1,
 *  0 = empty, linear probing on the key pointer's hash) follows the entries.
 *
 *   8          12       16       20       24
 *  +----------+--------+--------+--------+-------------------------------------+-----------------+
 *  | capacity | used   | live   | (pad)  | entry 0 .. capacity-1 (16 bytes):   | index: 2 x cap  |
 *  |          |        |        |        |  key u32 | attrs u32 | value i64     | u32 slots       |
 *  +----------+--------+--------+--------+-------------------------------------+-----------------+
 */
export const dictionaryFields = [
  ['DICT_CAPACITY', 8, 'u32 number of entries the cell holds (a power of two)'],
  ['DICT_USED', 12, 'u32 entries used, deleted ones included; the next entry is appended here'],
  ['DICT_LIVE', 16, 'u32 live (not deleted) entries'],
  ['DICT_ENTRIES', 24, 'first entry'],
  ['DICT_ENTRY_BYTES', 16, ''],
  ['DICT_E_KEY', 0, 'u32 atom or Symbol, 0 for a deleted entry'],
  ['DICT_E_ATTRS', 4, 'u32 attributes (PROP_*)'],
  ['DICT_E_VALUE', 8, 'i64 value, or the accessor pair (PROP_ACCESSOR)'],
];

/** BigInt cells (CELL_BIGINT): an immutable arbitrary-precision integer in sign-magnitude form.
 *  The magnitude is little-endian u32 limbs with no leading zero limb, so 0n has length 0 (and
 *  sign 0); the cell may be larger than its length needs (results are trimmed, not shrunk).
 *
 *   8          12       16
 *  +----------+--------+--------------------------------+
 *  | length n | sign   | limb 0 (least significant) ... |
 *  +----------+--------+--------------------------------+
 */
export const bigintFields = [
  ['BIG_LENGTH', 8, 'u32 number of limbs in use'],
  ['BIG_SIGN', 12, 'u32 1 for a negative value, else 0 (never 1 for 0n)'],
  ['BIG_DATA', 16, 'first u32 limb'],
];

/** Vectors, strings, environments. */
export const otherFields = [
  ['VEC_CAPACITY', 8, 'u32 number of values'],
  ['VEC_DATA', 16, 'first i64 value'],
  ['STR_LENGTH', 8, 'u32 length in UTF-16 code units'],
  ['STR_HASH', 12, 'u32 hash, 0 until computed'],
  ['STR_DATA', 16, 'first u16 code unit'],
  ['STR_FLAG_ATOM', 1, 'header flag: interned'],
  ['STR_FLAG_PINNED', 2, 'header flag: an atom the collector keeps (the engine or the program refers to it)'],
  ['ENV_PARENT', 8, 'u32 enclosing environment'],
  ['ENV_COUNT', 12, 'u32 number of slots'],
  ['ENV_SLOTS', 16, 'first i64 slot'],
];

/** The uniform calling convention of JS functions (generated and native):
 *  (callee: i32 function object, this: i64, argv: i32, argc: i32) -> i64.
 *  argv points at argc i64 values on the shadow stack. A callee that throws returns
 *  SPECIAL_EXCEPTION with the thrown value pending. new.target is in the engine global
 *  `newTarget`, valid at function entry only. */
export const callFields = [
  ['VALUE_BYTES', 8, ''],
];

/** A FunctionInfo (object/function.ts): what every closure of one function literal shares. */
export const functionInfoFields = [
  ['FI_NAME', 8, 'u32 name string, or 0'],
  ['FI_LENGTH', 12, 'u32 declared parameter count (the function\'s `length`)'],
  ['FI_FLAGS', 16, 'u32 FF_* flags'],
  ['FI_CODE', 20, 'u32 table index of the code'],
  ['FI_SOURCE', 24, 'u32 source text (Function.prototype.toString), or 0'],
  ['FI_BYTES', 32, ''],
];

/** Inline-cache cells: one per IC site, in linear memory. */
export const icFields = [
  ['IC_SHAPE', 0, 'u32 receiver shape of an own-slot hit (checked inline by generated code)'],
  ['IC_SLOT', 4, 'u32 slot index of the own-slot hit'],
  ['IC_PROTO_SHAPE', 8, 'u32 receiver shape of a prototype-slot hit'],
  ['IC_PROTO_SLOT', 12, 'u32 slot index in the holder'],
  ['IC_HOLDER', 16, 'u32 prototype object holding the property'],
  ['IC_EPOCH', 20, 'u32 protoEpoch when the prototype hit was cached'],
  ['IC_MISSES', 24, 'u32 misses seen'],
  ['IC_STATE', 28, 'u32 profile-guided builds: protoEpoch + 1 at which a specialized shape-adding store checked the prototype chain (0: not checked)'],
  ['IC_BYTES', 32, ''],
];

/** Shape descriptors of a profile-guided build (ic/shape-table.ts): one per symbolic shape the
 *  specialized code guards on, in a region the compiler lays out after the IC cells.
 *
 *   0              4             8                       8 + 8n
 *  +--------------+-------------+-----------------------+
 *  | entry: shape | key count n | n × [atom u32, attrs] |
 *  +--------------+-------------+-----------------------+
 *  entry is 0 until the shape is materialized (at initialization, for an intrinsic root) or
 *  adopted (the first receiver whose shape has exactly these keys); generated code compares a
 *  receiver's shape with it. */
export const shapeDescriptorFields = [
  ['SD_ENTRY', 0, 'u32 the materialized shape, or 0'],
  ['SD_COUNT', 4, 'u32 number of keys'],
  ['SD_KEYS', 8, 'first [atom, attrs] pair'],
  ['SD_KEY_BYTES', 8, 'bytes per key pair'],
];

export const all = { valueTags, cellKinds, header, objectFields, bufferFields, shapeFields, dictionaryFields, bigintFields, otherFields, callFields, functionInfoFields, icFields, shapeDescriptorFields };
