// A dependency whose evaluation waits for a timer: its importer runs only after it settles.
export let config = 'unset';
console.log('config: evaluating');
config = await new Promise((resolve) => setTimeout(() => resolve('loaded'), 10));
export function getConfig() { return config; }
console.log('config: evaluated', config);
