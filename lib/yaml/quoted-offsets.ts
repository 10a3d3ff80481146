/**
 * Where each character of a quoted scalar's value is in its source: exporters write a
 * ConfigMap's `data.config` as one double-quoted scalar (`"policy: enabled\ntemplates:\n…"`,
 * folded over lines with `\` line ends), and an error inside that text belongs at the
 * character of the file that produced it. The decoding follows YAML's rules for quoted
 * scalars (escapes, line folding); the caller only trusts it when it reproduces the value
 * the parser read.
 */

/** The one-character escapes of a double-quoted scalar and what they stand for. */
const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};

/** Hex escapes: their letter and how many digits follow. */
const HEX_ESCAPES: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';
const isBreak = (c: string | undefined): boolean => c === '\n' || c === '\r';

/** The decoded characters so far, each with its source offset, and how many end in raw blanks. */
class Decoded {
  readonly chars: string[] = [];
  readonly offsets: number[] = [];
  /** Raw (unescaped) blanks at the end: a line break folds them away. */
  private rawBlanks = 0;

  push(text: string, offset: number, raw = false): void {
    for (const unit of text.split('')) {
      this.chars.push(unit);
      this.offsets.push(offset);
    }
    this.rawBlanks = raw && isBlank(text) ? this.rawBlanks + 1 : 0;
  }

  dropRawBlanks(): void {
    this.chars.splice(this.chars.length - this.rawBlanks);
    this.offsets.splice(this.offsets.length - this.rawBlanks);
    this.rawBlanks = 0;
  }
}

/** The offset past a line break at `i` (`\r\n` is one). */
function pastBreak(src: string, i: number): number {
  return src[i] === '\r' && src[i + 1] === '\n' ? i + 2 : i + 1;
}

/** The offset of the first character that is no blank from `i`. */
function pastBlanks(src: string, i: number): number {
  let j = i;
  while (isBlank(src[j])) j++;
  return j;
}

/**
 * A raw line break at `i` and the lines after it that are empty: one break folds to a space,
 * n breaks to n-1 newlines; the blanks around them are dropped. Returns where content resumes.
 */
function fold(src: string, i: number, out: Decoded): number {
  out.dropRawBlanks();
  const breaks: number[] = [];
  let j = i;
  while (isBreak(src[j])) {
    breaks.push(j);
    j = pastBlanks(src, pastBreak(src, j));
  }
  if (breaks.length === 1) out.push(' ', i);
  for (const at of breaks.slice(1)) out.push('\n', at);
  return j;
}

/** A backslash escape at `i` (double-quoted only); returns the offset after it, or undefined if it is not one. */
function escape(src: string, i: number, out: Decoded): number | undefined {
  const c = src[i + 1];
  if (c === undefined) return undefined;
  // An escaped line break joins the lines: it and the next line's leading blanks vanish.
  if (isBreak(c)) return pastBlanks(src, pastBreak(src, i + 1));
  const simple = ESCAPES[c];
  if (simple !== undefined) {
    out.push(simple, i);
    return i + 2;
  }
  const digits = HEX_ESCAPES[c];
  const hex = digits === undefined ? '' : src.slice(i + 2, i + 2 + digits);
  if (digits === undefined || !new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) return undefined;
  out.push(String.fromCodePoint(parseInt(hex, 16)), i);
  return i + 2 + digits;
}

/**
 * The source offset of every UTF-16 unit of the quoted scalar opening at `start` (its quote),
 * plus one entry for its end (the closing quote); undefined when the scalar is not quoted,
 * does not close, or decodes to something other than `value`.
 */
export function quotedOffsets(src: string, start: number, value: string): number[] | undefined {
  const quote = src[start];
  if (quote !== '"' && quote !== "'") return undefined;
  const out = new Decoded();
  let i = start + 1;
  for (;;) {
    const c = src[i];
    if (c === undefined) return undefined;
    if (c === quote && !(quote === "'" && src[i + 1] === "'")) break;
    if (quote === "'" && c === "'") {
      out.push("'", i);
      i += 2;
    } else if (quote === '"' && c === '\\') {
      const next = escape(src, i, out);
      if (next === undefined) return undefined;
      i = next;
    } else if (isBreak(c)) {
      i = fold(src, i, out);
    } else {
      out.push(c, i, true);
      i++;
    }
  }
  if (out.chars.join('') !== value) return undefined;
  return [...out.offsets, i];
}
