// process.exitCode is the code of a natural exit, after the timers have run.
process.exitCode = 4;
setTimeout(() => {
  console.log("timer ran, exit code", process.exitCode);
  process.exitCode = 7;
}, 5);
console.log("end of script");
