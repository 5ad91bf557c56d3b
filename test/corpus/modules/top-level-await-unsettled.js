// A top-level await that never settles: node warns and exits with code 13 once nothing is left.
console.log('before');
setTimeout(() => console.log('the timer still runs'), 10);
await new Promise(() => {});
console.log('never printed');
