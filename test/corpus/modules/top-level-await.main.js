// A module with `main` whose top level awaits a timer: the top level runs at build time up to
// the await, and main() is called only once the evaluation completes (as import().then does).
console.log('top level: start');
const early = await Promise.resolve('resolved during initialization');
console.log('top level:', early);
const late = await new Promise((resolve) => setTimeout(() => resolve('from a timer'), 10));
console.log('top level:', late);
export async function main() {
  await null;
  console.log('main:', early, '/', late);
}
