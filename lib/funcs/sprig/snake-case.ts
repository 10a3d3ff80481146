/**
 * huandu/xstrings' ToSnakeCase / ToKebabCase (sprig's snakecase, kebabcase): split a string
 * into words (upper-case runs, lower-case runs, numbers, punctuation, connectors) and join
 * them lower-cased with a connector, keeping xstrings' rules for numbers and acronyms.
 */
import { codePointTest } from '../../go/code-points.js';
import { goFunc, type FuncMap } from '../../go/value.js';
import { isLetter, isPunct, isSpace, isUpper, runes, toLower } from './unicode.js';

type WordType = 'invalid' | 'number' | 'upper' | 'alphabet' | 'connector' | 'punct' | 'other';

/** A word of the input: its type and code points. */
interface Word {
  wt: WordType;
  text: number[];
}

const isConnector = (r: number): boolean => r === 0x2d || r === 0x5f || isSpace(r);
const isNumber = codePointTest('\\p{N}');

/** xstrings' isAlphabet: letters, except the common CJK ideograph blocks. */
function isAlphabet(r: number): boolean {
  if (!isLetter(r)) return false;
  if (r < 0x3400) return true;
  return !(
    (r >= 0x4e00 && r <= 0x9fcc) ||
    (r >= 0x3400 && r <= 0x4d85) ||
    (r >= 0x20000 && r <= 0x2b81d)
  );
}

/** How far a run of runes matching `pred` extends from `i`. */
function runEnd(rs: number[], i: number, pred: (r: number) => boolean): number {
  while (i < rs.length && pred(rs[i] ?? 0)) i++;
  return i;
}

/** The end of an upper-case word starting at `start` (xstrings' acronym handling). */
function upperWordEnd(rs: number[], start: number): number {
  const next = start + 1;
  if (next >= rs.length) return next;
  const r = rs[next] ?? 0;
  if (isUpper(r)) {
    const end = runEnd(rs, next, isUpper);
    // "HTTPServer": the last capital starts the next word.
    return end < rs.length && isAlphabet(rs[end] ?? 0) ? end - 1 : end;
  }
  if (isAlphabet(r)) return runEnd(rs, next, (c) => isAlphabet(c) && !isUpper(c));
  return next;
}

/** Classify and measure the word starting at `start`. */
function wordAt(rs: number[], start: number): { wt: WordType; end: number } {
  const r = rs[start] ?? 0;
  const after = start + 1;
  if (isConnector(r)) return { wt: 'connector', end: runEnd(rs, after, isConnector) };
  if (isPunct(r)) return { wt: 'punct', end: runEnd(rs, after, isPunct) };
  if (isUpper(r)) return { wt: 'upper', end: upperWordEnd(rs, start) };
  if (isAlphabet(r))
    return { wt: 'alphabet', end: runEnd(rs, after, (c) => isAlphabet(c) && !isUpper(c)) };
  if (isNumber(r)) return { wt: 'number', end: runEnd(rs, after, isNumber) };
  const other = (c: number): boolean =>
    !(isConnector(c) || isAlphabet(c) || isNumber(c) || isPunct(c));
  return { wt: 'other', end: runEnd(rs, after, other) };
}

/** Reads the input word by word. */
class Words {
  private pos = 0;
  constructor(private readonly rs: number[]) {}

  get done(): boolean {
    return this.pos >= this.rs.length;
  }

  next(): Word {
    if (this.done) return { wt: 'invalid', text: [] };
    const { wt, end } = wordAt(this.rs, this.pos);
    const text = this.rs.slice(this.pos, end);
    this.pos = end;
    return { wt, text };
  }
}

/** Joins lower-cased words. */
class Output {
  out = '';
  constructor(private readonly connector: string) {}

  sep(): void {
    this.out += this.connector;
  }

  /** xstrings' toLower: upper-case words and connectors are rewritten, others kept. */
  word(w: Word): void {
    if (w.wt !== 'upper' && w.wt !== 'connector') {
      this.out += String.fromCodePoint(...w.text);
      return;
    }
    for (const r of w.text)
      this.out += isConnector(r)
        ? this.connector
        : String.fromCodePoint(isUpper(r) ? toLower(r) : r);
  }

  /** Write words while they are letters or numbers; return the first other one. */
  alnumRun(words: Words, w: Word): Word {
    while (w.wt === 'alphabet' || w.wt === 'number') {
      this.word(w);
      w = words.next();
    }
    return w;
  }
}

/** A separator goes before the next word unless it is punctuation, a connector or the end. */
const wantsSep = (w: Word): boolean =>
  w.wt !== 'invalid' && w.wt !== 'punct' && w.wt !== 'connector';

/** After a letter word: a separator, except that numbers stick to the letters before them. */
function afterLetters(words: Words, out: Output, w: Word): Word {
  if (w.wt !== 'number') {
    if (w.wt !== 'connector' && w.wt !== 'punct') out.sep();
    return w;
  }
  if (words.done) return w;
  const num = w;
  const next = words.next();
  if (next.wt !== 'alphabet') {
    out.word({ wt: 'number', text: num.text });
    if (next.wt !== 'connector' && next.wt !== 'punct') out.sep();
    return next;
  }
  out.sep();
  out.word({ wt: 'number', text: num.text });
  const rest = out.alnumRun(words, next);
  if (wantsSep(rest)) out.sep();
  return rest;
}

/** xstrings' camelCaseToLowerCase. */
function toLowerCase(s: string, connector: string): string {
  if (s === '') return '';
  const words = new Words(runes(s));
  const out = new Output(connector);
  let w = words.next();
  while (!words.done) {
    if (w.wt !== 'connector') out.word(w);
    const prev = w;
    w = words.next();
    if (prev.wt === 'number') {
      w = out.alnumRun(words, w);
      if (wantsSep(w)) out.sep();
    } else if (prev.wt === 'connector') out.word(prev);
    else if (prev.wt !== 'punct') w = afterLetters(words, out, w);
  }
  out.word(w);
  return out.out;
}

/** snakecase and kebabcase of sprig's map. */
export const snakeCaseFuncs: FuncMap = {
  snakecase: goFunc(['string'], (s: string) => toLowerCase(s, '_')),
  kebabcase: goFunc(['string'], (s: string) => toLowerCase(s, '-')),
};
