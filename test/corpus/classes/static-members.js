class Config {
  static defaults = { debug: false, level: 1 };
  static count = 0;
  static label = 'cfg:' + Config.count;
  static self = this;
  static doubled = this.count * 2 + 10;

  static create() {
    Config.count++;
    return new this();
  }
  static describe() {
    return `${this.name} count=${this.count}`;
  }
}

console.log(Config.defaults);
console.log(Config.label);
console.log(Config.self === Config);
console.log(Config.doubled);
Config.create();
Config.create();
console.log(Config.describe());
console.log(Object.keys(Config));
console.log(Object.getOwnPropertyNames(Config).sort());

class Sub extends Config {
  static extra = super.describe();
}
console.log(Sub.extra);
console.log(Sub.count, Object.prototype.hasOwnProperty.call(Sub, 'count'));
Sub.count = 100;
console.log(Sub.count, Config.count);
console.log(Sub.describe());
console.log(Sub.create() instanceof Sub);

// static blocks
let log = [];
class WithBlock {
  static a = 1;
  static {
    log.push('block1 a=' + this.a);
    this.b = this.a + 1;
  }
  static c = WithBlock.b * 10;
  static {
    log.push('block2 c=' + this.c);
    var local = 'not visible outside';
    log.push(typeof local);
  }
}
console.log(log);
console.log(WithBlock.a, WithBlock.b, WithBlock.c);
console.log(typeof local);

// static block can access private statics
let getSecret;
class Vault {
  static #secret = 42;
  static {
    getSecret = () => Vault.#secret;
  }
}
console.log(getSecret());

// static method `this` when extracted
const { describe } = Config;
try {
  describe();
} catch (e) {
  console.log(e.constructor.name);
}
