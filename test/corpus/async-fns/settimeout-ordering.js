const sleep = (ms) => new Promise(r => setTimeout(r, ms));
const log = [];

async function worker(name, delays) {
  for (const d of delays) {
    await sleep(d);
    log.push(`${name}@${d}`);
  }
}

async function main() {
  log.push('start');
  await sleep(10);
  log.push('after 10');

  // timers ordered by delay, not registration
  const t = [];
  setTimeout(() => t.push('t30'), 30);
  setTimeout(() => t.push('t10'), 10);
  setTimeout(() => t.push('t20'), 20);
  setTimeout(() => t.push('t10b'), 10);
  await sleep(50);
  log.push(t.join(','));

  // microtasks run before next timer
  const m = [];
  setTimeout(() => m.push('timeout 0'), 0);
  Promise.resolve().then(() => m.push('microtask'));
  await sleep(5);
  log.push(m.join(','));

  // interleaved workers with well-separated delays
  await Promise.all([worker('A', [10, 40]), worker('B', [25, 50])]);

  // setTimeout with args and clearTimeout
  const cleared = [];
  const id = setTimeout(() => cleared.push('should not run'), 5);
  clearTimeout(id);
  setTimeout((a, b) => cleared.push(a + b), 1, 'x', 'y');
  await sleep(20);
  log.push('cleared: ' + JSON.stringify(cleared));

  // setInterval a few times
  let n = 0;
  await new Promise(resolve => {
    const iv = setInterval(() => {
      n++;
      if (n === 3) {
        clearInterval(iv);
        resolve();
      }
    }, 5);
  });
  log.push('interval ran ' + n);

  console.log(log.join('\n'));
}
main();
