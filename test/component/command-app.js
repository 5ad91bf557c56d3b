// A command for test/component.test.ts: arguments, the clock, randomness and timers all go
// through the preview1 adapter to WASI preview2.
const args = process.argv.slice(2);
const r = Math.random();
const started = Date.now();
setTimeout(() => {
  console.log(`args ${JSON.stringify(args)}`);
  console.log(`random in [0, 1): ${r >= 0 && r < 1}, clock moves: ${Date.now() >= started && started > 1.6e12}`);
  process.exitCode = 3;
}, 10);
