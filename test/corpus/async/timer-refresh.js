// Timeout.refresh(): restarts a pending timer, re-arms one that fired, does nothing to a cleared
// one; clearInterval inside the interval's callback stops it even after refresh().
let n = 0;
const t = setTimeout(() => { n++; console.log("t fired", n); }, 10);
setTimeout(() => { t.refresh(); console.log("t refreshed after firing"); }, 100);
const u = setTimeout(() => console.log("never: u"), 20);
clearTimeout(u);
setTimeout(() => { u.refresh(); console.log("u refreshed after clearing"); }, 40);
const w = setTimeout(() => console.log("w fired late"), 60);
setTimeout(() => { w.refresh(); console.log("w refreshed before firing"); }, 30);
const iv = setInterval(() => { console.log("iv once"); clearInterval(iv); iv.refresh(); }, 150);
setTimeout(() => console.log("end"), 300);
