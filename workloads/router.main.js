// An HTTP/1.1 request router: raw request strings are parsed (request line, headers folded to
// lower case, query strings with percent-decoding, cookies, JSON and form bodies), dispatched
// through a segment trie with :params, optional wildcards and middleware, and handlers build
// responses that are serialized to raw HTTP text. The client side parses every response back and
// checks it against what the request generator expected (status, routed params, echoed body).
// main(size): size = number of requests. Default 16000; quick checks: main(800).
const DEFAULT_SIZE = 16000;

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class HttpError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

const STATUS = { 200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 404: 'Not Found', 405: 'Method Not Allowed', 500: 'Internal Server Error' };

// Percent-decoding of the path keeps escaped reserved characters (decodeURI), so "%2F" cannot
// split a segment; query and form parts decode completely. A malformed escape is the client's fault.
function percentDecode(str, decode) {
  try { return decode(str); } catch (e) {
    if (e instanceof URIError) throw new HttpError(400, `malformed escape in ${str}`);
    throw e;
  }
}

function parseQuery(qs) {
  const out = {};
  if (!qs) return out;
  for (const pair of qs.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const [k, v] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
    const key = percentDecode(k.replace(/\+/g, ' '), decodeURIComponent);
    const value = percentDecode(v.replace(/\+/g, ' '), decodeURIComponent);
    if (key in out) out[key] = [].concat(out[key], value); else out[key] = value;
  }
  return out;
}

function parseRequest(raw) {
  const headEnd = raw.indexOf('\r\n\r\n');
  if (headEnd < 0) throw new HttpError(400, 'no header terminator');
  const [requestLine, ...headerLines] = raw.slice(0, headEnd).split('\r\n');
  const m = /^([A-Z]+) (\S+) HTTP\/(1\.[01])$/.exec(requestLine);
  if (!m) throw new HttpError(400, `bad request line: ${requestLine}`);
  const [, method, target, version] = m;
  const headers = new Map();
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new HttpError(400, `bad header: ${line}`);
    const name = line.slice(0, colon).trim().toLowerCase(), value = line.slice(colon + 1).trim();
    headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  const q = target.indexOf('?');
  const path = q < 0 ? target : target.slice(0, q);
  let body = raw.slice(headEnd + 4);
  const length = headers.has('content-length') ? Number(headers.get('content-length')) : 0;
  if (body.length !== length) throw new HttpError(400, `content-length ${length}, body ${body.length}`);
  const cookies = Object.fromEntries((headers.get('cookie') ?? '').split(/;\s*/).filter(Boolean).map((c) => c.split('=')));
  const type = headers.get('content-type') ?? '';
  if (type.startsWith('application/json')) {
    try { body = JSON.parse(body); } catch { throw new HttpError(400, 'malformed json'); }
  } else if (type.startsWith('application/x-www-form-urlencoded')) body = parseQuery(body);
  return { method, path: percentDecode(path, decodeURI), query: parseQuery(q < 0 ? '' : target.slice(q + 1)), version, headers, cookies, body };
}

class Response {
  constructor() { this.status = 200; this.headers = new Map([['server', 'pgo-router']]); this.body = ''; }
  set(name, value) { this.headers.set(name.toLowerCase(), String(value)); return this; }
  json(status, value) { this.status = status; this.body = JSON.stringify(value); return this.set('content-type', 'application/json'); }
  text(status, value) { this.status = status; this.body = value; return this.set('content-type', 'text/plain; charset=utf-8'); }
  serialize() {
    this.set('content-length', this.body.length);
    const lines = [`HTTP/1.1 ${this.status} ${STATUS[this.status]}`];
    for (const [k, v] of [...this.headers].sort(([a], [b]) => (a < b ? -1 : 1))) lines.push(`${k}: ${v}`);
    return `${lines.join('\r\n')}\r\n\r\n${this.body}`;
  }
}

