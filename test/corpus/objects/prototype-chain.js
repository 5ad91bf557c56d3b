// Three-level prototype chains built with constructor functions; overriding and lookup order.
function Animal(name) {
  this.name = name;
}
Animal.prototype.kind = "animal";
Animal.prototype.describe = function () {
  return this.name + " is a " + this.kind + " that says " + this.sound();
};
Animal.prototype.sound = function () {
  return "...";
};
Animal.prototype.legs = 4;
function Dog(name, breed) {
  this.name = name;
  this.breed = breed;
}
Dog.prototype = new Animal("prototype-dog");
Dog.prototype.constructor = Dog;
Dog.prototype.kind = "dog";
Dog.prototype.sound = function () {
  return "woof";
};
function Puppy(name, breed, ageWeeks) {
  this.name = name;
  this.breed = breed;
  this.ageWeeks = ageWeeks;
}
Puppy.prototype = new Dog("prototype-puppy", "none");
Puppy.prototype.constructor = Puppy;
Puppy.prototype.sound = function () {
  return "yip";
};
Puppy.prototype.describe = function () {
  return "[puppy " + this.ageWeeks + "w] " + this.name + " says " + this.sound();
};
const a = new Animal("Generic");
const d = new Dog("Rex", "lab");
const p = new Puppy("Bit", "pug", 9);
console.log(a.describe());
console.log(d.describe());
console.log(p.describe());
delete Puppy.prototype.describe;
console.log(p.describe());
console.log(a.legs, d.legs, p.legs, p.kind, p.breed);
console.log(p instanceof Puppy, p instanceof Dog, p instanceof Animal, d instanceof Puppy);
console.log(Object.keys(p), "kind" in p, "sound" in p, "fly" in p);
Animal.prototype.legs = 3;
console.log(a.legs, d.legs, p.legs);
Dog.prototype.legs = 4;
console.log(a.legs, d.legs, p.legs);
p.legs = 5;
console.log(a.legs, d.legs, p.legs);
delete p.legs;
console.log(p.legs);
Animal.prototype.rename = function (n) {
  this.name = n;
  return this;
};
console.log(p.rename("Byte").name, d.rename("Max").describe());
console.log(p.constructor === Puppy, d.constructor === Dog, a.constructor === Animal);
console.log(Puppy.prototype.name, Dog.prototype.name, p.name);
const animals = [a, d, p, new Dog("Fido", "mutt"), new Puppy("Tiny", "corgi", 6)];
const sounds = [];
for (const x of animals) sounds.push(x.sound());
console.log(sounds.join(" "));
function countChainHits(obj, key) {
  let hits = 0;
  if (obj instanceof Animal && key in obj) hits++;
  if (obj instanceof Dog && key in obj) hits++;
  if (obj instanceof Puppy && key in obj) hits++;
  return hits;
}
console.log(countChainHits(p, "sound"), countChainHits(d, "sound"), countChainHits(a, "ageWeeks"));
