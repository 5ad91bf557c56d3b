// A Markdown-to-HTML converter written by hand: ATX headings, paragraphs, emphasis and strong,
// inline code, links and images, unordered/ordered lists (nested by indentation), fenced code
// blocks, blockquotes, horizontal rules, HTML escaping. Block structure is a line scanner;
// inline markup uses regexes. The input is generated from a seeded PRNG together with the HTML
// it must produce (built independently from the same random choices), and the converter's output
// is compared with that expectation, document by document.
// main(size): size = number of documents. Default 800 (~0.6 s under node --jitless); quick checks: main(10).
const DEFAULT_SIZE = 800;

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------- the converter
const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ESC[c]);

function inline(text) {
  const codes = [];
  // code spans first: their contents are literal
  let s = text.replace(/`([^`]+)`/g, (_, code) => { codes.push(`<code>${escapeHtml(code)}</code>`); return `\u0000${codes.length - 1}\u0000`; });
  s = escapeHtml(s);
  s = s.replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, '<img src="$2" alt="$1">');
  s = s.replace(/\[([^\]]+)\]\(([^)\s]+)(?:\s+&quot;([^&]*)&quot;)?\)/g,
    (_, label, href, title) => `<a href="${href}"${title ? ` title="${title}"` : ''}>${label}</a>`);
  s = s.replace(/\*\*(?=\S)([^*]+?)\*\*/g, '<strong>$1</strong>');
  s = s.replace(/\*(?=\S)([^*]+?)\*/g, '<em>$1</em>');
  s = s.replace(/(^|[^\w])_(?=\S)([^_]+?)_(?!\w)/g, '$1<em>$2</em>');
  return s.replace(/\u0000(\d+)\u0000/g, (_, i) => codes[Number(i)]);
}

class MarkdownConverter {
  constructor() { this.stats = { blocks: 0, lists: 0 }; }
  convert(src) {
    this.lines = src.split('\n');
    this.pos = 0;
    const out = [];
    while (this.pos < this.lines.length) {
      const block = this.block();
      if (block !== null) { out.push(block); this.stats.blocks++; }
    }
    return out.join('\n');
  }
  block() {
    const line = this.lines[this.pos];
    let m;
    if (line.trim() === '') { this.pos++; return null; }
    if ((m = /^(#{1,6})\s+(.*?)\s*#*$/.exec(line))) { this.pos++; return `<h${m[1].length}>${inline(m[2])}</h${m[1].length}>`; }
    if (/^(?:-{3,}|\*{3,})\s*$/.test(line)) { this.pos++; return '<hr>'; }
    if ((m = /^```(\w*)\s*$/.exec(line))) {
      const body = [];
      this.pos++;
      while (this.pos < this.lines.length && !/^```\s*$/.test(this.lines[this.pos])) body.push(this.lines[this.pos++]);
      this.pos++;
      const cls = m[1] ? ` class="language-${m[1]}"` : '';
      return `<pre><code${cls}>${escapeHtml(body.join('\n'))}</code></pre>`;
    }
    if (line.startsWith('>')) {
      const inner = [];
      while (this.pos < this.lines.length && this.lines[this.pos].startsWith('>')) inner.push(this.lines[this.pos++].replace(/^> ?/, ''));
      return `<blockquote>\n${new MarkdownConverter().convert(inner.join('\n'))}\n</blockquote>`;
    }
    if (/^\s*(?:[-*+]|\d+\.)\s/.test(line)) return this.list(0);
    const para = [];
    while (this.pos < this.lines.length) {
      const l = this.lines[this.pos];
      if (l.trim() === '' || /^(?:#{1,6}\s|```|>|\s*(?:[-*+]|\d+\.)\s|-{3,}\s*$)/.test(l)) break;
      para.push(l.trim());
      this.pos++;
    }
    return `<p>${inline(para.join(' '))}</p>`;
  }
  list(indent) {
    this.stats.lists++;
    const first = /^(\s*)([-*+]|\d+\.)\s/.exec(this.lines[this.pos]);
    const ordered = /\d/.test(first[2]);
    const tag = ordered ? 'ol' : 'ul';
    const items = [];
    while (this.pos < this.lines.length) {
      const m = /^(\s*)([-*+]|\d+\.)\s+(.*)$/.exec(this.lines[this.pos]);
      if (!m) break;
      const depth = m[1].length;
      if (depth < indent) break;
      if (depth > indent) { items[items.length - 1].children.push(this.list(depth)); continue; }
      if (/\d/.test(m[2]) !== ordered) break;
      items.push({ text: m[3], children: [] });
      this.pos++;
    }
    const body = items.map(({ text, children }) => `<li>${inline(text)}${children.length ? `\n${children.join('\n')}\n` : ''}</li>`);
    return `<${tag}>\n${body.join('\n')}\n</${tag}>`;
  }
}

