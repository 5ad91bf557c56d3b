// An example fetch-handler app for `pgo serve`: routing, JSON and HTML templating.
//
//   npx pgo build examples/serve/app.js -o app.wasm --max-memory 64
//   npx pgo serve app.wasm --port 8080
//
// Everything at the top level (the routes, the data, the templates) runs at build time and is in
// the snapshot; each request gets a brand-new instance of it, so nothing a request does is seen
// by the next one.

/** A route table: `GET /items/:id` patterns compiled to regular expressions once. */
class Router {
  #routes = [];

  add(method, pattern, handler) {
    const names = [];
    const source = pattern.replace(/:(\w+)/g, (_, name) => { names.push(name); return '([^/]+)'; });
    this.#routes.push({ method, regexp: new RegExp(`^${source}/?$`), names, handler });
    return this;
  }

  async handle(request) {
    const url = new URL(request.url);
    let pathMatched = false;
    for (const route of this.#routes) {
      const m = route.regexp.exec(url.pathname);
      if (m === null) continue;
      pathMatched = true;
      if (route.method !== request.method) continue;
      const params = Object.fromEntries(route.names.map((name, i) => [name, decodeParam(m[i + 1])]));
      return route.handler({ request, url, params });
    }
    return pathMatched
      ? json({ error: 'method not allowed' }, 405)
      : html(page('Not found', `<p>No page at <code>${escape(url.pathname)}</code>.</p>`), 404);
  }
}

function decodeParam(text) {
  try { return new URLSearchParams('v=' + text.replace(/\+/g, '%2B')).get('v'); } catch { return text; }
}

const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escape(value) {
  return String(value).replace(/[&<>"']/g, (c) => escapes[c]);
}

/** A tagged template for HTML: interpolated values are escaped unless they are already markup. */
class Markup { constructor(text) { this.text = text; } toString() { return this.text; } }
function markup(strings, ...values) {
  let out = strings[0];
  values.forEach((v, i) => {
    const text = Array.isArray(v) ? v.map((x) => (x instanceof Markup ? x.text : escape(x))).join('')
      : v instanceof Markup ? v.text : escape(v);
    out += text + strings[i + 1];
  });
  return new Markup(out);
}

function page(title, body) {
  return markup`<!doctype html>
<html><head><meta charset="utf-8"><title>${title}</title></head>
<body><h1>${title}</h1>
${new Markup(String(body))}
<footer>served by a fresh pgo instance</footer></body></html>
`;
}

const html = (m, status = 200) => new Response(String(m), { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
const json = (data, status = 200) => Response.json(data, { status });

const items = [
  { id: 1, name: 'Quill', price: 3.5, tags: ['writing'] },
  { id: 2, name: 'Inkwell', price: 12, tags: ['writing', 'glass'] },
  { id: 3, name: 'Blotter <paper>', price: 1.25, tags: ['paper'] },
  { id: 4, name: 'Sealing wax', price: 4.75, tags: ['letters'] },
];

const router = new Router()
  .add('GET', '/', ({ url }) => {
    const q = (url.searchParams.get('q') ?? '').toLowerCase();
    const shown = items.filter((it) => it.name.toLowerCase().includes(q));
    const rows = shown.map((it) => markup`<li><a href="/items/${it.id}">${it.name}</a>: ${it.price.toFixed(2)}</li>`);
    return html(page('Items', markup`<form><input name="q" value="${q}"></form><ul>${rows}</ul>`));
  })
  .add('GET', '/items/:id', ({ params }) => {
    const item = items.find((it) => it.id === Number(params.id));
    if (item === undefined) return html(page('Not found', markup`<p>No item ${params.id}.</p>`), 404);
    return html(page(item.name, markup`<p>Price ${item.price.toFixed(2)}</p><p>Tags: ${item.tags.join(', ')}</p>`));
  })
  .add('GET', '/api/items', ({ url }) => {
    const tag = url.searchParams.get('tag');
    return json(tag === null ? items : items.filter((it) => it.tags.includes(tag)));
  })
  .add('GET', '/api/items/:id', ({ params }) => {
    const item = items.find((it) => it.id === Number(params.id));
    return item === undefined ? json({ error: `no item ${params.id}` }, 404) : json(item);
  })
  .add('POST', '/api/echo', async ({ request }) => {
    const type = request.headers.get('content-type') ?? '';
    const body = type.startsWith('application/json') ? await request.json() : await request.text();
    return json({ method: request.method, type, body });
  })
  .add('GET', '/hello/:name', ({ params }) => html(page(`Hello, ${params.name}!`, markup`<p>Nice to meet you.</p>`)));

export default {
  fetch(request) {
    return router.handle(request);
  },
};
