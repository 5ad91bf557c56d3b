// A singly linked list built from constructor functions: insert, remove, reverse, iterate.
function ListNode(value, next) {
  this.value = value;
  this.next = next === undefined ? null : next;
}
function List() {
  this.head = null;
  this.size = 0;
}
List.prototype.push = function (v) {
  const node = new ListNode(v);
  if (this.head === null) this.head = node;
  else {
    let cur = this.head;
    while (cur.next !== null) cur = cur.next;
    cur.next = node;
  }
  this.size++;
  return this;
};
List.prototype.unshift = function (v) {
  this.head = new ListNode(v, this.head);
  this.size++;
  return this;
};
List.prototype.remove = function (v) {
  let prev = null;
  for (let cur = this.head; cur !== null; prev = cur, cur = cur.next) {
    if (cur.value === v) {
      if (prev === null) this.head = cur.next;
      else prev.next = cur.next;
      this.size--;
      return true;
    }
  }
  return false;
};
List.prototype.reverse = function () {
  let prev = null;
  let cur = this.head;
  while (cur !== null) {
    const next = cur.next;
    cur.next = prev;
    prev = cur;
    cur = next;
  }
  this.head = prev;
  return this;
};
List.prototype.toArray = function () {
  const out = [];
  for (let cur = this.head; cur; cur = cur.next) out.push(cur.value);
  return out;
};
List.prototype.map = function (f) {
  const out = new List();
  for (let cur = this.head; cur; cur = cur.next) out.push(f(cur.value));
  return out;
};
const list = new List();
list.push(1).push(2).push(3).unshift(0);
console.log(list.toArray(), list.size);
console.log(list.remove(2), list.remove(42), list.remove(0), list.toArray(), list.size);
list.push(4).push(5);
console.log(list.reverse().toArray(), list.map((x) => x * x).toArray());
console.log(list.head.value, list.head.next.value, list.head.next.next.next.next);
const small = new List().push("a").push("b");
console.log(small);
console.log(new List(), new List().reverse().toArray(), new ListNode(7));
const big = new List();
for (let i = 0; i < 1000; i++) big.unshift(i);
console.log(big.size, big.toArray().slice(0, 3), big.reverse().toArray().slice(0, 3));