// ---------------------------------------------------------------- the generator
const WORDS = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat'.split(' ');

function generator(rand) {
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const int = (n) => Math.floor(rand() * n);
  // one inline span: [markdown, html]
  const span = () => {
    const w = pick(WORDS), w2 = pick(WORDS);
    switch (int(9)) {
      case 0: return [`*${w} ${w2}*`, `<em>${w} ${w2}</em>`];
      case 1: return [`**${w}**`, `<strong>${w}</strong>`];
      case 2: return [`_${w}_`, `<em>${w}</em>`];
      case 3: return [`\`${w}<${w2}>&\``, `<code>${w}&lt;${w2}&gt;&amp;</code>`];
      case 4: { const q = int(99); return [`[${w}](https://example.com/${w2}?q=${q})`, `<a href="https://example.com/${w2}?q=${q}">${w}</a>`]; }
      case 5: { const n = int(9); return [`[${w}](/p/${n} "${w2}")`, `<a href="/p/${n}" title="${w2}">${w}</a>`]; }
      case 6: return [`![${w}](/img/${w2}.png)`, `<img src="/img/${w2}.png" alt="${w}">`];
      case 7: return ['a < b & "c"', 'a &lt; b &amp; &quot;c&quot;'];
      default: return [w, w];
    }
  };
  const sentence = () => {
    const parts = Array.from({ length: 3 + int(8) }, span);
    return [parts.map((p) => p[0]).join(' '), parts.map((p) => p[1]).join(' ')];
  };
  const list = (depth) => {
    const ordered = rand() < 0.4;
    const items = [];
    const n = 1 + int(4);
    for (let i = 0; i < n; i++) {
      const [md, html] = sentence();
      const marker = ordered ? `${i + 1}.` : pick(['-', '*', '+']);
      let mdItem = `${'  '.repeat(depth)}${marker} ${md}`, htmlItem = html;
      if (depth < 2 && rand() < 0.25) {
        const [cm, ch] = list(depth + 1);
        mdItem += `\n${cm}`; htmlItem += `\n${ch}\n`;
      }
      items.push([mdItem, `<li>${htmlItem}</li>`]);
    }
    const tag = ordered ? 'ol' : 'ul';
    return [items.map((i) => i[0]).join('\n'), `<${tag}>\n${items.map((i) => i[1]).join('\n')}\n</${tag}>`];
  };
  const block = () => {
    switch (int(7)) {
      case 0: { const level = 1 + int(6); const [md, html] = sentence(); return [`${'#'.repeat(level)} ${md}`, `<h${level}>${html}</h${level}>`]; }
      case 1: return list(0);
      case 2: {
        const lang = pick(['', 'js', 'python']);
        const code = Array.from({ length: 1 + int(4) }, () => `${pick(WORDS)}(${int(10)}) < *${pick(WORDS)}* && "x"`);
        return ['```' + lang + '\n' + code.join('\n') + '\n```',
          `<pre><code${lang ? ` class="language-${lang}"` : ''}>${code.map((l) => l.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')).join('\n')}</code></pre>`];
      }
      case 3: { const [md, html] = sentence(); return [`> ${md}`, `<blockquote>\n<p>${html}</p>\n</blockquote>`]; }
      case 4: return [pick(['---', '***', '-----']), '<hr>'];
      default: {
        const lines = Array.from({ length: 1 + int(3) }, sentence);
        return [lines.map((l) => l[0]).join('\n'), `<p>${lines.map((l) => l[1]).join(' ')}</p>`];
      }
    }
  };
  return () => {
    const blocks = Array.from({ length: 10 + int(20) }, block);
    return { markdown: blocks.map((b) => b[0]).join('\n\n'), html: blocks.map((b) => b[1]).join('\n') };
  };
}

export function main(size = DEFAULT_SIZE) {
  const rand = mulberry32(99);
  const next = generator(rand);
  const converter = new MarkdownConverter();
  let chars = 0, htmlChars = 0, hash = 0;
  for (let d = 0; d < size; d++) {
    const { markdown, html } = next();
    const got = converter.convert(markdown);
    if (got !== html) {
      const a = got.split('\n'), b = html.split('\n');
      const i = a.findIndex((l, k) => l !== b[k]);
      throw new Error(`document ${d}, line ${i + 1}:\n  got:  ${a[i]}\n  want: ${b[i]}`);
    }
    chars += markdown.length; htmlChars += got.length;
    for (let i = 0; i < got.length; i += 7) hash = (Math.imul(hash, 33) ^ got.charCodeAt(i)) >>> 0;
  }
  console.log(`converted ${size} documents: ${chars} chars of markdown to ${htmlChars} chars of html`);
  console.log(`${converter.stats.blocks} blocks, ${converter.stats.lists} lists; hash ${hash}`);
}
