/**
 * Sprig's encoding and hashing functions: b64enc/b64dec/b32enc/b32dec (Go's StdEncoding,
 * with its exact "illegal base64 data at input byte N" errors, which sprig returns as the
 * result), sha1sum, sha256sum, adler32sum.
 */
import { createHash } from 'node:crypto';
import { goFunc, type FuncMap } from '../../go/value.js';
import { fail } from './convert.js';
import { fromBinary, toBinary } from './unicode.js';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Encode bytes (a binary string) in groups: `bits` per symbol, `=` padding to a full block. */
function encode(bytes: string, alphabet: string, bits: number, block: number): string {
  let out = '';
  let acc = 0;
  let n = 0;
  for (const c of bytes) {
    acc = (acc << 8) | c.charCodeAt(0);
    n += 8;
    while (n >= bits) {
      n -= bits;
      out += alphabet[(acc >> n) & ((1 << bits) - 1)];
    }
    acc &= (1 << n) - 1;
  }
  if (n > 0) out += alphabet[(acc << (bits - n)) & ((1 << bits) - 1)];
  while (out.length % block !== 0) out += '=';
  return out;
}

/** Decode symbol values into bytes, most significant bits first, dropping leftover bits. */
function packBits(values: number[], bits: number): string {
  let out = '';
  let acc = 0;
  let n = 0;
  for (const v of values) {
    acc = (acc << bits) | v;
    n += bits;
    if (n >= 8) {
      n -= 8;
      out += String.fromCharCode((acc >> n) & 0xff);
      acc &= (1 << n) - 1;
    }
  }
  return out;
}

class CorruptInput extends Error {
  override readonly name = 'CorruptInput';
  constructor(readonly offset: number) {
    super(`illegal data at input byte ${offset}`);
  }
}

const isNewline = (c: string | undefined): boolean => c === '\n' || c === '\r';

/** One base64 quantum from src at si (Go's decodeQuantum): [next si, symbols, error offset?]. */
function base64Quantum(src: string, start: number): { si: number; vals: number[]; err?: number } {
  const vals: number[] = [];
  let si = start;
  while (vals.length < 4) {
    if (si === src.length) {
      if (vals.length === 0) return { si, vals };
      throw new CorruptInput(si - vals.length);
    }
    const ch = src[si++] ?? '';
    const v = B64.indexOf(ch);
    if (v >= 0) {
      vals.push(v);
      continue;
    }
    if (isNewline(ch)) continue;
    if (ch !== '=' || vals.length < 2) throw new CorruptInput(si - 1);
    if (vals.length === 2) {
      // "==" is expected; the first "=" is consumed.
      while (si < src.length && isNewline(src[si])) si++;
      if (si === src.length) throw new CorruptInput(src.length);
      if (src[si] !== '=') throw new CorruptInput(si - 1);
      si++;
    }
    while (si < src.length && isNewline(src[si])) si++;
    return si < src.length ? { si, vals, err: si } : { si, vals };
  }
  return { si, vals };
}

function decodeBase64(s: string): string {
  const src = toBinary(s);
  let out = '';
  for (let si = 0; si < src.length;) {
    const q = base64Quantum(src, si);
    out += packBits(q.vals, 6);
    if (q.err !== undefined) throw new CorruptInput(q.err);
    if (q.vals.length < 4) break;
    si = q.si;
  }
  return out;
}

/** Go's base32 decode (after its newline stripping), one 8-symbol block at a time. */
function decodeBase32(s: string): string {
  const src = toBinary(s).replace(/[\r\n]/g, '');
  const olen = src.length;
  let pos = 0;
  let out = '';
  let end = false;
  while (pos < olen && !end) {
    const vals: number[] = [];
    while (vals.length < 8) {
      if (pos === olen) throw new CorruptInput(pos - vals.length);
      const ch = src[pos++];
      const left = olen - pos;
      if (ch === '=' && vals.length >= 2 && left < 8) {
        if (left + vals.length < 7) throw new CorruptInput(olen);
        for (let k = 0; k < 7 - vals.length; k++) {
          if (left > k && src[pos + k] !== '=') throw new CorruptInput(pos + k - 1);
        }
        if ([1, 3, 6].includes(vals.length)) throw new CorruptInput(pos - 1);
        end = true;
        break;
      }
      const v = B32.indexOf(ch ?? '');
      if (v < 0) throw new CorruptInput(pos - 1);
      vals.push(v);
    }
    out += packBits(vals, 5);
  }
  return out;
}

/** sprig returns the decoding error's text as the result. */
function decodeOrMessage(decode: (s: string) => string, name: string, s: string): string {
  try {
    return fromBinary(decode(s));
  } catch (e) {
    if (e instanceof CorruptInput) return `illegal ${name} data at input byte ${e.offset}`;
    throw e;
  }
}

/** Go's base64.StdEncoding.DecodeString as a binary string; errors are the function's error. */
export function decodeBase64Bytes(s: string): string {
  try {
    return decodeBase64(s);
  } catch (e) {
    if (e instanceof CorruptInput) fail(`illegal base64 data at input byte ${e.offset}`);
    throw e;
  }
}

/** hash/adler32 checksum of the UTF-8 bytes. */
function adler32(s: string): number {
  let a = 1;
  let b = 0;
  for (const c of toBinary(s)) {
    a = (a + c.charCodeAt(0)) % 65521;
    b = (b + a) % 65521;
  }
  return (b * 65536 + a) >>> 0;
}

const hash =
  (algorithm: string) =>
  (s: string): string =>
    createHash(algorithm).update(s, 'utf8').digest('hex');

/** Encoding and hashing functions of sprig's map. */
export const encodingFuncs: FuncMap = {
  b64enc: goFunc(['string'], (s: string) => encode(toBinary(s), B64, 6, 4)),
  b64dec: goFunc(['string'], (s: string) => decodeOrMessage(decodeBase64, 'base64', s)),
  b32enc: goFunc(['string'], (s: string) => encode(toBinary(s), B32, 5, 8)),
  b32dec: goFunc(['string'], (s: string) => decodeOrMessage(decodeBase32, 'base32', s)),
  sha1sum: goFunc(['string'], hash('sha1')),
  sha256sum: goFunc(['string'], hash('sha256')),
  adler32sum: goFunc(['string'], (s: string) => String(adler32(s))),
};
