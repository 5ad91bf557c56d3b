// Objects that each get thousands of never-repeated keys, dropped round after round: collections
// run while keys are being added, and every property must still be found (a guard for making
// shape transitions and atoms collectable, which must keep fresh ones alive while in use).
let total = 0;
for (let round = 0; round < 12; round++) {
  const o = {};
  for (let i = 0; i < 2500; i++) o['key-' + round + '-' + i] = i;
  for (const k in o) total += o[k];
  if (Object.keys(o).length !== 2500) console.log('lost keys in round', round);
}
console.log(total);
