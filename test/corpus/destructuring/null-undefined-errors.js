function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.constructor.name + ': ' + e.message);
  }
}

attempt('obj from undefined', () => { const { a } = undefined; });
attempt('obj from null', () => { const { a } = null; });
attempt('renamed from undefined', () => { const { a: b } = undefined; });
attempt('empty pattern from null', () => { const {} = null; });
attempt('empty pattern from undefined', () => { const {} = undefined; });
attempt('nested', () => { const { a: { b } } = { a: undefined }; });
attempt('nested null', () => { const { a: { b } } = { a: null }; });
attempt('param undefined', () => { (function ({ x }) {})(); });
attempt('rest only', () => { const { ...r } = null; });
attempt('array from undefined', () => { const [a] = undefined; });
attempt('array from null', () => { const [a] = null; });
attempt('computed', () => { const { ['k' + 1]: v } = undefined; });
attempt('assignment', () => { let a; ({ a } = undefined); });
try {
  for (const { a } of [1, null]) {}
} catch (e) {
  console.log('in for-of', e.constructor.name);
}

// the error message for a variable source
const obj = { inner: null };
attempt('member source', () => { const { x } = obj.inner; });
let someVar;
attempt('variable source', () => { const { y } = someVar; });

// catch and print message with destructured error
try {
  const { z } = null;
} catch ({ name, message }) {
  console.log(name, '|', message);
}

// primitive sources are fine
attempt('number', () => { const { toFixed } = 1; });
attempt('boolean', () => { const { valueOf } = true; });
attempt('string', () => { const { length } = ''; });
