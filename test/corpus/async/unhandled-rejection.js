// An unhandled rejection ends the process with code 1 after the ticks and microtasks queued so
// far have run; timers never fire. A rejection handled in time is fine.
const handledLater = Promise.reject(new Error("handled in a microtask"));
Promise.resolve().then(() => handledLater.catch((e) => console.log("caught:", e.message)));

Promise.reject(new Error("nobody handles this"));
Promise.resolve().then(() => console.log("microtask still runs"));
process.nextTick(() => console.log("tick still runs"));
setTimeout(() => console.log("timer never runs"), 0);
console.log("sync done");
