/**
 * Writing one scalar so that a YAML 1.1 reader (Kubernetes: go-yaml v2) reads back exactly the
 * intended value: plain when that is unambiguous, quoted otherwise, and multi-line strings as
 * literal block scalars.
 */
import { resolvesAsNonString } from './schema.js';

/** Characters that may not start a plain scalar (YAML indicators, quotes, whitespace). */
const BAD_FIRST = new Set([...'?:,[]{}#&*!|>\'"%@`', ' ', '\t']);

/** Characters YAML does not allow raw in a double-quoted scalar (non-printable or line breaks in YAML 1.1), as escapes. */
const UNPRINTABLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/** Anything that cannot sit in a single-quoted scalar or in a literal block as it is. */
const NEEDS_ESCAPES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;

/** Whitespace that may not end a plain scalar. */
const TRAILING_SPACE = /\s/;

/** Whether `s` can be written as a plain (unquoted) scalar and still be read back as the same string. */
export function isPlainSafe(s: string): boolean {
  if (resolvesAsNonString(s) || BAD_FIRST.has(s[0] ?? ' ')) return false;
  // `-x` is a fine plain scalar (kubectl writes `- -p`), but `-`, `- x` and `---` are not.
  if (s[0] === '-' && (s.length === 1 || s[1] === ' ' || s.startsWith('---'))) return false;
  if (s.startsWith('...') || TRAILING_SPACE.test(s[s.length - 1] ?? '')) return false;
  // One pass for the rest (injection asks this of every string it writes): no `: `, ` #` or
  // final `:`, no tab or line break, nothing that needs an escape.
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) return false;
    if (c === 0x3a /* : */) {
      if (i + 1 === n || s.charCodeAt(i + 1) === 0x20) return false;
    } else if (c === 0x20) {
      if (s.charCodeAt(i + 1) === 0x23 /* # */) return false;
    } else if (c >= 0x7f && NEEDS_ESCAPES.test(s[i])) return false;
  }
  return true;
}

/** `s` as a double-quoted YAML scalar (JSON escapes, plus escapes for what YAML treats as breaks or unprintable). */
export function doubleQuote(s: string): string {
  return JSON.stringify(s).replace(
    UNPRINTABLE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** `s` quoted: single quotes when it holds `"` or `\` and nothing that needs escaping (easier to read), else double quotes. */
function quote(s: string): string {
  return (/["\\]/.test(s) ? singleQuote(s) : undefined) ?? doubleQuote(s);
}

/** `s` as a single-line scalar: plain if safe, else quoted. */
export function renderString(s: string): string {
  return isPlainSafe(s) ? s : quote(s);
}

/** A number as YAML 1.1 reads it back (`.nan`, `.inf`; JS's `1e+21` is a float there too). */
export function renderNumber(n: number): string {
  if (Number.isNaN(n)) return '.nan';
  if (!Number.isFinite(n)) return n > 0 ? '.inf' : '-.inf';
  return String(n);
}

/**
 * Whether `s` should be written as a literal block scalar: multi-line, printable, with some content,
 * and a first line that does not start with a space (that would need an indentation indicator; we quote instead).
 */
export function fitsBlockScalar(s: string): boolean {
  const first = /[^\n]/.exec(s);
  return (
    s.includes('\n') &&
    !s.includes('\r') &&
    !NEEDS_ESCAPES.test(s) &&
    first !== null &&
    first[0] !== ' '
  );
}

/**
 * `s` as a literal block scalar whose content lines are indented to column `col`: `|`, `|-` or `|+`
 * by how many newlines end `s`. `col` must be deeper than the parent node. The text has no final
 * line break; the caller ends the line.
 */
export function renderBlockScalar(s: string, col: number): string {
  const body = s.replace(/\n+$/, '');
  const trailing = s.length - body.length;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const pad = ' '.repeat(col);
  // Empty lines stay empty: spaces on them would be content, and the reader restores the newline anyway.
  const content = body
    .split('\n')
    .map((l) => (l === '' ? '\n' : `\n${pad}${l}`))
    .join('');
  return `|${chomp}${content}${'\n'.repeat(Math.max(0, trailing - 1))}`;
}

/** `s` single-quoted, or undefined when it cannot be (line breaks, characters that need escapes). */
export function singleQuote(s: string): string | undefined {
  return NEEDS_ESCAPES.test(s) || /[\n\r]/.test(s) ? undefined : `'${s.replace(/'/g, "''")}'`;
}
