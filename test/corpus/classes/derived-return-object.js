class Base {
  constructor() {
    this.base = true;
  }
}

class ReturnsObj extends Base {
  constructor() {
    super();
    this.lost = true;
    return { replaced: true };
  }
}
const r = new ReturnsObj();
console.log(r);
console.log(r instanceof ReturnsObj, r instanceof Base);

// returning object without calling super is allowed
class NoSuperButObj extends Base {
  constructor() {
    return { noSuper: 1 };
  }
}
console.log(new NoSuperButObj());

// returning undefined explicitly after super is fine
class ReturnsUndef extends Base {
  constructor() {
    super();
    return undefined;
  }
}
console.log(new ReturnsUndef());

// base class returning an object: derived this becomes that object, fields installed on it
class BaseObj {
  constructor() {
    return { fromBase: 1 };
  }
}
class Der extends BaseObj {
  field = 'installed';
  constructor() {
    super();
    this.after = 2;
  }
  method() {}
}
const d = new Der();
console.log(d);
console.log(d instanceof Der, typeof d.method);

// returning array / function
class RetArr extends Base {
  constructor() {
    super();
    return [1, 2, 3];
  }
}
console.log(new RetArr());

// return null from derived -> TypeError
class RetNull extends Base {
  constructor() {
    super();
    return null;
  }
}
try {
  new RetNull();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

// Base constructor returning primitive in base class is ignored
function OldStyle() {
  this.a = 1;
  return 'ignored';
}
console.log(new OldStyle());
function OldStyleObj() {
  this.a = 1;
  return { b: 2 };
}
console.log(new OldStyleObj());
