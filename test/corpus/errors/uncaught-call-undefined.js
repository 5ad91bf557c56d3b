// Calling a missing method: the TypeError is not caught, so the program exits with code 1.
const handlers = {
  start() {
    return "started";
  },
  stop() {
    return "stopped";
  },
};
const commands = ["start", "stop", "start"];
for (const c of commands) {
  console.log(c, "=>", handlers[c]());
}
try {
  handlers.pause();
} catch (e) {
  console.log("pause failed:", e instanceof TypeError);
}
const sequence = ["start", "restart", "stop"];
for (const c of sequence) {
  console.log("running", c);
  console.log(handlers[c]());
}
console.log("never printed");
