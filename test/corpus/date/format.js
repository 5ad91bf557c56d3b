// The string forms of dates: toString, toDateString, toTimeString, toUTCString, toISOString,
// toJSON, en-US locale strings, and years outside 0-9999.
const times = [0, 1795514400000, -1, 951782400000, 1e12, -62198755200000, -62167219200001,
  253402300800000, 253402300799999, 8.64e15, -8.64e15, -2208988800000, 1583020800123, NaN];
for (const t of times) {
  const d = new Date(t);
  console.log(String(d));
  console.log(d.toDateString(), '|', d.toTimeString(), '|', d.toUTCString(), '|', d.toGMTString());
  console.log(d.toLocaleString(), '|', d.toLocaleDateString(), '|', d.toLocaleTimeString(), '|', d.toLocaleString('en-US'));
  try { console.log(d.toISOString(), d.toJSON()); } catch (e) { console.log(e.constructor.name + ': ' + e.message, d.toJSON()); }
}
for (let h = 0; h < 24; h += 5) console.log(new Date(Date.UTC(2020, 0, 1, h, 7, 9)).toLocaleTimeString());
console.log(JSON.stringify({ when: new Date(0), bad: new Date(NaN), list: [new Date(1e12)] }));
console.log(Date.prototype.toGMTString === Date.prototype.toUTCString);
console.log(Date.prototype.toJSON.call({ toISOString() { return 'custom'; } }), Date.prototype.toJSON.call({ valueOf() { return Infinity; }, toISOString() { return 'x'; } }));
try { Date.prototype.toJSON.call({}); } catch (e) { console.log(e.message); }
console.log(`${new Date(0)}`, new Date(0) + '', new Date(0) + 1, new Date(1000) - new Date(0), +new Date(7), new Date(3) * 2);
console.log(new Date(0) == new Date(0).toString(), new Date(5) > new Date(4), new Date(0) == 0, [new Date(0)].join());
