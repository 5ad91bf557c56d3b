// ReadableStream and streamed bodies: pgo's runtime library against node's own, step by step
// (each step awaited, so no output depends on how many microtasks a step takes).
const enc = new TextEncoder();
const dec = new TextDecoder();

const main = async () => {
  let pulls = 0;
  const s = new ReadableStream({
    start(c) { c.enqueue('a'); },
    pull(c) { pulls++; if (pulls > 2) c.close(); else c.enqueue('p' + pulls); },
  });
  console.log(Object.prototype.toString.call(s), s.locked);
  const reader = s.getReader();
  console.log(s.locked);
  try { s.getReader(); } catch (e) { console.log(e.constructor.name); }
  for (;;) {
    const r = await reader.read();
    console.log(JSON.stringify(r));
    if (r.done) break;
  }
  await reader.closed;
  reader.releaseLock();
  console.log(s.locked, pulls);

  const failing = new ReadableStream({ pull(c) { c.error(new RangeError('broken')); } });
  try { await failing.getReader().read(); } catch (e) { console.log('read:', e.constructor.name, e.message); }

  let cancelled = null;
  const cancellable = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(reason) { cancelled = reason; } });
  const seen = [];
  for await (const v of cancellable) { seen.push(v); if (seen.length === 3) break; }
  console.log(seen.join(','), cancelled, cancellable.locked);

  const from = ReadableStream.from((async function* () { yield 'x'; yield 'y'; })());
  const got = [];
  for await (const v of from) got.push(v);
  console.log(got.join(''));

  const [left, right] = ReadableStream.from(['t1', 't2']).tee();
  const l = [], r = [];
  for await (const v of left) l.push(v);
  for await (const v of right) r.push(v);
  console.log(l.join(','), r.join(','));

  // Bodies made of streams.
  const streamed = new Response(new ReadableStream({
    start(c) { c.enqueue(enc.encode('hel')); c.enqueue(enc.encode('lo ')); },
    pull(c) { c.enqueue(enc.encode('world')); c.close(); },
  }));
  console.log(streamed.bodyUsed, Object.prototype.toString.call(streamed.body), streamed.headers.get('content-type'));
  console.log(await streamed.text(), streamed.bodyUsed);
  try { await streamed.text(); } catch (e) { console.log(e.constructor.name); }

  const iterated = new Response((async function* () { yield enc.encode('{"n":'); yield enc.encode('1}'); })());
  console.log(JSON.stringify(await iterated.json()));

  const whole = new Response('whole body');
  const chunks = [];
  for await (const c of whole.body) chunks.push(dec.decode(c));
  console.log(chunks.join('|'), whole.bodyUsed);
  console.log(new Response(null).body, new Request('http://h/').body);

  const original = new Response(ReadableStream.from([enc.encode('cl'), enc.encode('one')]));
  const copy = original.clone();
  console.log(await original.text(), await copy.text());

  const bad = new Response(new ReadableStream({ start(c) { c.enqueue('not bytes'); c.close(); } }));
  try { await bad.text(); } catch (e) { console.log(e.constructor.name, e.message); }

  const req = new Request('http://h/up', { method: 'POST', body: ReadableStream.from([enc.encode('up'), enc.encode('load')]), duplex: 'half' });
  console.log(await req.text());
};
main();
