// Date arithmetic on fixed timestamps: differences, adding days, leap years, weekdays, sorting.
const start = new Date(Date.UTC(2024, 1, 27));
for (let i = 0; i < 5; i++) {
  const d = new Date(start.getTime() + i * 86400000);
  console.log(d.toISOString(), d.getUTCDay(), ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getDay()]);
}
const a = new Date('2020-03-01'), b = new Date('2021-03-01');
console.log((b - a) / 86400000, (new Date('2021-01-01') - new Date('2020-01-01')) / 86400000);
const isLeap = (y) => new Date(Date.UTC(y, 1, 29)).getUTCMonth() === 1;
console.log([1600, 1700, 1900, 2000, 2004, 2023, 2024, 2100, 2400, -4, 0].map(isLeap).join());
const daysIn = (y, m) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
console.log(Array.from({ length: 12 }, (_, m) => daysIn(2024, m)).join(' '));
const dates = [new Date(3e11), new Date(-1e11), new Date(2e12), new Date(0)];
dates.sort((x, y) => x - y);
console.log(dates.map((d) => d.toISOString()).join(' '));
console.log(new Date(Math.max(1e12, 5e12, 3e12)).getUTCFullYear());
const d = new Date(Date.UTC(1999, 11, 31, 23, 59, 59, 999));
d.setUTCMilliseconds(d.getUTCMilliseconds() + 1);
console.log(d.toISOString(), d.getUTCFullYear());
let weekdays = 0;
for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 86400000) if (new Date(t).getUTCDay() % 6 !== 0) weekdays++;
console.log(weekdays);
console.log(new Date(2020, 0, 1).getTime() === Date.UTC(2020, 0, 1), new Date(0).getTimezoneOffset());
const epochDays = Math.floor(Date.UTC(2026, 10, 24) / 86400000);
console.log(epochDays, new Date(epochDays * 86400000).toDateString());
