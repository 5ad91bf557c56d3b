// Reading and writing the parts of the Wasm binary format the snapshot steps rewrite directly
// (sections, LEB128 numbers), so they never re-encode the code.

/** A section of a module: its id, where it starts (the id byte) and where its body lies. */
export interface Section { id: number; start: number; bodyStart: number; end: number }

/** A read position in a module's bytes. */
export class Cursor {
  constructor(readonly b: Uint8Array, public p: number) {}
  u32(): number {
    let r = 0, s = 0, x: number;
    do { x = this.b[this.p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80);
    return r;
  }
  i32(): number {
    let r = 0, s = 0, x: number;
    do { x = this.b[this.p++]; r |= (x & 0x7f) << s; s += 7; } while (x & 0x80);
    if (s < 32 && (x & 0x40)) r |= -1 << s;
    return r;
  }
  /** Skip a (signed or unsigned) LEB128 of any width. */
  skipLeb(): void { while (this.b[this.p++] & 0x80); }
  skip(n: number): void { this.p += n; }
  name(): string {
    const n = this.u32();
    const s = new TextDecoder().decode(this.b.subarray(this.p, this.p + n));
    this.p += n;
    return s;
  }
}

/** The sections of `wasm`, in order. */
export function sections(wasm: Uint8Array): Section[] {
  const out: Section[] = [];
  const c = new Cursor(wasm, 8);
  while (c.p < wasm.length) {
    const start = c.p;
    const id = wasm[c.p++];
    const size = c.u32();
    out.push({ id, start, bodyStart: c.p, end: c.p + size });
    c.p += size;
  }
  return out;
}

export function leb(n: number): number[] {
  const out: number[] = [];
  do { let x = n & 0x7f; n = Math.floor(n / 128); if (n) x |= 0x80; out.push(x); } while (n);
  return out;
}

export function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const x = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(x & 0x40)) || (n === -1 && (x & 0x40))) { out.push(x); return out; }
    out.push(x | 0x80);
  }
}

/** A section with body `parts`. */
export function encodeSection(id: number, parts: (number[] | Uint8Array)[]): Uint8Array {
  const size = parts.reduce((n, part) => n + part.length, 0);
  return concat([Uint8Array.from([id, ...leb(size)]), ...parts.map((p) => (p instanceof Uint8Array ? p : Uint8Array.from(p)))]);
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let p = 0;
  for (const part of parts) { out.set(part, p); p += part.length; }
  return out;
}
