// Timeout.refresh(): restarts a pending timer, re-arms one that fired, does nothing to a cleared
// one; clearInterval inside the interval's callback stops it even after refresh().
let n = 0;
const t = setTimeout(() => { n++; console.log("t fired", n); }, 40);
setTimeout(() => { t.refresh(); console.log("t refreshed after firing"); }, 400);
const u = setTimeout(() => console.log("never: u"), 80);
clearTimeout(u);
setTimeout(() => { u.refresh(); console.log("u refreshed after clearing"); }, 160);
const w = setTimeout(() => console.log("w fired late"), 240);
setTimeout(() => { w.refresh(); console.log("w refreshed before firing"); }, 120);
const iv = setInterval(() => { console.log("iv once"); clearInterval(iv); iv.refresh(); }, 600);
setTimeout(() => console.log("end"), 1200);