class Router {
  constructor() { this.root = { children: new Map(), param: null, wildcard: null, handlers: new Map() }; this.middleware = []; }
  use(fn) { this.middleware.push(fn); return this; }
  add(method, pattern, handler) {
    let node = this.root;
    for (const seg of pattern.split('/').filter(Boolean)) {
      if (seg.startsWith(':')) {
        node.param ??= { name: seg.slice(1), node: { children: new Map(), param: null, wildcard: null, handlers: new Map() } };
        node = node.param.node;
      } else if (seg === '*') {
        node.wildcard ??= { children: new Map(), param: null, wildcard: null, handlers: new Map() };
        node = node.wildcard;
        break;
      } else {
        if (!node.children.has(seg)) node.children.set(seg, { children: new Map(), param: null, wildcard: null, handlers: new Map() });
        node = node.children.get(seg);
      }
    }
    node.handlers.set(method, handler);
    return this;
  }
  get(p, h) { return this.add('GET', p, h); }
  post(p, h) { return this.add('POST', p, h); }
  delete(p, h) { return this.add('DELETE', p, h); }
  match(path) {
    const segs = path.split('/').filter(Boolean);
    const walk = (node, i, params) => {
      if (i === segs.length) return node.handlers.size ? { node, params } : null;
      const child = node.children.get(segs[i]);
      if (child) { const r = walk(child, i + 1, params); if (r) return r; }
      if (node.param) { const r = walk(node.param.node, i + 1, { ...params, [node.param.name]: segs[i] }); if (r) return r; }
      if (node.wildcard) return { node: node.wildcard, params: { ...params, rest: segs.slice(i).join('/') } };
      return null;
    };
    return walk(this.root, 0, {});
  }
  handle(raw) {
    const res = new Response();
    try {
      const req = parseRequest(raw);
      const found = this.match(req.path);
      if (!found) throw new HttpError(404, `no route for ${req.path}`);
      const handler = found.node.handlers.get(req.method);
      if (!handler) { res.set('allow', [...found.node.handlers.keys()].join(', ')); throw new HttpError(405, `${req.method} not allowed`); }
      req.params = found.params;
      const chain = [...this.middleware, (r, s) => handler(r, s)];
      const next = (k) => chain[k](req, res, () => next(k + 1));
      next(0);
    } catch (e) {
      if (!(e instanceof HttpError)) throw e;
      res.json(e.status, { error: e.message });
    }
    return res.serialize();
  }
}

// ---------------------------------------------------------------- the application
const store = { users: new Map(), nextId: 1, log: [] };
const router = new Router()
  .use((req, res, next) => { store.log.push(`${req.method} ${req.path}`); next(); res.set('x-request-count', store.log.length); })
  .use((req, res, next) => {
    if (req.path.startsWith('/admin') && req.cookies.session !== 'admin') throw new HttpError(401, 'login required');
    next();
  })
  .get('/', (req, res) => res.text(200, 'welcome'))
  .get('/users', (req, res) => {
    const limit = Number(req.query.limit ?? 10), tags = [].concat(req.query.tag ?? []);
    const list = [...store.users.values()].filter((u) => tags.every((t) => u.tags.includes(t))).slice(0, limit);
    res.json(200, { count: list.length, ids: list.map((u) => u.id) });
  })
  .post('/users', (req, res) => {
    const { name, tags = [] } = req.body;
    if (typeof name !== 'string' || !name) throw new HttpError(400, 'name required');
    const user = { id: store.nextId++, name, tags };
    store.users.set(user.id, user);
    res.set('location', `/users/${user.id}`).json(201, user);
  })
  .get('/users/:id', (req, res) => {
    const user = store.users.get(Number(req.params.id));
    if (!user) throw new HttpError(404, `user ${req.params.id}`);
    res.json(200, user);
  })
  .delete('/users/:id', (req, res) => {
    if (!store.users.delete(Number(req.params.id))) throw new HttpError(404, `user ${req.params.id}`);
    res.status = 204;
  })
  .get('/users/:id/posts/:post', (req, res) => res.json(200, { user: req.params.id, post: req.params.post, q: req.query }))
  .post('/search', (req, res) => res.json(200, { form: req.body }))
  .get('/static/*', (req, res) => res.set('cache-control', 'max-age=3600').text(200, `file:${req.params.rest}`))
  .get('/admin/stats', (req, res) => res.json(200, { users: store.users.size, requests: store.log.length }));

function parseResponse(raw) {
  const headEnd = raw.indexOf('\r\n\r\n');
  const [statusLine, ...lines] = raw.slice(0, headEnd).split('\r\n');
  const [, status, reason] = /^HTTP\/1\.1 (\d{3}) (.+)$/.exec(statusLine);
  const headers = new Map(lines.map((l) => { const i = l.indexOf(': '); return [l.slice(0, i), l.slice(i + 2)]; }));
  const text = raw.slice(headEnd + 4);
  if (Number(headers.get('content-length')) !== text.length) throw new Error('response length mismatch');
  const body = headers.get('content-type') === 'application/json' ? JSON.parse(text) : text;
  return { status: Number(status), reason, headers, body };
}

function request(method, target, { headers = {}, body = '' } = {}) {
  const all = { host: 'shop.example', 'user-agent': 'bench/1.0', ...headers };
  if (body) all['content-length'] = body.length;
  const head = Object.entries(all).map(([k, v]) => `${k.replace(/(^|-)([a-z])/g, (_, d, c) => d + c.toUpperCase())}: ${v}`);
  return `${method} ${target} HTTP/1.1\r\n${head.join('\r\n')}\r\n\r\n${body}`;
}

const NAMES = ['ana', 'björk', 'chen wei', 'd&d', 'eve+1', 'f/g'];
const TAGS = ['a', 'b', 'c'];

