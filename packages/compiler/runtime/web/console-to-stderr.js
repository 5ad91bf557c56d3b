// In a fetch-handler program stdout carries the response (serve.js), so what the program logs
// goes to stderr, the server's log, as a Worker's console does. Imported first by the generated
// entry, so even top-level logging at build time is redirected.
console.log = console.error;
console.info = console.error;
console.debug = console.error;
process.stdout.write = process.stderr.write;
