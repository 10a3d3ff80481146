/**
 * The text under a manifest, checked before any parsing, as go-yaml's reader checks it:
 * bytes must be UTF-8, and YAML may not hold control characters. Binary input and files
 * in another encoding stop here with the first bad byte's line:column, instead of being
 * read with replacement characters and injected.
 */
import { KinjectError, type Position } from '../errors.js';

const REPLACEMENT = '\ufffd';
/** The bytes of U+FFFD in UTF-8, which a file may hold on purpose. */
const REPLACEMENT_BYTES = [0xef, 0xbf, 0xbd];

/** 1-based line and column of offset `at` in `text` (columns count UTF-16 units, as positions elsewhere do). */
function positionOf(text: string, at: number): Position {
  const before = text.slice(0, at);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: at - lineStart + 1 };
}

/**
 * `bytes` as text. Throws KinjectError('INPUT_READ') at the first byte that is not UTF-8
 * (the caller places it in its file).
 */
export function decodeUtf8(bytes: Uint8Array): string {
  const decoder = new Utf8Stream();
  return decoder.push(bytes) + decoder.end();
}

/**
 * Bytes as text as they arrive, checked as {@link decodeUtf8} checks them: the first byte
 * that is not UTF-8 throws KinjectError('INPUT_READ') at its line:column in the whole text.
 * A character cut between two chunks is decoded once both halves are in.
 */
export class Utf8Stream {
  /** The bytes of a character the last chunk ended inside. */
  private carry: Uint8Array = new Uint8Array(0);
  /** Lines decoded so far, and the length of the last, unfinished one (for positions). */
  private lines = 0;
  private lastLine = 0;

  constructor(
    /**
     * Whether a control character YAML does not allow stops the text as it arrives
     * (YAML_PARSE, as {@link controlCharacter} reports it): a stream with no end, such as
     * /dev/zero, is then refused at its first chunk instead of filling memory.
     */
    private readonly refuseControls = false,
  ) {}

  /** The text of `bytes` (with what the last chunk left over); a cut-off character waits. */
  push(bytes: Uint8Array): string {
    const all = this.carry.length === 0 ? bytes : concat(this.carry, bytes);
    const cut = completeLength(all);
    // A copy: the caller may reuse its buffer for the next chunk (and a Buffer's slice() is a view).
    this.carry = new Uint8Array(all.subarray(cut));
    return this.decode(all.subarray(0, cut));
  }

  /** The input ended: a character still cut off is not UTF-8. */
  end(): string {
    const rest = this.carry;
    this.carry = new Uint8Array(0);
    return this.decode(rest);
  }

  private decode(bytes: Uint8Array): string {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    let from = 0;
    for (;;) {
      const at = text.indexOf(REPLACEMENT, from);
      if (at < 0) break;
      const offset = new TextEncoder().encode(text.slice(0, at)).length;
      if (REPLACEMENT_BYTES.some((b, i) => bytes[offset + i] !== b)) {
        const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
        throw new KinjectError('INPUT_READ', `invalid UTF-8 (byte 0x${byte}): not a text file?`, {
          pos: this.placed(positionOf(text, at)),
        });
      }
      from = at + 1;
    }
    const control = this.refuseControls ? CONTROL.exec(text) : null;
    if (control !== null)
      throw new KinjectError('YAML_PARSE', controlMessage(control[0]), {
        pos: this.placed(positionOf(text, control.index)),
      });
    this.count(text);
    return text;
  }

  /** A position in the text being decoded, as a position in the whole text. */
  private placed(pos: Position): Position {
    return pos.line === 1
      ? { line: this.lines + 1, col: this.lastLine + pos.col }
      : { line: this.lines + pos.line, col: pos.col };
  }

  private count(text: string): void {
    let last = -1;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
      this.lines++;
      last = nl;
    }
    this.lastLine = last < 0 ? this.lastLine + text.length : text.length - last - 1;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const all = new Uint8Array(a.length + b.length);
  all.set(a);
  all.set(b, a.length);
  return all;
}

/**
 * How many of `bytes` end on a character boundary: all of them, unless the last bytes start
 * a multi-byte character they do not finish (then those wait for the next chunk).
 */
function completeLength(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back] ?? 0;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

/** What go-yaml's reader refuses: C0 controls but tab, LF and CR; DEL and C1 controls but NEL; U+FFFE/U+FFFF. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/;

/** What go-yaml says of the control character `c`. */
function controlMessage(c: string): string {
  const code = (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `control characters are not allowed (U+${code})`;
}

/** The first control character YAML does not allow, as an error placed in `file`, or undefined. */
export function controlCharacter(text: string, file: string): KinjectError | undefined {
  const m = CONTROL.exec(text);
  if (m === null) return undefined;
  return new KinjectError('YAML_PARSE', controlMessage(m[0]), {
    file,
    doc: 0,
    pos: positionOf(text, m.index),
  });
}