export function main(size = DEFAULT_SIZE) {
  store.users.clear(); store.nextId = 1; store.log.length = 0;
  const rand = mulberry32(8080);
  const int = (n) => Math.floor(rand() * n);
  const live = [];
  const counts = {};
  // Malformed escapes are 400s; an escaped "/" stays in its segment (decodeURI keeps it): no route.
  const escapes = [['/users?q=%E0%A4%A', 400], ['/users?tag=%C3%28', 400], ['/users/%ZZ', 400], ['/users%2F1', 404]];
  for (const [target, want] of escapes) {
    if (parseResponse(router.handle(request('GET', target))).status !== want) throw new Error(`escape ${target}`);
  }
  if (store.log.length !== 0) throw new Error('middleware ran for a bad target');
  let bytes = 0;
  for (let i = 0; i < size; i++) {
    const kind = int(10);
    let raw, check;
    if (kind <= 1 || live.length < 3) {
      const name = NAMES[int(NAMES.length)] + i, tags = TAGS.filter(() => rand() < 0.5);
      raw = request('POST', '/users', { headers: { 'content-type': 'application/json', cookie: `sid=${i}; theme=dark` }, body: JSON.stringify({ name, tags }) });
      check = (r) => { if (r.status !== 201 || r.body.name !== name || r.headers.get('location') !== `/users/${r.body.id}`) throw new Error('create'); live.push(r.body.id); };
    } else if (kind === 2) {
      const id = live[int(live.length)];
      raw = request('GET', `/users/${id}`);
      check = (r) => { if (r.status !== 200 || r.body.id !== id) throw new Error(`get ${id}`); };
    } else if (kind === 3) {
      const k = int(live.length), id = live[k];
      raw = request('DELETE', `/users/${id}`);
      check = (r) => { if (r.status !== 204 || r.body !== '') throw new Error(`delete ${id}`); live.splice(k, 1); };
    } else if (kind === 4) {
      const tag = TAGS[int(3)], limit = 1 + int(20);
      raw = request('GET', `/users?limit=${limit}&tag=${tag}`);
      const want = [...store.users.values()].filter((u) => u.tags.includes(tag)).slice(0, limit).map((u) => u.id);
      check = (r) => { if (r.status !== 200 || r.body.ids.join() !== want.join()) throw new Error('list'); };
    } else if (kind === 5) {
      const uid = int(1000), post = `p-${int(50)}`, word = NAMES[int(NAMES.length)];
      raw = request('GET', `/users/${uid}/posts/${post}?q=${encodeURIComponent(word)}&page=${int(5)}`);
      check = (r) => { if (r.status !== 200 || r.body.user !== String(uid) || r.body.post !== post || r.body.q.q !== word) throw new Error('nested params'); };
    } else if (kind === 6) {
      const term = NAMES[int(NAMES.length)];
      const form = `term=${encodeURIComponent(term).replace(/%20/g, '+')}&sort=price&sort=name`;
      raw = request('POST', '/search', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
      check = (r) => { if (r.body.form.term !== term || r.body.form.sort.join() !== 'price,name') throw new Error('form'); };
    } else if (kind === 7) {
      const file = `css/site.${int(9)}.css`;
      raw = request('GET', `/static/${file}`);
      check = (r) => { if (r.body !== `file:${file}` || r.headers.get('cache-control') !== 'max-age=3600') throw new Error('static'); };
    } else if (kind === 8) {
      const admin = rand() < 0.5;
      raw = request('GET', '/admin/stats', { headers: admin ? { cookie: 'session=admin' } : {} });
      check = (r) => { if (r.status !== (admin ? 200 : 401)) throw new Error('auth'); if (admin && r.body.users !== store.users.size) throw new Error('stats'); };
    } else {
      const bad = int(4);
      raw = [request('PUT', '/users'), request('GET', '/nowhere/at/all'), 'GARBAGE\r\n\r\n',
        request('POST', '/users', { headers: { 'content-type': 'application/json' }, body: '{"name":' })][bad];
      const want = [405, 404, 400, 400][bad];
      check = (r) => { if (r.status !== want || typeof r.body.error !== 'string') throw new Error(`error case ${bad}: ${r.status}`); if (bad === 0 && r.headers.get('allow') !== 'GET, POST') throw new Error('allow'); };
    }
    const response = router.handle(raw);
    bytes += raw.length + response.length;
    const parsed = parseResponse(response);
    check(parsed);
    counts[parsed.status] = (counts[parsed.status] ?? 0) + 1;
  }
  console.log(`handled ${size} requests (${bytes} bytes in and out); ${store.log.length} reached middleware; ${store.users.size} users left`);
  console.log(`statuses ${Object.entries(counts).map(([s, n]) => `${s}:${n}`).join(' ')}`);
}
