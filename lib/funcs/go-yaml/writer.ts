/**
 * The output side of gopkg.in/yaml.v2's emitter: a text buffer that tracks the column and
 * whether it just wrote whitespace or indentation, and the four scalar styles it writes
 * (plain, single-quoted, double-quoted, literal), including folding long lines at 80
 * columns the way libyaml does.
 */
import { isBreak, isPrintable } from './analyze.js';

/** yaml.v2's preferred line width and indentation step. */
export const BEST_WIDTH = 80;
export const BEST_INDENT = 2;

/** Short escapes in double-quoted scalars. */
const ESCAPES: ReadonlyMap<number, string> = new Map([
  [0x00, '0'],
  [0x07, 'a'],
  [0x08, 'b'],
  [0x09, 't'],
  [0x0a, 'n'],
  [0x0b, 'v'],
  [0x0c, 'f'],
  [0x0d, 'r'],
  [0x1b, 'e'],
  [0x22, '"'],
  [0x5c, '\\'],
  [0x85, 'N'],
  [0xa0, '_'],
  [0x2028, 'L'],
  [0x2029, 'P'],
]);

function escapeCodePoint(cp: number): string {
  const short = ESCAPES.get(cp);
  if (short !== undefined) return short;
  const [letter, width] = cp <= 0xff ? ['x', 2] : cp <= 0xffff ? ['u', 4] : ['U', 8];
  return letter + cp.toString(16).toUpperCase().padStart(width, '0');
}

/** The emitter's output buffer and cursor state. */
export class YamlWriter {
  #out = '';
  /** Column in characters. */
  column = 0;
  /** The last thing written was whitespace (or nothing yet). */
  whitespace = true;
  /** Only indentation has been written on this line. */
  indention = true;

  /** Everything written so far. */
  text(): string {
    return this.#out;
  }

  #put(s: string): void {
    this.#out += s;
    this.column += 1;
  }

  #putBreak(): void {
    this.#out += '\n';
    this.column = 0;
  }

  #writeBreakChar(cp: number): void {
    if (cp === 0x0a) this.#putBreak();
    else {
      // Other breaks (LS, PS) are copied as they are and count as a new line.
      this.#out += String.fromCodePoint(cp);
      this.column = 0;
    }
  }

  /** Start a new line if needed and pad to the indent (libyaml's write_indent). */
  writeIndent(indent: number): void {
    const ind = Math.max(indent, 0);
    if (!this.indention || this.column > ind || (this.column === ind && !this.whitespace))
      this.#putBreak();
    while (this.column < ind) this.#put(' ');
    this.whitespace = true;
    this.indention = true;
  }

  /** Write an indicator such as `-`, `:`, `?`, `[`, `|` (libyaml's write_indicator). */
  writeIndicator(
    text: string,
    needWhitespace: boolean,
    isWhitespace: boolean,
    isIndention: boolean,
  ): void {
    if (needWhitespace && !this.whitespace) this.#put(' ');
    for (const c of text) this.#put(c);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  /** A plain scalar; long lines fold at a space once past the preferred width. */
  writePlain(chars: readonly number[], indent: number, allowBreaks: boolean): void {
    if (!this.whitespace) this.#put(' ');
    let spaces = false;
    chars.forEach((cp, i) => {
      if (cp === 0x20) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && chars[i + 1] !== 0x20)
          this.writeIndent(indent);
        else this.#put(' ');
        spaces = true;
      } else {
        this.#put(String.fromCodePoint(cp));
        this.indention = false;
        spaces = false;
      }
    });
    this.whitespace = false;
    this.indention = false;
  }

  /**
   * A scalar that needs no escapes, folding or analysis (no blanks or breaks, printable
   * ASCII, see go-yaml.ts's WORD), plain or double-quoted: what writePlain and
   * writeDoubleQuoted write for it, at once.
   */
  writeWord(text: string, style: 'plain' | 'double'): void {
    if (!this.whitespace) this.#put(' ');
    const quote = style === 'double' ? '"' : '';
    this.#out += quote + text + quote;
    this.column += text.length + 2 * quote.length;
    this.whitespace = false;
    this.indention = false;
  }

  /** A single-quoted scalar (`'` doubled). */
  writeSingleQuoted(chars: readonly number[], indent: number, allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false);
    let spaces = false;
    let breaks = false;
    chars.forEach((cp, i) => {
      if (cp === 0x20) {
        const fold =
          allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < chars.length - 1;
        if (fold && chars[i + 1] !== 0x20) this.writeIndent(indent);
        else this.#put(' ');
        spaces = true;
      } else if (isBreak(cp)) {
        if (!breaks && cp === 0x0a) this.#putBreak();
        this.#writeBreakChar(cp);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent(indent);
        if (cp === 0x27) this.#put("'");
        this.#put(String.fromCodePoint(cp));
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    });
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  /** A double-quoted scalar with YAML escapes. */
  writeDoubleQuoted(chars: readonly number[], indent: number, allowBreaks: boolean): void {
    this.writeIndicator('"', true, false, false);
    // libyaml checks for a byte order mark at the start of the value, not at each character.
    const escapeAll = chars[0] === 0xfeff;
    let spaces = false;
    chars.forEach((cp, i) => {
      if (escapeAll || !isPrintable(cp) || isBreak(cp) || cp === 0x22 || cp === 0x5c) {
        for (const c of '\\' + escapeCodePoint(cp)) this.#put(c);
        spaces = false;
      } else if (cp === 0x20) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < chars.length - 1) {
          this.writeIndent(indent);
          if (chars[i + 1] === 0x20) this.#put('\\');
        } else this.#put(' ');
        spaces = true;
      } else {
        this.#put(String.fromCodePoint(cp));
        spaces = false;
      }
    });
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  /** The chomping indicator: `-` strip (no final break), `+` keep (several), none for clip. */
  #literalHints(chars: readonly number[]): void {
    if (chars[0] === 0x20 || isBreak(chars[0]))
      this.writeIndicator(String(BEST_INDENT), false, false, false);
    const n = chars.length;
    let chomp = '';
    if (n === 0 || !isBreak(chars[n - 1])) chomp = '-';
    else if (n === 1 || isBreak(chars[n - 2])) chomp = '+';
    if (chomp) this.writeIndicator(chomp, false, false, false);
  }

  /** A literal block scalar (`|`, `|-`, `|+`, `|2-` …). */
  writeLiteral(chars: readonly number[], indent: number): void {
    this.writeIndicator('|', true, false, false);
    this.#literalHints(chars);
    this.#putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const cp of chars) {
      if (isBreak(cp)) {
        this.#writeBreakChar(cp);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent(indent);
        this.#put(String.fromCodePoint(cp));
        this.indention = false;
        breaks = false;
      }
    }
  }
}
