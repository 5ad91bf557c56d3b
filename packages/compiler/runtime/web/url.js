// URL (WHATWG URL §6.1), the subset handlers use: absolute and relative parsing against a base,
// special schemes (http, https, ws, wss, ftp, file) with default ports dropped, dot segments
// resolved and components percent-encoded, opaque paths for other schemes (mailto:, data:), and
// every component readable and writable. Not here: IDNA (hosts are only lower-cased), IPv4
// number forms.
import { percentEncode, percentDecode } from './percent.js';
import { URLSearchParams } from './url-search-params.js';

const DEFAULT_PORTS = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443', 'ftp:': '21', 'file:': '' };
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const FORBIDDEN_HOST = /[\x00-\x20#/:<>?@[\\\]^|%]/;

function invalid(input) {
  const e = new TypeError('Invalid URL');
  e.code = 'ERR_INVALID_URL';
  e.input = input;
  return e;
}

/** A parsed URL record: every field already serialized. */
function emptyRecord(protocol) {
  return { protocol, username: '', password: '', hostname: '', port: '', pathname: '', search: '', hash: '', opaque: false };
}

function isSpecial(protocol) { return Object.hasOwn(DEFAULT_PORTS, protocol); }

/** Split off `#hash` and `?query` from the end of `rest`, into `rec`; returns what precedes them. */
function splitQueryHash(rest, rec) {
  const h = rest.indexOf('#');
  if (h >= 0) { rec.hash = serializeHash(rest.slice(h + 1)); rest = rest.slice(0, h); }
  const q = rest.indexOf('?');
  if (q >= 0) {
    rec.search = serializeSearch(rest.slice(q + 1), isSpecial(rec.protocol));
    rest = rest.slice(0, q);
  }
  return rest;
}

function serializeHash(h) { return h === '' ? '' : '#' + percentEncode(h, 'fragment'); }
function serializeSearch(q, special) { return q === '' ? '' : '?' + percentEncode(q, special ? 'specialQuery' : 'query'); }

/** Path segments with . and .. resolved (also their %2e forms), re-joined with a leading /. */
function normalizePath(path, special) {
  const out = [];
  const segments = (path.startsWith('/') ? path.slice(1) : path).split('/');
  segments.forEach((seg, i) => {
    const s = seg.toLowerCase();
    const last = i === segments.length - 1;
    if (s === '.' || s === '%2e') { if (last) out.push(''); }
    else if (s === '..' || s === '.%2e' || s === '%2e.' || s === '%2e%2e') { out.pop(); if (last) out.push(''); }
    else out.push(percentEncode(seg, 'path'));
  });
  if (out.length === 0 && special) out.push('');
  return out.length === 0 ? '' : '/' + out.join('/');
}

function parseHost(host, special, input) {
  if (host.startsWith('[')) {
    if (!host.endsWith(']') || !/^\[[0-9a-fA-F:.]+\]$/.test(host)) throw invalid(input);
    return host.toLowerCase();
  }
  if (!special) return percentEncode(host, 'path');
  const h = percentDecode(host).toLowerCase();
  if (FORBIDDEN_HOST.test(h)) throw invalid(input);
  return h;
}

/** Parse `//authority/path?query#hash` (the leading slashes already removed) into `rec`. */
function parseAuthority(rest, rec, input) {
  const special = isSpecial(rec.protocol);
  const end = rest.search(special ? /[/?#\\]/ : /[/?#]/);
  let authority = end < 0 ? rest : rest.slice(0, end);
  rest = end < 0 ? '' : rest.slice(end);
  const at = authority.lastIndexOf('@');
  if (at >= 0) {
    const info = authority.slice(0, at);
    authority = authority.slice(at + 1);
    const colon = info.indexOf(':');
    rec.username = percentEncode(colon < 0 ? info : info.slice(0, colon), 'userinfo');
    rec.password = colon < 0 ? '' : percentEncode(info.slice(colon + 1), 'userinfo');
  }
  const portMatch = /:(\d*)$/.exec(authority);
  let host = authority;
  if (portMatch && !authority.endsWith(']')) {
    host = authority.slice(0, portMatch.index);
    if (portMatch[1] !== '') {
      const port = Number(portMatch[1]);
      if (port > 65535) throw invalid(input);
      rec.port = String(port) === DEFAULT_PORTS[rec.protocol] ? '' : String(port);
    }
  } else if (/:[^\]]*$/.test(authority) && !authority.startsWith('[')) {
    throw invalid(input); // a port that is not a number
  }
  rec.hostname = parseHost(host, special, input);
  if (special && rec.protocol !== 'file:' && rec.hostname === '') throw invalid(input);
  rest = splitQueryHash(rest, rec);
  rec.pathname = normalizePath(special ? rest.replace(/\\/g, '/') : rest, special);
}

/** The URL parser: `input` against an optional parsed `base` record. */
function parse(input, base) {
  const text = input.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '').replace(/[\t\n\r]/g, '');
  const m = SCHEME.exec(text);
  if (m) {
    const protocol = m[1].toLowerCase() + ':';
    let rest = text.slice(m[0].length);
    const rec = emptyRecord(protocol);
    if (isSpecial(protocol)) {
      rest = rest.replace(/\\/g, '/');
      if (base && base.protocol === protocol && !rest.startsWith('/')) return parseRelative(rest, base, input);
      // file: keeps an empty host (file:///etc); other special schemes skip any run of slashes.
      parseAuthority(protocol === 'file:' ? rest.replace(/^\/\//, '') : rest.replace(/^\/*/, ''), rec, input);
      return rec;
    }
    if (rest.startsWith('//')) { parseAuthority(rest.slice(2), rec, input); return rec; }
    rest = splitQueryHash(rest, rec);
    if (rest.startsWith('/')) rec.pathname = normalizePath(rest, false);
    else { rec.opaque = true; rec.pathname = percentEncode(rest, 'fragment'); }
    return rec;
  }
  if (!base || (base.opaque && !text.startsWith('#'))) throw invalid(input);
  return parseRelative(text, base, input);
}

/** A relative reference resolved against `base` (WHATWG URL's relative and path states). */
function parseRelative(text, base, input) {
  const special = isSpecial(base.protocol);
  if (special) text = text.replace(/\\/g, '/');
  const rec = { ...base, search: base.search, hash: '' };
  if (text.startsWith('//')) {
    const r = emptyRecord(base.protocol);
    parseAuthority(text.replace(/^\/*/, ''), r, input);
    return r;
  }
  if (text === '') return rec;
  if (text.startsWith('#')) { rec.hash = serializeHash(text.slice(1)); return rec; }
  if (text.startsWith('?')) { rec.hash = ''; rec.search = ''; splitQueryHash(text, rec); return rec; }
  rec.search = '';
  const rest = splitQueryHash(text, rec);
  if (rest.startsWith('/')) rec.pathname = normalizePath(rest, special);
  else {
    const dir = base.pathname.slice(0, base.pathname.lastIndexOf('/') + 1);
    rec.pathname = normalizePath(dir + rest, special);
  }
  return rec;
}

export class URL {
  #rec;
  #params = null;

  constructor(url, base) {
    const input = String(url);
    const baseRec = base === undefined ? null : (base instanceof URL ? base.#rec : new URL(String(base)).#rec);
    this.#rec = parse(input, baseRec);
  }

  static canParse(url, base) {
    try { new URL(url, base); return true; } catch { return false; }
  }

  static parse(url, base) {
    try { return new URL(url, base); } catch { return null; }
  }

  get href() {
    const r = this.#rec;
    const auth = r.username !== '' || r.password !== ''
      ? r.username + (r.password !== '' ? ':' + r.password : '') + '@' : '';
    const hasHost = !r.opaque && (isSpecial(r.protocol) || r.hostname !== '');
    const origin = hasHost ? '//' + auth + this.host : '';
    return r.protocol + origin + r.pathname + r.search + r.hash;
  }
  set href(v) { this.#rec = parse(String(v), null); this.#syncParams(); }

  get origin() {
    const r = this.#rec;
    return isSpecial(r.protocol) && r.protocol !== 'file:' ? r.protocol + '//' + this.host : 'null';
  }
  get protocol() { return this.#rec.protocol; }
  set protocol(v) {
    const p = String(v).replace(/:.*$/, '').toLowerCase() + ':';
    if (SCHEME.test(p) && isSpecial(p) === isSpecial(this.#rec.protocol)) {
      this.#rec.protocol = p;
      if (DEFAULT_PORTS[p] === this.#rec.port) this.#rec.port = '';
    }
  }
  get username() { return this.#rec.username; }
  set username(v) { this.#rec.username = percentEncode(String(v), 'userinfo'); }
  get password() { return this.#rec.password; }
  set password(v) { this.#rec.password = percentEncode(String(v), 'userinfo'); }
  get host() { return this.#rec.hostname + (this.#rec.port !== '' ? ':' + this.#rec.port : ''); }
  set host(v) {
    const r = emptyRecord(this.#rec.protocol);
    try { parseAuthority(String(v), r, String(v)); } catch { return; }
    this.#rec.hostname = r.hostname;
    this.#rec.port = r.port;
  }
  get hostname() { return this.#rec.hostname; }
  set hostname(v) {
    try { this.#rec.hostname = parseHost(String(v), isSpecial(this.#rec.protocol), String(v)); } catch { /* ignored, as in node */ }
  }
  get port() { return this.#rec.port; }
  set port(v) {
    const s = String(v);
    if (s === '') { this.#rec.port = ''; return; }
    const m = /^\d+/.exec(s);
    if (m && Number(m[0]) <= 65535) this.#rec.port = String(Number(m[0])) === DEFAULT_PORTS[this.#rec.protocol] ? '' : String(Number(m[0]));
  }
  get pathname() { return this.#rec.pathname; }
  set pathname(v) {
    if (this.#rec.opaque) return;
    const s = String(v);
    this.#rec.pathname = normalizePath(s.startsWith('/') ? s : '/' + s, isSpecial(this.#rec.protocol));
  }
  get search() { return this.#rec.search === '?' ? '' : this.#rec.search; }
  set search(v) {
    const s = String(v);
    this.#rec.search = serializeSearch(s.startsWith('?') ? s.slice(1) : s, isSpecial(this.#rec.protocol));
    this.#syncParams();
  }
  get searchParams() {
    if (this.#params === null) {
      this.#params = new URLSearchParams();
      URLSearchParams._attach(this.#params, this, this.#rec.search.slice(1));
    }
    return this.#params;
  }
  /** @internal URLSearchParams' link: the params changed, so the query is their serialization. */
  _setQueryFromParams(query) { this.#rec.search = query === '' ? '' : '?' + query; }
  #syncParams() {
    if (this.#params !== null) URLSearchParams._attach(this.#params, this, this.#rec.search.slice(1));
  }
  get hash() { return this.#rec.hash === '#' ? '' : this.#rec.hash; }
  set hash(v) {
    const s = String(v);
    this.#rec.hash = serializeHash(s.startsWith('#') ? s.slice(1) : s);
  }
  toString() { return this.href; }
  toJSON() { return this.href; }
  get [Symbol.toStringTag]() { return 'URL'; }
}
