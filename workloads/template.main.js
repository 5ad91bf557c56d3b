// An HTML template engine for server-side rendering: templates with {{expr}} (escaped),
// {{{expr}}} (raw), {{#each list}}, {{#if cond}}/{{else}}, {{> partial}} and helpers with
// arguments ({{money price}}), compiled once into a tree of render closures. A storefront page is
// rendered for many pages of generated products, users and reviews. Verified: the output equals
// a page built by hand with template literals (an independent renderer), and no unescaped
// user-supplied markup survives.
// main(size): size = number of pages rendered. Default 2500; quick checks: main(20).
const DEFAULT_SIZE = 2500;

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (v) => String(v ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);

// ---------------------------------------------------------------- the engine
class TemplateEngine {
  constructor() { this.partials = new Map(); this.helpers = new Map(); this.cache = new Map(); }
  helper(name, fn) { this.helpers.set(name, fn); return this; }
  partial(name, source) { this.partials.set(name, source); this.cache.delete(name); return this; }

  compile(source) {
    const tokens = source.split(/(\{\{\{[\s\S]+?\}\}\}|\{\{[\s\S]+?\}\})/);
    let i = 0;
    const parseUntil = (closers) => {
      const nodes = [];
      while (i < tokens.length) {
        const tok = tokens[i++];
        if (!tok.startsWith('{{')) { if (tok) nodes.push(() => tok); continue; }
        if (tok.startsWith('{{{')) { const get = this.expr(tok.slice(3, -3).trim()); nodes.push((ctx) => String(get(ctx) ?? '')); continue; }
        const body = tok.slice(2, -2).trim();
        if (closers.includes(body)) return { nodes, closer: body };
        const [, sigil, rest] = /^([#>\/]?)\s*([\s\S]*)$/.exec(body);
        if (sigil === '>') { const name = rest.trim(); nodes.push((ctx) => this.template(name)(ctx)); continue; }
        if (sigil === '#') {
          const [kind, ...args] = rest.split(/\s+/);
          const get = this.expr(args.join(' '));
          const { nodes: yes, closer } = parseUntil(['else', `/${kind}`]);
          const no = closer === 'else' ? parseUntil([`/${kind}`]).nodes : [];
          const run = (list, ctx) => { let s = ''; for (const n of list) s += n(ctx); return s; };
          if (kind === 'each') {
            nodes.push((ctx) => {
              const items = get(ctx) ?? [];
              if (items.length === 0) return run(no, ctx);
              let s = '';
              items.forEach((item, index) => {
                s += run(yes, { this: item, parent: ctx, index, first: index === 0, last: index === items.length - 1, ...item });
              });
              return s;
            });
          } else if (kind === 'if' || kind === 'unless') {
            const want = kind === 'if';
            nodes.push((ctx) => (Boolean(get(ctx)) === want ? run(yes, ctx) : run(no, ctx)));
          } else throw new Error(`unknown block ${kind}`);
          continue;
        }
        const get = this.expr(body);
        nodes.push((ctx) => escape(get(ctx)));
      }
      if (closers.length) throw new Error(`unclosed block, expected ${closers.join(' or ')}`);
      return { nodes, closer: null };
    };
    const { nodes } = parseUntil([]);
    return (ctx) => { let s = ''; for (const n of nodes) s += n(ctx); return s; };
  }

  // an expression is a path (a.b.c, this, ../x) or a helper call with path/literal arguments
  expr(text) {
    const parts = text.match(/"[^"]*"|\S+/g) ?? [];
    const arg = (p) => {
      if (p.startsWith('"')) { const lit = p.slice(1, -1); return () => lit; }
      if (/^-?\d+(\.\d+)?$/.test(p)) { const n = Number(p); return () => n; }
      let up = 0;
      while (p.startsWith('../')) { up++; p = p.slice(3); }
      const keys = p === 'this' ? [] : p.split('.');
      return (ctx) => {
        for (let k = 0; k < up; k++) ctx = ctx.parent;
        let v = keys.length ? ctx : ctx.this;
        for (const key of keys) v = v?.[key];
        return v;
      };
    };
    if (parts.length > 1 || this.helpers.has(parts[0])) {
      const fn = this.helpers.get(parts[0]);
      if (!fn) throw new Error(`unknown helper ${parts[0]}`);
      const args = parts.slice(1).map(arg);
      return (ctx) => fn(...args.map((a) => a(ctx)));
    }
    return arg(parts[0]);
  }

  template(name) {
    let t = this.cache.get(name);
    if (!t) { t = this.compile(this.partials.get(name)); this.cache.set(name, t); }
    return t;
  }
  render(name, data) { return this.template(name)({ ...data, this: data }); }
}

const money = (cents) => `$${(cents / 100).toFixed(2)}`;
const stars = (n) => '★'.repeat(n) + '☆'.repeat(5 - n);
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

const engine = new TemplateEngine()
  .helper('money', money).helper('stars', stars).helper('plural', plural)
  .helper('upper', (s) => String(s).toUpperCase())
  .partial('layout', `<!doctype html>
<html><head><title>{{title}} | {{site.name}}</title></head>
<body>
{{> header}}
<main>{{> products}}</main>
{{> footer}}
</body></html>`)
  .partial('header', `<header><h1>{{upper site.name}}</h1>{{#if user}}<p class="hi">Hello, {{user.name}}! {{plural user.cart "item"}} in cart</p>{{else}}<a href="/login">Sign in</a>{{/if}}
<nav>{{#each categories}}<a href="/c/{{slug}}"{{#if active}} class="active"{{/if}}>{{name}}</a>{{/each}}</nav></header>`)
  .partial('products', `<ul class="grid">{{#each products}}
<li id="p{{id}}" class="{{#if first}}first{{/if}}{{#if last}}last{{/if}}"><h2>{{name}}</h2><span class="price">{{money price}}</span>{{#unless stock}}<em>sold out</em>{{/unless}}
{{#each reviews}}<blockquote>{{stars rating}} {{text}} <cite>{{author}} on {{../name}}</cite></blockquote>{{else}}<p>No reviews</p>{{/each}}</li>{{/each}}
</ul>`)
  .partial('footer', `<footer>{{{site.footerHtml}}} &middot; page {{page}} of {{pages}}</footer>`);

// the same page, by hand
function renderByHand(d) {
  const e = escape;
  const header = `<header><h1>${e(d.site.name.toUpperCase())}</h1>${d.user ? `<p class="hi">Hello, ${e(d.user.name)}! ${e(plural(d.user.cart, 'item'))} in cart</p>` : '<a href="/login">Sign in</a>'}
<nav>${d.categories.map((c) => `<a href="/c/${e(c.slug)}"${c.active ? ' class="active"' : ''}>${e(c.name)}</a>`).join('')}</nav></header>`;
  const products = `<ul class="grid">${d.products.map((p, i, all) => `
<li id="p${e(p.id)}" class="${i === 0 ? 'first' : ''}${i === all.length - 1 ? 'last' : ''}"><h2>${e(p.name)}</h2><span class="price">${e(money(p.price))}</span>${p.stock ? '' : '<em>sold out</em>'}
${p.reviews.length ? p.reviews.map((r) => `<blockquote>${e(stars(r.rating))} ${e(r.text)} <cite>${e(r.author)} on ${e(p.name)}</cite></blockquote>`).join('') : '<p>No reviews</p>'}</li>`).join('')}
</ul>`;
  return `<!doctype html>
<html><head><title>${e(d.title)} | ${e(d.site.name)}</title></head>
<body>
${header}
<main>${products}</main>
<footer>${d.site.footerHtml} &middot; page ${e(d.page)} of ${e(d.pages)}</footer>
</body></html>`;
}

const NOUNS = ['Kettle', 'Lamp', 'Chair', 'Desk', 'Rug', 'Vase', 'Clock', 'Mirror'];
const ADJ = ['Nordic', 'Vintage', 'Compact', 'Deluxe', '"Smart"', 'Rustic', 'Tom & Jerry\'s'];
const REVIEWS = ['Great value', 'Broke after a week <b>!!</b>', 'Exactly as described', 'Meh', '<script>alert(1)</script>', 'Would buy again & again'];

function pageData(page, pages, rand) {
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const products = Array.from({ length: 4 + Math.floor(rand() * 12) }, (_, k) => ({
    id: page * 100 + k,
    name: `${pick(ADJ)} ${pick(NOUNS)}`,
    price: 500 + Math.floor(rand() * 50000),
    stock: Math.floor(rand() * 4),
    reviews: Array.from({ length: Math.floor(rand() * 4) }, () => ({ rating: 1 + Math.floor(rand() * 5), text: pick(REVIEWS), author: pick(['ann', 'bo', 'céline', 'd<x>']) })),
  }));
  return {
    title: `Shop page ${page}`,
    site: { name: 'Homewares & Co', footerHtml: '<a href="/about">About</a>' },
    user: rand() < 0.6 ? { name: pick(['Ann', 'O\'Neil', '<Eve>']), cart: Math.floor(rand() * 3) } : null,
    categories: NOUNS.map((n, i) => ({ name: n, slug: n.toLowerCase(), active: i === page % NOUNS.length })),
    products, page, pages,
  };
}

export function main(size = DEFAULT_SIZE) {
  const rand = mulberry32(4242);
  let bytes = 0, items = 0, hash = 0;
  for (let page = 1; page <= size; page++) {
    const data = pageData(page, size, rand);
    const html = engine.render('layout', data);
    const expected = renderByHand(data);
    if (html !== expected) {
      let i = 0;
      while (html[i] === expected[i]) i++;
      throw new Error(`page ${page} differs at ${i}: ${JSON.stringify(html.slice(i - 20, i + 40))} vs ${JSON.stringify(expected.slice(i - 20, i + 40))}`);
    }
    if (/<script>|<b>|<Eve>/.test(html)) throw new Error(`page ${page}: unescaped markup`);
    items += (html.match(/<li /g) ?? []).length;
    bytes += html.length;
    for (let i = 0; i < html.length; i += 3) hash = (Math.imul(hash, 31) + html.charCodeAt(i)) >>> 0;
  }
  console.log(`rendered ${size} pages, ${items} products, ${bytes} chars; hash ${hash}`);
  console.log(`compiled templates: ${[...engine.cache.keys()].join(', ')}`);
}
