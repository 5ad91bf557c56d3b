// URL, URLSearchParams, Headers, Request and Response: pgo's JavaScript runtime library against
// node's own implementations, printed as strings.
const urls = [
  ['https://User:pw@Example.COM:443/a/./b/../c?x=1&y=%20z#frag'],
  ['/p?q=1', 'http://h:8080/a/b'], ['../x', 'http://h/a/b/c'], ['?z', 'http://h/a?y#f'], ['#g', 'http://h/a?y#f'],
  ['//other/p', 'https://h/'], ['mailto:me@example.org'], ['http://h/a b/ü?ä=ö #x y'], ['HTTP://H:80'],
  ['file:///etc/hosts'], ['http://[::1]:3000/'], ['not a url'], ['http://a:b'],
];
for (const [input, base] of urls) {
  try {
    const u = new URL(input, base);
    console.log([u.href, u.origin, u.protocol, u.host, u.hostname, u.port, u.pathname, u.search, u.hash].join(' | '));
  } catch (e) {
    console.log(`${input}: ${e.constructor.name}: ${e.message}`);
  }
}
const u = new URL('http://example.com/search?q=a+b&lang=en&q=c%26d');
console.log(u.searchParams.get('q'), u.searchParams.getAll('q').join(','), u.searchParams.has('lang'), u.searchParams.size);
u.searchParams.append('page', '2 of 3');
u.searchParams.delete('lang');
console.log(u.href);
u.pathname = '/other path';
u.hash = 'top';
u.search = '?only=1';
console.log(u.href, u.searchParams.get('only'), String(u.searchParams));
const p = new URLSearchParams({ b: '2', a: '1 ü', c: '&=' });
p.sort();
console.log(p.toString(), [...p.keys()].join(','), [...p.values()].join(','));
console.log(new URLSearchParams([['x', '1'], ['x', '2']]).getAll('x').join('+'), URL.canParse('nope'), URL.canParse('/a', 'http://h'));

const h = new Headers({ 'Content-Type': 'text/plain', 'X-B': '2' });
h.append('x-a', '1');
h.append('X-A', 'again');
h.append('Set-Cookie', 'a=1');
h.append('Set-Cookie', 'b=2');
console.log(h.get('x-a'), h.get('content-type'), h.has('X-B'), h.get('missing'));
console.log(JSON.stringify([...h]), h.getSetCookie().join('; '));
h.set('x-a', 'replaced');
h.delete('x-b');
const seen = [];
h.forEach((v, k) => seen.push(`${k}=${v}`));
console.log(seen.join(' '));
try { h.set('bad name', 'x'); } catch (e) { console.log(e.constructor.name); }

const main = async () => {
  const req = new Request('http://example.com/api?x=1', { method: 'post', headers: { 'x-token': 't' }, body: '{"a":[1,2]}' });
  console.log(req.method, req.url, req.headers.get('x-token'), req.headers.get('content-type'), req.bodyUsed);
  console.log(JSON.stringify(await req.json()), req.bodyUsed);
  try { await req.text(); } catch (e) { console.log(e.constructor.name); }
  try { new Request('http://h/', { method: 'GET', body: 'x' }); } catch (e) { console.log(e.constructor.name); }
  const res = new Response('héllo', { status: 201, statusText: 'Made', headers: { 'x-one': '1' } });
  console.log(res.status, res.statusText, res.ok, res.headers.get('content-type'), res.headers.get('x-one'));
  console.log(await res.clone().text(), new Uint8Array(await res.arrayBuffer()).length);
  const j = Response.json({ ok: true, n: [1, 2] }, { status: 202 });
  console.log(j.status, j.headers.get('content-type'), await j.text());
  const r = Response.redirect('http://example.com/next', 301);
  console.log(r.status, r.headers.get('location'));
  const bin = new Response(new Uint8Array([1, 2, 3]));
  console.log(bin.headers.get('content-type'), (await bin.arrayBuffer()).byteLength);
  const form = new Response(new URLSearchParams('a=1&b=2'));
  console.log(form.headers.get('content-type'), await form.text());
  try { new Response('x', { status: 99 }); } catch (e) { console.log(e.constructor.name); }
  console.log(new Response(null, { status: 204 }).status, Object.prototype.toString.call(new Headers()));
};
main();
