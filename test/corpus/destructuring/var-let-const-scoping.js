// var destructuring hoists
console.log(typeof hoistedA, hoistedA);
var { hoistedA, hoistedB = 'b' } = { hoistedA: 'a' };
console.log(hoistedA, hoistedB);

// let in block
{
  let [blockX, blockY] = [1, 2];
  console.log(blockX + blockY);
}
console.log(typeof blockX);

// const cannot be reassigned
const { fixed } = { fixed: 1 };
try {
  fixed = 2;
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

// destructuring with same var twice in var
var [dup, dup] = [1, 2];
console.log(dup);

// destructuring in switch cases
function describe(shape) {
  switch (shape.kind) {
    case 'circle': {
      const { r } = shape;
      return 'circle area ' + (3 * r * r);
    }
    case 'rect': {
      const { w, h } = shape;
      return 'rect area ' + w * h;
    }
    default:
      return 'unknown';
  }
}
console.log(describe({ kind: 'circle', r: 2 }), describe({ kind: 'rect', w: 2, h: 3 }), describe({}));

// function returning multiple values
function minmax(arr) {
  return [Math.min(...arr), Math.max(...arr)];
}
const [lo, hi] = minmax([4, 9, -2, 7]);
console.log(lo, hi);

// object returned
function parse(s) {
  const [key, value = ''] = s.split('=');
  return { key, value };
}
const { key, value } = parse('name=val');
console.log(key, value, parse('flag'));

// deep nesting mixed
const {
  data: [, { items: [{ id: deepId }] }],
} = { data: [null, { items: [{ id: 'deep' }] }] };
console.log(deepId);

// destructure in arrow body expression
const getXY = ({ x, y }) => ({ sum: x + y });
console.log(getXY({ x: 1, y: 2 }));
