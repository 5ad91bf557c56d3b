import fs from 'node:fs'; import binaryen from 'binaryen';
const mod = binaryen.readBinary(fs.readFileSync('/tmp/strings-x/raw.wasm')); mod.setFeatures(binaryen.Features.All);
fs.writeFileSync('/tmp/strings-x/raw.wat', mod.emitText());
