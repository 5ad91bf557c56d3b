const log = [];
const push = (s) => log.push(s);

async function a1() {
  push('a1 start');
  await null;
  push('a1 after await 1');
  await null;
  push('a1 after await 2');
}

async function a2() {
  push('a2 start');
  await Promise.resolve();
  push('a2 after await');
}

push('script start');
setTimeout(() => {
  push('timeout');
  console.log(log.join('\n'));
}, 0);

a1();
a2();

Promise.resolve().then(() => push('then 1')).then(() => push('then 2')).then(() => push('then 3'));
queueMicrotask(() => push('microtask 1'));
Promise.reject(new Error('x')).catch(() => push('catch 1'));
queueMicrotask(() => {
  push('microtask 2');
  queueMicrotask(() => push('nested microtask'));
});
new Promise((resolve) => {
  push('executor runs sync');
  resolve();
}).then(() => push('executor then'));

push('script end');
