// Keeps everything it allocates: with `pgo build --max-memory 32` it runs out of memory, which must
// end the program with node's message and a non-zero exit, never a Wasm trap.
const kept = [];
for (let i = 0; ; i++) kept.push(new Array(1024).fill(i));
