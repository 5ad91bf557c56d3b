// The program's constants: string literals and property-key atoms (interned at initialization and
// held in immutable-after-init globals), BigInt literals (made at initialization from their decimal
// digits, a string constant), and one FunctionInfo per function literal.
export interface StringConstant {
  readonly index: number;
  readonly text: string;
  /** Offset of its UTF-16 text in the literal data blob. */
  readonly dataOffset: number;
  readonly global: string;
}

export interface BigIntConstant {
  /** Its decimal digits (a literal is never negative), a string constant. */
  readonly digits: StringConstant;
  readonly global: string;
}

export class ConstantPool {
  readonly strings: StringConstant[] = [];
  readonly bigints: BigIntConstant[] = [];
  private readonly bigintByValue = new Map<bigint, BigIntConstant>();
  private readonly byText = new Map<string, StringConstant>();
  private dataBytes = 0;

  /** The constant for `text`: a Wasm global holding the boxed atom after initialization. */
  string(text: string): StringConstant {
    let c = this.byText.get(text);
    if (!c) {
      c = { index: this.strings.length, text, dataOffset: this.dataBytes, global: `str:${this.strings.length}` };
      this.dataBytes += text.length * 2;
      this.strings.push(c);
      this.byText.set(text, c);
    }
    return c;
  }

  /** The constant for a BigInt literal: a Wasm global holding the boxed BigInt after initialization. */
  bigint(value: bigint): BigIntConstant {
    let c = this.bigintByValue.get(value);
    if (!c) {
      c = { digits: this.string(value.toString()), global: `big:${this.bigints.length}` };
      this.bigints.push(c);
      this.bigintByValue.set(value, c);
    }
    return c;
  }

  /** The literal data blob: every string's UTF-16 code units, concatenated. */
  data(): Uint8Array {
    const out = new Uint8Array(this.dataBytes);
    for (const c of this.strings) {
      for (let i = 0; i < c.text.length; i++) {
        const u = c.text.charCodeAt(i);
        out[c.dataOffset + 2 * i] = u & 0xff;
        out[c.dataOffset + 2 * i + 1] = u >> 8;
      }
    }
    return out;
  }
}
