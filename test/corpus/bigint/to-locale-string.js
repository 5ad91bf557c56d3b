// BigInt.prototype.toLocaleString and Number.prototype.toLocaleString with a locales argument:
// node's output (ICU) for the default and en-US, the locale lists ECMA-402 accepts and refuses,
// and the grouping of the locales the engine knows.
const show = (label, f) => {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.constructor.name, e.message); }
};
const values = [0n, 7n, -12n, 999n, 1000n, -1234n, 12345n, 123456789n, -98765432109876543210n];
for (const locales of [undefined, 'en-US', 'en', 'EN-us', ['en-US'], [], 5, true, {}, 'und', 'ja-JP', 'de-DE-u-nu-latn']) {
  show(`${JSON.stringify(locales)}:`, () => values.map((v) => v.toLocaleString(locales)).join(' '));
  show(`  numbers:`, () => [0, -0, 1234.5678, -1e21, 0.0005, NaN, Infinity].map((v) => v.toLocaleString(locales)).join(' '));
}
show('en-US, options', () => (1234n).toLocaleString('en-US', {}));
show('array-like', () => (1234n).toLocaleString({ length: 1, 0: 'de' }));
for (const bad of [null, [5], [null], 'en_US', '', 'i-klingon', 'x-private', 'root', 'en-', 'en-US-', 'en-a', 'en--US', ['de', 'toolongsubtag']]) {
  show(`refused ${JSON.stringify(bad)}:`, () => (1234n).toLocaleString(bad));
  show(`  number:`, () => (1234).toLocaleString(bad));
}
for (const locale of ['en-GB', 'en-IN', 'hi-IN', 'en-ZA', 'de', 'de-AT', 'de-CH', 'fr', 'fr-CA', 'es', 'it', 'nl', 'pt-BR', 'pl']) {
  show(`${locale}:`, () => [1234n, -12345n, 1234567n, 100000n].map((v) => v.toLocaleString(locale)).join(' '));
  show(`  numbers:`, () => [1234, -12345.5, 1234567.891, 0.5].map((v) => v.toLocaleString(locale)).join(' '));
}
