/**
 * Sprig's deterministic crypto functions: derivePassword (the Master Password algorithm:
 * scrypt, then HMAC-SHA256 choosing a template and characters) and decryptAES (AES-256-CBC
 * with sprig's zero-padded key and PKCS#7-style trailer). encryptAES and the key and
 * certificate generators use randomness and are not provided.
 */
import { createDecipheriv, createHmac, scryptSync } from 'node:crypto';
import { goFunc, type FuncMap, type GoInt } from '../../go/value.js';
import { fail } from './convert.js';
import { decodeBase64Bytes } from './encoding.js';
import { fromBinary } from './unicode.js';

const SEED = 'com.lyndir.masterpassword';

// Master Password's templates per password type, and the characters each letter stands for.
const TEMPLATES: Readonly<Record<string, readonly string[]>> = {
  maximum: ['anoxxxxxxxxxxxxxxxxx', 'axxxxxxxxxxxxxxxxxno'],
  long: [
    'CvcvnoCvcvCvcv',
    'CvcvCvcvnoCvcv',
    'CvcvCvcvCvcvno',
    'CvccnoCvcvCvcv',
    'CvccCvcvnoCvcv',
    'CvccCvcvCvcvno',
    'CvcvnoCvccCvcv',
    'CvcvCvccnoCvcv',
    'CvcvCvccCvcvno',
    'CvcvnoCvcvCvcc',
    'CvcvCvcvnoCvcc',
    'CvcvCvcvCvccno',
    'CvccnoCvccCvcv',
    'CvccCvccnoCvcv',
    'CvccCvccCvcvno',
    'CvcvnoCvccCvcc',
    'CvcvCvccnoCvcc',
    'CvcvCvccCvccno',
    'CvccnoCvcvCvcc',
    'CvccCvcvnoCvcc',
    'CvccCvcvCvccno',
  ],
  medium: ['CvcnoCvc', 'CvcCvcno'],
  short: ['Cvcn'],
  basic: ['aaanaaan', 'aannaaan', 'aaannaaa'],
  pin: ['nnnn'],
};
const CHARACTERS: Readonly<Record<string, string>> = {
  V: 'AEIOU',
  C: 'BCDFGHJKLMNPQRSTVWXYZ',
  v: 'aeiou',
  c: 'bcdfghjklmnpqrstvwxyz',
  A: 'AEIOUBCDFGHJKLMNPQRSTVWXYZ',
  a: 'AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz',
  n: '0123456789',
  o: "@&%?,=[]_:-+*$#!'^~;()/.",
  x: 'AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()',
};

/** A big-endian uint32. */
function uint32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
}

/** Bytes of a string followed by nothing, preceded by its byte length. */
const withLength = (s: string): Buffer => {
  const bytes = Buffer.from(s, 'utf8');
  return Buffer.concat([uint32(bytes.length), bytes]);
};

function derivePassword(
  counter: GoInt,
  type: string,
  password: string,
  user: string,
  site: string,
): string {
  const templates = TEMPLATES[type];
  if (!templates) return `cannot find password template ${type}`;
  const salt = Buffer.concat([Buffer.from(SEED), withLength(user)]);
  // scrypt N=32768, r=8, p=2 needs 64 MiB; allow twice that.
  const key = scryptSync(Buffer.from(password, 'utf8'), salt, 64, {
    N: 32768,
    r: 8,
    p: 2,
    maxmem: 128 * 1024 * 1024,
  });
  const seed = createHmac('sha256', key)
    .update(Buffer.concat([Buffer.from(SEED), withLength(site), uint32(counter.value)]))
    .digest();
  const template = templates[(seed[0] ?? 0) % templates.length] ?? '';
  return Array.from(template, (letter, i) => {
    const chars = CHARACTERS[letter] ?? '';
    return chars[(seed[i + 1] ?? 0) % chars.length];
  }).join('');
}

function decryptAES(password: string, crypt64: string): string {
  if (crypt64 === '') return '';
  const key = Buffer.alloc(32);
  Buffer.from(password, 'utf8').copy(key, 0, 0, 32);
  const crypt = Buffer.from(decodeBase64Bytes(crypt64), 'latin1');
  if (crypt.length < 16)
    fail(`runtime error: slice bounds out of range [:16] with capacity ${crypt.length}`);
  const body = crypt.subarray(16);
  if (body.length % 16 !== 0) fail('crypto/cipher: input not full blocks');
  const decipher = createDecipheriv('aes-256-cbc', key, crypt.subarray(0, 16)).setAutoPadding(
    false,
  );
  const plain = Buffer.concat([decipher.update(body), decipher.final()]);
  if (plain.length === 0) fail('runtime error: index out of range [-1]');
  const end = plain.length - (plain[plain.length - 1] ?? 0);
  if (end < 0) fail(`runtime error: slice bounds out of range [:${end}]`);
  return fromBinary(plain.subarray(0, end).toString('latin1'));
}

/** derivePassword and decryptAES of sprig's map. */
export const cryptoFuncs: FuncMap = {
  derivePassword: goFunc(['uint32', 'string', 'string', 'string', 'string'], derivePassword),
  decryptAES: goFunc(['string', 'string'], decryptAES),
};
