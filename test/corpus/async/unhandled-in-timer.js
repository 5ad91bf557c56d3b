// Rejections are checked after each timer callback's ticks and microtasks.
setTimeout(() => {
  console.log("timer 1");
  const p = Promise.reject(new Error("late"));
  setTimeout(() => p.catch(() => console.log("too late")), 0);
}, 1);
setTimeout(() => console.log("timer 2 never runs"), 20);
