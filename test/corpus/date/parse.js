// Date.parse and new Date(string): ISO forms, the forms toString/toUTCString produce, common
// legacy forms, and invalid strings (NaN).
const strings = [
  '2020-01-01', '2020-01', '2020', '+002020-01-01', '-000001-01-01T00:00:00Z', '-000000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.000Z', '+275760-09-13T00:00:00.001Z', '2020-01-01T10:00', '2020-01-01T10:00Z',
  '2020-01-01T10:00:30', '2020-01-01T10:00:30.5Z', '2020-01-01T10:00:30.123456Z', '2020-01-01T10:00:30+05:30',
  '2020-01-01T10:00:30-08:00', '2020-01-01T24:00:00Z', '2020-01-01T24:00:01Z', '2020-01-01T25:00Z',
  '2020-13-01', '2020-00-10', '2020-02-30', '2020-02-32', '2019-02-29T00:00:00Z', '2020-1-1', '20-01-01',
  '2020-01-01T10:60Z', '2020-01-01T10:00:60Z', '2020-01-01Z', '2020-01-01T10Z',
  'Tue Nov 24 2026 10:00:00 GMT+0000 (Coordinated Universal Time)', 'Tue, 24 Nov 2026 10:00:00 GMT',
  'Thu, 01 Jan 1970 00:00:00 GMT+0100', 'Thu Jan 01 1970 00:00:00 GMT-0230', 'Nov 24 2026', '24 Nov 2026',
  'November 24, 2026', 'December 17, 1995 03:24:00', '1995-12-17 03:24:00', '11/24/2026', '11/24/2026 13:45',
  '2026/11/24 10:00', '24 November 2026 10:00 PM', 'Jan 1 2000 12:00 AM', 'Jan 1 2000 12:30 PM',
  '1/2/3', 'Jan 1 70', 'Jan 1 49', 'Jan 1 50', '  2020-01-01  ', 'Sat, 01 Jan 2000 00:00:00 UTC',
  '', 'garbage', '2020-01-01T', 'T10:00', '12:00', 'Nov', '31/12/2020', '2020-01-01T10:00:00+0530',
];
for (const s of strings) console.log(JSON.stringify(s), Date.parse(s), new Date(s).getTime() === Date.parse(s) || Number.isNaN(Date.parse(s)));
for (const t of [0, 1795514400123, -62198755200000, 8.64e15, -1]) {
  const d = new Date(t);
  console.log(Date.parse(d.toString()), Date.parse(d.toUTCString()), Date.parse(d.toISOString()), Date.parse(d.toDateString()));
}
console.log(Date.parse(), Date.parse(null), Date.parse(12), Date.parse({ toString() { return '2020-01-01'; } }));
console.log(String(new Date('garbage')), new Date('2020-01-01').toISOString());
