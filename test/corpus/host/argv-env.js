// process.argv and process.env: the harness passes no arguments; the environment differs
// between hosts, so only shapes are printed.
console.log(Array.isArray(process.argv), process.argv.length >= 2, process.argv.slice(2));
console.log(typeof process.argv[0], typeof process.argv[1]);
console.log(typeof process.env, process.env === process.env, typeof process.env.SURELY_NOT_SET_PGO);
process.env.PGO_TEST = "set";
console.log(process.env.PGO_TEST);
console.log(typeof process.exit, typeof process.nextTick, typeof process.stdout.write, process.exitCode);
