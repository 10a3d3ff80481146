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
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let from = 0;
  for (;;) {
    const at = text.indexOf(REPLACEMENT, from);
    if (at < 0) return text;
    const offset = new TextEncoder().encode(text.slice(0, at)).length;
    if (REPLACEMENT_BYTES.some((b, i) => bytes[offset + i] !== b)) {
      const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
      throw new KinjectError('INPUT_READ', `invalid UTF-8 (byte 0x${byte}): not a text file?`, {
        pos: positionOf(text, at),
      });
    }
    from = at + 1;
  }
}

/** What go-yaml's reader refuses: C0 controls but tab, LF and CR; DEL and C1 controls but NEL; U+FFFE/U+FFFF. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/;

/** The first control character YAML does not allow, as an error placed in `file`, or undefined. */
export function controlCharacter(text: string, file: string): KinjectError | undefined {
  const m = CONTROL.exec(text);
  if (m === null) return undefined;
  const code = (m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return new KinjectError('YAML_PARSE', `control characters are not allowed (U+${code})`, {
    file,
    doc: 0,
    pos: positionOf(text, m.index),
  });
}
