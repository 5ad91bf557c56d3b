// process.exit() flushes what was printed and uses process.exitCode when called without a code.
console.log("before exit");
process.stdout.write("partial line ");
process.stdout.write("and more\n");
process.exitCode = 9;
Promise.resolve().then(() => console.log("never"));
process.exit();
