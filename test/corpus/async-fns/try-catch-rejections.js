function delayReject(msg) {
  return Promise.reject(new Error(msg));
}

async function handled() {
  try {
    await delayReject('first failure');
    console.log('unreachable');
  } catch (e) {
    console.log('caught:', e.message);
  } finally {
    console.log('finally after catch');
  }
  return 'handled ok';
}

async function rethrows() {
  try {
    await delayReject('inner');
  } catch (e) {
    throw new Error('wrapped: ' + e.message);
  }
}

async function throwsSync() {
  throw new TypeError('thrown before any await');
}

async function rejectNonError() {
  await null;
  throw { code: 42 };
}

async function main() {
  console.log(await handled());
  try {
    await rethrows();
  } catch (e) {
    console.log(e.message);
  }

  const p = throwsSync();
  console.log('throwsSync returned a', p.constructor.name);
  try {
    await p;
  } catch (e) {
    console.log(e.name, e.message);
  }

  try {
    await rejectNonError();
  } catch (e) {
    console.log('code', e.code);
  }

  // .catch on async function result
  await rethrows().catch(e => console.log('via .catch:', e.message));

  // finally with return overrides
  async function finallyReturn() {
    try {
      throw new Error('ignored');
    } finally {
      return 'finally wins';
    }
  }
  console.log(await finallyReturn());

  // await in catch and finally
  async function awaitInHandlers() {
    const steps = [];
    try {
      await delayReject('x');
    } catch (e) {
      steps.push(await Promise.resolve('catch-await'));
    } finally {
      steps.push(await 'finally-await');
    }
    return steps;
  }
  console.log(await awaitInHandlers());

  // Promise.allSettled with async functions
  const results = await Promise.allSettled([handled(), rethrows(), Promise.resolve(1)]);
  console.log(results.map(r => r.status + ':' + (r.value ?? r.reason.message)));

  // error thrown in then callback
  try {
    await Promise.resolve(1).then(() => { throw new RangeError('in then'); });
  } catch (e) {
    console.log(e.name, e.message);
  }
}

main().then(() => console.log('done'));
