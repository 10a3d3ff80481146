/**
 * Where JSON text first goes wrong. JSON.parse says whether text is JSON (fast, native); its
 * messages do not always say where, so this small scanner finds the offset for the error report.
 */

import { jsonStringEnd } from './json-string.js';

const WS = /[ \t\n\r]*/y;
const NUMBER = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;
const LITERAL = /true|false|null/y;

/** Thrown inside the scanner with the offset of the problem. */
class Stop extends Error {
  override readonly name = 'Stop';
  constructor(readonly at: number) {
    super(`JSON stops at offset ${at}`);
  }
}

/** A scanner over one text: each method reads one grammar element at `pos` and returns the offset after it. */
class Scanner {
  constructor(private readonly text: string) {}

  /** Matches a sticky regexp at `pos` (after whitespace when `skip`), or stops there. */
  private eat(re: RegExp, pos: number): number {
    re.lastIndex = pos;
    const m = re.exec(this.text);
    if (!m || m[0] === '') throw new Stop(pos);
    return pos + m[0].length;
  }

  /** Offset after whitespace. */
  space(pos: number): number {
    WS.lastIndex = pos;
    return pos + (WS.exec(this.text)?.[0].length ?? 0);
  }

  /** Reads a string at `pos`, or stops there. */
  private string(pos: number): number {
    const end = jsonStringEnd(this.text, pos);
    if (end < 0) throw new Stop(pos);
    return end;
  }

  /** Expects the character `c` at `pos` (after whitespace). */
  private char(c: string, pos: number): number {
    const at = this.space(pos);
    if (this.text[at] !== c) throw new Stop(at);
    return at + 1;
  }

  /** Reads `{…}` or `[…]` items separated by commas, each read by `item`. */
  private items(open: string, close: string, pos: number, item: (p: number) => number): number {
    let at = this.char(open, pos);
    if (this.text[this.space(at)] === close) return this.space(at) + 1;
    for (;;) {
      at = this.space(item(at));
      if (this.text[at] === close) return at + 1;
      at = this.char(',', at);
    }
  }

  /** Reads one JSON value. */
  value(pos: number): number {
    const at = this.space(pos);
    const c = this.text[at];
    if (c === '{')
      return this.items('{', '}', at, (p) =>
        this.value(this.char(':', this.string(this.space(p)))),
      );
    if (c === '[') return this.items('[', ']', at, (p) => this.value(p));
    if (c === '"') return this.string(at);
    return this.eat(c === '-' || (c !== undefined && c >= '0' && c <= '9') ? NUMBER : LITERAL, at);
  }
}

/** The offset where `text` stops being one JSON value (text.length for an early end), or undefined if it is valid (or too deep to tell). */
export function jsonErrorOffset(text: string): number | undefined {
  const scanner = new Scanner(text);
  try {
    const end = scanner.space(scanner.value(0));
    return end === text.length ? undefined : end;
  } catch (e) {
    // Anything else (nesting deeper than the stack) leaves the place unknown.
    return e instanceof Stop ? e.at : undefined;
  }
}
