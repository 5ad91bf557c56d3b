// The global object seen by reflection after some builtin families were created on first use and
// others not: every global is there with its attributes, and identities hold.
const lazy = ["Math", "Map", "Set", "WeakMap", "WeakSet", "ArrayBuffer", "Int8Array", "Uint8Array",
  "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "Float32Array",
  "Float64Array", "DataView", "Date", "RegExp", "Reflect", "decodeURI", "decodeURIComponent", "encodeURI",
  "encodeURIComponent", "escape", "unescape"];
console.log(typeof Date, typeof Uint16Array); // create two families by name first
const names = Object.getOwnPropertyNames(globalThis);
console.log(lazy.filter((n) => !names.includes(n)));
for (const n of lazy) {
  const d = Object.getOwnPropertyDescriptor(globalThis, n);
  console.log(n, typeof d.value, d.writable, d.enumerable, d.configurable, globalThis[n] === eval_(n));
}
function eval_(n) {
  switch (n) {
    case "Math": return Math; case "Map": return Map; case "Set": return Set; case "WeakMap": return WeakMap;
    case "WeakSet": return WeakSet; case "ArrayBuffer": return ArrayBuffer; case "Int8Array": return Int8Array;
    case "Uint8Array": return Uint8Array; case "Uint8ClampedArray": return Uint8ClampedArray;
    case "Int16Array": return Int16Array; case "Uint16Array": return Uint16Array; case "Int32Array": return Int32Array;
    case "Uint32Array": return Uint32Array; case "Float32Array": return Float32Array;
    case "Float64Array": return Float64Array; case "DataView": return DataView; case "Date": return Date;
    case "RegExp": return RegExp; case "Reflect": return Reflect;
    case "decodeURI": return decodeURI; case "decodeURIComponent": return decodeURIComponent;
    case "encodeURI": return encodeURI; case "encodeURIComponent": return encodeURIComponent;
    case "escape": return escape; case "unescape": return unescape;
  }
}
console.log(Object.keys(globalThis).filter((n) => lazy.includes(n)));
delete globalThis.WeakSet;
console.log(typeof WeakSet, "WeakSet" in globalThis, new WeakMap().has({}));
console.log(Object.prototype.toString.call(Math), Object.prototype.toString.call(Reflect), String(Math));
