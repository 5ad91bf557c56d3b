// process.stdout.write writes raw strings (no newline); console.log interleaves in order.
const r = process.stdout.write("no newline");
process.stdout.write(" | ");
console.log("then a log");
console.log("write returned", r);
process.stdout.write("unicode: é ☃ 😀\n");
process.stdout.write("with callback\n", () => console.log("write callback ran"));
console.log("after write with callback");
try { process.stdout.write(5); } catch (e) { console.log(e.name, e.code, e.message); }
process.stderr.write("to stderr\n");
