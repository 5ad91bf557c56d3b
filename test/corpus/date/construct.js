// Date constructor forms, Date.UTC, getters and the time value range.
const dates = [
  new Date(0), new Date(1795514400000), new Date(-1), new Date(8.64e15), new Date(-8.64e15),
  new Date(8.64e15 + 1), new Date(NaN), new Date(2026, 10, 24, 10, 0, 0, 0), new Date(2026, 10),
  new Date(99, 0), new Date(100, 0), new Date(-1, 0), new Date(2020, 13, 35), new Date(2020, -1, 0),
  new Date(2021, 1, 29), new Date(2020, 1, 29, 24, 60, 60, 1000), new Date('2020-06-15T12:34:56.789Z'),
  new Date(new Date(5)), new Date(true), new Date('5'), new Date(1e81), new Date(1.9), new Date(-1.9),
  new Date(2020, 0, 1, 0, 0, 0, 0.9), new Date(275760, 8, 13), new Date(275760, 8, 14),
];
for (const d of dates) {
  console.log(d.getTime(), d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(),
    d.getMinutes(), d.getSeconds(), d.getMilliseconds(), d.getTimezoneOffset(), d.getYear(),
    d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.valueOf());
}
console.log(Date.UTC(2020), Date.UTC(), Date.UTC(99, 1), Date.UTC(2020, 1, 29, 23, 59, 59, 999), Date.UTC(NaN), Date.UTC(1e6));
console.log(Date.length, Date.UTC.length, Date.name, typeof Date(), typeof Date.now(), Date.now() > 1.6e12, Number.isInteger(Date.now()));
const before = Date.now(); const mid = new Date().getTime(); const after = Date.now();
console.log(before <= mid && mid <= after, typeof new Date().getTime());
console.log(new Date(2024, 1, 29).getDate(), new Date(2023, 1, 29).getDate(), new Date(1900, 1, 29).getMonth(), new Date(2000, 1, 29).getMonth());
console.log(Object.prototype.toString.call(new Date(0)), new Date(0) instanceof Date, typeof new Date(0));
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
t(() => Date.prototype.getTime.call({}));
t(() => Date.prototype.getYear.call(1));
t(() => Date.prototype.toString.call({}));
t(() => Date.prototype.setHours.call([]));
