const enc = new TextEncoder();
const u = enc.encode('héllo 😀');
console.log(u, u instanceof Uint8Array, u.length);
console.log(new TextDecoder().decode(u), new TextDecoder().decode(u.buffer), new TextDecoder().decode(new DataView(u.buffer, 1, 2)));
console.log(new TextDecoder().decode(u.subarray(0, 3)));
