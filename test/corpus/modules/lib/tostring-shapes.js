// Functions whose text esbuild would reprint: comments, odd spacing, quotes, trailing commas.
export function   spaced ( a ,b, )   {
  // a line comment
  return a  +  b; /* a block comment */
}

export const arrow = x=>x*2;
export const asyncArrow = async(a)  =>  { await a; };

export class Shape  {
  #side = 1;
  static   create( ) { return new Shape(); }   // static: printed without the keyword
  get   side() { return this.#side; }
  area(){return this.#side**2}
}

export const methods = {
  'quoted'  (x) { return x; },
  *gen() { yield 'single'; },
  async   am () {},
};

export default function () { return "default ✓"; }
