import fs from 'node:fs'; import binaryen from 'binaryen';
const raw = fs.readFileSync('/tmp/strings-x/raw.wasm');
const strs = JSON.parse(fs.readFileSync('/tmp/strings-list.json'));
const FEATURES = binaryen.Features.MVP | binaryen.Features.MutableGlobals | binaryen.Features.SignExt | binaryen.Features.NontrappingFPToInt | binaryen.Features.Multivalue | binaryen.Features.BulkMemoryOpt | binaryen.Features.SIMD128 | binaryen.Features.TailCall;
let t = Date.now();
const mod = binaryen.readBinary(raw); mod.setFeatures(FEATURES);
const text = mod.emitText(); console.log('emitText ms', Date.now()-t, 'chars', text.length);
const payload = new Map(); for (const s of strs) payload.set(s.q + 20, s);
let exact = 0, inside = 0, outside = 0; const insideSamples = [];
const lo = strs[0].q, hi = strs.at(-1).q + 20 + strs.at(-1).size;
// ranges
const starts = strs.map(s=>s.q);
for (const m of text.matchAll(/\(i32\.const (-?\d+)\)/g)) { const v = +m[1]; if (payload.has(v)) exact++; else if (v >= lo && v < hi) {
  // inside a literal?
  let a=0,b=strs.length-1; while(a<b){const c=(a+b+1)>>1; if(strs[c].q<=v)a=c; else b=c-1;} const s=strs[a]; if (v < s.q+20+s.size) { inside++; if (insideSamples.length<10) insideSamples.push([v, s.q]); } else outside++; } }
console.log({exact, inside, outside, insideSamples});
const g = [...text.matchAll(/\(global \$\S+ (?:\(mut i32\)|i32) \(i32\.const (\d+)\)\)/g)].filter(m=>payload.has(+m[1])); console.log('globals with literal init', g.length, g.slice(0,5).map(m=>m[0]));
t = Date.now(); const m2 = binaryen.parseText(text); console.log('parseText ms', Date.now()-t); m2.setFeatures(FEATURES); console.log('valid', m2.validate());
