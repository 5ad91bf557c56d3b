const log = [];

// returning a promise from async function costs extra ticks vs returning a value
async function returnsValue() { return 'value'; }
async function returnsPromise() { return Promise.resolve('promise'); }
async function awaitsPromise() { return await Promise.resolve('awaited'); }

returnsPromise().then(v => log.push(v));
returnsValue().then(v => log.push(v));
awaitsPromise().then(v => log.push(v));

// tick counter
let tick = 0;
function ticker() {
  if (tick < 6) {
    log.push('tick ' + tick++);
    Promise.resolve().then(ticker);
  }
}
Promise.resolve().then(ticker);

// resolve with thenable takes extra tick
new Promise(r => r(Promise.resolve('resolved-with-promise'))).then(v => log.push(v));
Promise.resolve('plain-resolve').then(v => log.push(v));

// await of a non-native thenable
(async () => {
  await { then(r) { log.push('thenable.then called'); r(); } };
  log.push('after thenable await');
})();

setTimeout(() => {
  for (const line of log) console.log(line);
}, 0);
