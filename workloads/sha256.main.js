// Hashing kernel: SHA-256 and HMAC-SHA256 over bytes with typed arrays (Uint8Array, Uint32Array,
// Int32 arithmetic), verified against the FIPS 180-2 / RFC 4231 test vectors, then a hash chain
// over generated data whose digest is checked against an incremental (streaming) computation.
// main(size): size = KiB hashed by the bulk phase. Default 160; quick checks: main(8).
const DEFAULT_SIZE = 160;

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

class Sha256 {
  constructor() {
    this.h = new Int32Array(H0);
    this.w = new Int32Array(64);
    this.block = new Uint8Array(64);
    this.blockLen = 0;
    this.total = 0;
  }

  compress(bytes, off) {
    const w = this.w, h = this.h;
    for (let i = 0; i < 16; i++) {
      const j = off + i * 4;
      w[i] = (bytes[j] << 24) | (bytes[j + 1] << 16) | (bytes[j + 2] << 8) | bytes[j + 3];
    }
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15], y = w[i - 2];
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    let a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + K[i] + w[i]) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) | 0;
      hh = g; g = f; f = e; e = (d + t1) | 0;
      d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + hh) | 0;
  }

  update(bytes) {
    let i = 0;
    const n = bytes.length;
    this.total += n;
    if (this.blockLen > 0) {
      while (i < n && this.blockLen < 64) this.block[this.blockLen++] = bytes[i++];
      if (this.blockLen === 64) { this.compress(this.block, 0); this.blockLen = 0; }
    }
    while (i + 64 <= n) { this.compress(bytes, i); i += 64; }
    while (i < n) this.block[this.blockLen++] = bytes[i++];
    return this;
  }

  digest() {
    const bits = this.total * 8;
    const pad = new Uint8Array(((this.blockLen < 56 ? 56 : 120) - this.blockLen) + 8);
    pad[0] = 0x80;
    const view = new DataView(pad.buffer);
    view.setUint32(pad.length - 8, Math.floor(bits / 0x100000000));
    view.setUint32(pad.length - 4, bits >>> 0);
    this.update(pad);
    const out = new Uint8Array(32);
    const ov = new DataView(out.buffer);
    for (let i = 0; i < 8; i++) ov.setInt32(i * 4, this.h[i]);
    return out;
  }
}

const encoder = new TextEncoder();
const toHex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const sha256 = (bytes) => new Sha256().update(bytes).digest();

function hmac(key, message) {
  if (key.length > 64) key = sha256(key);
  const ipad = new Uint8Array(64).fill(0x36), opad = new Uint8Array(64).fill(0x5c);
  key.forEach((b, i) => { ipad[i] ^= b; opad[i] ^= b; });
  const inner = new Sha256().update(ipad).update(message).digest();
  return new Sha256().update(opad).update(inner).digest();
}

const VECTORS = [
  ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ['The quick brown fox jumps over the lazy dog', 'd7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592'],
];
const HMAC_VECTORS = [
  // RFC 4231 test cases 2 and 6
  [encoder.encode('Jefe'), encoder.encode('what do ya want for nothing?'),
    '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'],
  [new Uint8Array(131).fill(0xaa), encoder.encode('Test Using Larger Than Block-Size Key - Hash Key First'),
    '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54'],
];

function check(label, got, want) {
  if (got !== want) throw new Error(`${label}: got ${got}, want ${want}`);
}

export function main(size = DEFAULT_SIZE) {
  for (const [text, want] of VECTORS) check(`sha256(${JSON.stringify(text)})`, toHex(sha256(encoder.encode(text))), want);
  for (const [key, msg, want] of HMAC_VECTORS) check('hmac', toHex(hmac(key, msg)), want);
  // one million 'a', fed in uneven pieces to exercise the buffering path
  if (size >= 100) {
    const million = new Sha256();
    const piece = new Uint8Array(997).fill(0x61);
    let left = 1000000;
    while (left > 0) { const n = Math.min(left, piece.length); million.update(n === piece.length ? piece : piece.subarray(0, n)); left -= n; }
    check('sha256(1e6 x a)', toHex(million.digest()), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  }
  console.log(`test vectors ok (${VECTORS.length} sha256, ${HMAC_VECTORS.length} hmac${size >= 100 ? ', 1e6 x a' : ''})`);

  // bulk: generated data, hashed in one go and streamed in pseudo-random chunk sizes
  const data = new Uint8Array(size * 1024);
  let x = 0x9e3779b9;
  for (let i = 0; i < data.length; i++) { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; data[i] = x & 0xff; }
  const whole = toHex(sha256(data));
  const stream = new Sha256();
  for (let off = 0, step = 1; off < data.length; off += step, step = (step * 7 + 3) % 200 + 1) {
    stream.update(data.subarray(off, Math.min(off + step, data.length)));
  }
  check('streamed digest', toHex(stream.digest()), whole);
  // a short hash chain: each digest keys an HMAC of the previous one
  let link = sha256(data.subarray(0, 64));
  for (let i = 0; i < 200; i++) link = hmac(link, data.subarray(i * 16, i * 16 + 100));
  console.log(`sha256(${size} KiB) = ${whole}`);
  console.log(`hmac chain = ${toHex(link)}`);
}
