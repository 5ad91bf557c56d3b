// Bank accounts with constructor functions, validation errors and a transaction log.
function InsufficientFunds(needed, available) {
  this.name = "InsufficientFunds";
  this.message = "need " + needed.toFixed(2) + ", have " + available.toFixed(2);
}
InsufficientFunds.prototype = new Error();
function Account(owner, balance) {
  if (typeof owner !== "string" || owner === "") throw new TypeError("owner must be a non-empty string");
  this.owner = owner;
  this.balance = balance || 0;
  this.log = [];
}
Account.prototype.deposit = function (amount) {
  if (!(amount > 0)) throw new RangeError("deposit must be positive, got " + amount);
  this.balance += amount;
  this.log.push("+" + amount);
  return this;
};
Account.prototype.withdraw = function (amount) {
  if (amount > this.balance) throw new InsufficientFunds(amount, this.balance);
  this.balance -= amount;
  this.log.push("-" + amount);
  return this;
};
function transfer(from, to, amount) {
  try {
    from.withdraw(amount);
    to.deposit(amount);
    return "ok";
  } catch (e) {
    return "failed: " + String(e);
  }
}
const alice = new Account("alice", 100);
const bob = new Account("bob");
console.log(alice, bob);
alice.deposit(50).withdraw(30.5);
console.log(alice.balance, alice.log);
console.log(transfer(alice, bob, 19.5), alice.balance, bob.balance);
console.log(transfer(bob, alice, 1000), bob.balance);
console.log(transfer(alice, bob, -5));
const attempts = [() => new Account(""), () => new Account(42), () => bob.deposit(0), () => bob.deposit(NaN), () => bob.withdraw(19.5), () => bob.withdraw(1e6)];
for (const f of attempts) {
  try {
    const r = f();
    console.log("ok", r.balance);
  } catch (e) {
    console.log(e.name, "|", e.message, "|", e instanceof Error, e instanceof InsufficientFunds);
  }
}
const accounts = [alice, bob, new Account("carol", 250), new Account("dave", 5)];
accounts.sort((a, b) => b.balance - a.balance);
console.log(accounts.map((a) => a.owner + ":" + a.balance.toFixed(2)).join(" "));
const total = accounts.reduce((s, a) => s + a.balance, 0);
console.log("total", total, accounts.every((a) => a instanceof Account));
console.log(alice.log.join(" "), bob.log.join(" "));
