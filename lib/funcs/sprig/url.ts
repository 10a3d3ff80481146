/**
 * Sprig's urlParse and urlJoin on a port of Go's net/url: Parse (scheme, opaque, authority,
 * userinfo, host and port checks, %-unescaping per component) and URL.String (escaping per
 * component), with Go's error texts.
 */
import { messageOf } from '../../errors.js';
import { quote } from '../../go/strconv.js';
import { goFunc, type FuncMap } from '../../go/value.js';
import { fail, kindOrPanic } from './convert.js';
import { fromBinary, toBinary } from './unicode.js';

type Mode = 'path' | 'host' | 'user' | 'query' | 'fragment';

const ALNUM = /[A-Za-z0-9]/;
const RESERVED = '$&+,/:;=?@';

/** Go's shouldEscape for one byte (as a char code) in a URL component. */
function shouldEscape(c: string, mode: Mode): boolean {
  if (ALNUM.test(c)) return false;
  if (mode === 'host' && '!$&\'()*+,;=:[]<>"'.includes(c)) return false;
  if ('-_.~'.includes(c)) return false;
  if (RESERVED.includes(c)) {
    const rules: Record<Mode, boolean> = {
      path: c === '?',
      user: '@/?:'.includes(c),
      query: true,
      fragment: false,
      host: true,
    };
    return rules[mode];
  }
  if (mode === 'fragment' && '!()*'.includes(c)) return false;
  return true;
}

/** Go's url escape of a component. */
function escape(s: string, mode: Mode): string {
  let out = '';
  for (const c of toBinary(s)) {
    out += shouldEscape(c, mode)
      ? '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')
      : c;
  }
  return fromBinary(out);
}

/** Go's url unescape of a component; errors carry Go's text. */
function unescape(s: string, mode: Mode): string {
  const b = toBinary(s);
  let out = '';
  for (let i = 0; i < b.length; i++) {
    const c = b[i] ?? '';
    if (c === '%') {
      const hex = b.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex))
        fail(`invalid URL escape ${quote(fromBinary(b.slice(i, i + 3)))}`);
      // Hosts may only escape non-ASCII bytes (and %25 for zones).
      if (mode === 'host' && parseInt(hex[0] ?? '0', 16) < 8 && b.slice(i, i + 3) !== '%25') {
        fail(`invalid URL escape ${quote(b.slice(i, i + 3))}`);
      }
      out += String.fromCharCode(parseInt(hex, 16));
      i += 2;
    } else if (mode === 'host' && c.charCodeAt(0) < 0x80 && shouldEscape(c, mode)) {
      fail(`invalid character ${quote(c)} in host name`);
    } else out += c;
  }
  return fromBinary(out);
}

const validPort = (p: string): boolean => p === '' || /^:[0-9]*$/.test(p);

function parseHost(host: string): string {
  if (host.startsWith('[')) {
    const i = host.lastIndexOf(']');
    if (i < 0) fail("missing ']' in host");
    const port = host.slice(i + 1);
    if (!validPort(port)) fail(`invalid port ${quote(port)} after host`);
  } else {
    const i = host.lastIndexOf(':');
    if (i >= 0 && !validPort(host.slice(i)))
      fail(`invalid port ${quote(host.slice(i))} after host`);
  }
  return unescape(host, 'host');
}

/** A URL's user: name and optional password (Go's Userinfo). */
interface User {
  name: string;
  password?: string;
}

const userString = (u: User): string =>
  escape(u.name, 'user') + (u.password === undefined ? '' : ':' + escape(u.password, 'user'));

/** The parts of a Go url.URL that sprig reads or writes. */
interface GoURL {
  scheme: string;
  opaque: string;
  user?: User;
  host: string;
  path: string;
  rawQuery: string;
  forceQuery: boolean;
  fragment: string;
}

function parseAuthority(url: GoURL, authority: string): void {
  const at = authority.lastIndexOf('@');
  url.host = parseHost(authority.slice(at + 1));
  if (at < 0) return;
  const info = authority.slice(0, at);
  if (!/^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(info)) fail('net/url: invalid userinfo');
  const colon = info.indexOf(':');
  url.user =
    colon < 0
      ? { name: unescape(info, 'user') }
      : {
          name: unescape(info.slice(0, colon), 'user'),
          password: unescape(info.slice(colon + 1), 'user'),
        };
}

/** Go's url.Parse (without the fragment, which Parse splits off first). */
function parseReference(raw: string, url: GoURL): void {
  if (/[\x00-\x1f\x7f]/.test(raw)) fail('net/url: invalid control character in URL');
  if (raw === '*') return void (url.path = '*');
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(raw);
  if (raw.startsWith(':')) fail('missing protocol scheme');
  url.scheme = (scheme?.[1] ?? '').toLowerCase();
  let rest = scheme ? raw.slice(scheme[0].length) : raw;
  if (rest.endsWith('?') && rest.indexOf('?') === rest.length - 1) {
    url.forceQuery = true;
    rest = rest.slice(0, -1);
  } else {
    const q = rest.indexOf('?');
    if (q >= 0) [rest, url.rawQuery] = [rest.slice(0, q), rest.slice(q + 1)];
  }
  if (!rest.startsWith('/')) {
    if (url.scheme !== '') return void (url.opaque = rest);
    if ((rest.split('/')[0] ?? '').includes(':'))
      fail('first path segment in URL cannot contain colon');
  }
  if ((url.scheme !== '' || !rest.startsWith('///')) && rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    parseAuthority(url, slash < 0 ? rest.slice(2) : rest.slice(2, slash));
    rest = slash < 0 ? '' : rest.slice(slash);
  }
  url.path = unescape(rest, 'path');
}

const emptyURL = (): GoURL => ({
  scheme: '',
  opaque: '',
  host: '',
  path: '',
  rawQuery: '',
  forceQuery: false,
  fragment: '',
});

/** Go's url.Parse, with its `parse "URL": reason` errors. */
function parseURL(raw: string): GoURL {
  const url = emptyURL();
  const hash = raw.indexOf('#');
  try {
    parseReference(hash < 0 ? raw : raw.slice(0, hash), url);
    if (hash >= 0) url.fragment = unescape(raw.slice(hash + 1), 'fragment');
  } catch (e) {
    fail(`parse ${quote(raw)}: ${messageOf(e)}`);
  }
  return url;
}

/** Go's URL.String. */
function formatURL(u: GoURL): string {
  let out = u.scheme === '' ? '' : u.scheme + ':';
  if (u.opaque !== '') out += u.opaque;
  else {
    if (u.scheme !== '' || u.host !== '' || u.user) {
      if (u.host !== '' || u.path !== '' || u.user) out += '//';
      if (u.user) out += userString(u.user) + '@';
      if (u.host !== '') out += escape(u.host, 'host');
    }
    const path = u.path === '*' ? '*' : escape(u.path, 'path');
    if (path !== '' && path[0] !== '/' && u.host !== '') out += '/';
    // A relative path whose first segment has a colon would read as a scheme.
    if (out === '' && (path.split('/')[0] ?? '').includes(':')) out += './';
    out += path;
  }
  if (u.forceQuery || u.rawQuery !== '') out += '?' + u.rawQuery;
  if (u.fragment !== '') out += '#' + escape(u.fragment, 'fragment');
  return out;
}

/** url.URL.Hostname: the host without port and IPv6 brackets. */
function hostname(host: string): string {
  const colon = host.lastIndexOf(':');
  let h = colon >= 0 && validPort(host.slice(colon)) ? host.slice(0, colon) : host;
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  return h;
}

function urlParse(v: string): Record<string, unknown> {
  let u: GoURL;
  try {
    u = parseURL(v);
  } catch (e) {
    return fail(`unable to parse url: ${messageOf(e)}`);
  }
  return {
    scheme: u.scheme,
    host: u.host,
    hostname: hostname(u.host),
    path: u.path,
    query: u.rawQuery,
    opaque: u.opaque,
    fragment: u.fragment,
    userinfo: u.user ? userString(u.user) : '',
  };
}

/** sprig's dictGetOrEmpty: a string entry, "" when missing, a panic for other kinds. */
function entry(d: Record<string, unknown>, key: string): string {
  if (!Object.hasOwn(d, key)) return '';
  const v = d[key];
  const kind = kindOrPanic(v);
  if (typeof v !== 'string')
    fail(`unable to parse ${key} key, must be of type string, but ${kind} found`);
  return v;
}

function urlJoin(map: Record<string, unknown> | null): string {
  // A nil map has no entries.
  const d = map ?? {};
  const u: GoURL = {
    ...emptyURL(),
    scheme: entry(d, 'scheme'),
    host: entry(d, 'host'),
    path: entry(d, 'path'),
    rawQuery: entry(d, 'query'),
    opaque: entry(d, 'opaque'),
    fragment: entry(d, 'fragment'),
  };
  const info = entry(d, 'userinfo');
  if (info !== '') {
    try {
      const user = parseURL(`proto://${info}@host`).user;
      if (user) u.user = user;
    } catch (e) {
      fail(`unable to parse userinfo in dict: ${messageOf(e)}`);
    }
  }
  return formatURL(u);
}

/** urlParse and urlJoin of sprig's map. */
export const urlFuncs: FuncMap = {
  urlParse: goFunc(['string'], urlParse),
  urlJoin: goFunc(['map[string]any'], urlJoin),
};
