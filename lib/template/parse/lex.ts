/**
 * The lexer of Go's text/template: turns template text into items (tokens). It follows
 * Go's state machine (parse/lex.go) so that positions, line numbers and error texts match;
 * it scans the whole input at once, which is equivalent because Go's lexer does not depend
 * on the parser's state.
 */
import { codePointTest } from '../../go/code-points.js';
import { formatRune, quote } from '../../go/strconv.js';
import { keywordItem, type Item, type ItemType } from './item.js';

export type { Item, ItemType } from './item.js';

const EOF = -1;

/** Go's unicode.IsLetter || unicode.IsDigit, for what is not ASCII. */
const isUnicodeAlphaNumeric = codePointTest('[\\p{L}\\p{Nd}]');
const SPACE = ' \t\r\n';

/** Options of one lexing run. */
export interface LexOptions {
  leftDelim?: string;
  rightDelim?: string;
  emitComment?: boolean;
  breakOK?: boolean;
  continueOK?: boolean;
}

function isSpace(r: number): boolean {
  return r === 0x20 || r === 0x09 || r === 0x0d || r === 0x0a;
}

/** Go's isAlphaNumeric: '_', Unicode letters and decimal digits. */
function isAlphaNumeric(r: number): boolean {
  if (r < 0x80) {
    return r === 0x5f || (r >= 0x30 && r <= 0x39) || ((r | 0x20) >= 0x61 && (r | 0x20) <= 0x7a);
  }
  return r !== EOF && isUnicodeAlphaNumeric(r);
}

function hasLeftTrimMarker(s: string, at: number): boolean {
  return s.length - at >= 2 && s[at] === '-' && isSpace(s.charCodeAt(at + 1));
}

function hasRightTrimMarker(s: string, at: number): boolean {
  return s.length - at >= 2 && isSpace(s.charCodeAt(at)) && s[at + 1] === '-';
}

type State = ((l: Lexer) => State) | null;

/** The scanning state (Go's lexer struct). */
class Lexer {
  readonly items: Item[] = [];
  pos = 0;
  start = 0;
  atEOF = false;
  parenDepth = 0;
  line = 1;
  startLine = 1;
  readonly left: string;
  readonly right: string;

  constructor(
    readonly input: string,
    readonly opts: LexOptions,
  ) {
    this.left = opts.leftDelim || '{{';
    this.right = opts.rightDelim || '}}';
  }

  next(): number {
    if (this.pos >= this.input.length) {
      this.atEOF = true;
      return EOF;
    }
    const r = this.input.codePointAt(this.pos) ?? EOF;
    this.pos += r > 0xffff ? 2 : 1;
    if (r === 0x0a) this.line++;
    return r;
  }

  peek(): number {
    if (this.pos >= this.input.length) return EOF;
    return this.input.codePointAt(this.pos) ?? EOF;
  }

  backup(): void {
    if (this.atEOF || this.pos <= 0) return;
    const low = this.input.charCodeAt(this.pos - 1);
    this.pos -= low >= 0xdc00 && low < 0xe000 && this.pos >= 2 ? 2 : 1;
    if (low === 0x0a) this.line--;
  }

  emit(type: ItemType): void {
    this.items.push({
      type,
      pos: this.start,
      val: this.input.slice(this.start, this.pos),
      line: this.startLine,
    });
    this.start = this.pos;
    this.startLine = this.line;
  }

  ignore(): void {
    this.line += countNewlines(this.input, this.start, this.pos);
    this.start = this.pos;
    this.startLine = this.line;
  }

  accept(valid: string): boolean {
    const r = this.next();
    if (r !== EOF && valid.includes(String.fromCodePoint(r))) return true;
    this.backup();
    return false;
  }

  acceptRun(valid: string): void {
    while (this.accept(valid));
  }

  errorf(message: string): State {
    this.items.push({ type: 'error', pos: this.start, val: message, line: this.startLine });
    return null;
  }

  atRightDelim(): { delim: boolean; trim: boolean } {
    if (
      hasRightTrimMarker(this.input, this.pos) &&
      this.input.startsWith(this.right, this.pos + 2)
    ) {
      return { delim: true, trim: true };
    }
    return { delim: this.input.startsWith(this.right, this.pos), trim: false };
  }

  atTerminator(): boolean {
    const r = this.peek();
    if (isSpace(r)) return true;
    // EOF . , | : ) (
    if (
      r === EOF ||
      r === 0x2e ||
      r === 0x2c ||
      r === 0x7c ||
      r === 0x3a ||
      r === 0x29 ||
      r === 0x28
    )
      return true;
    return this.input.startsWith(this.right, this.pos);
  }
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function trailingSpaceLength(s: string, from: number, to: number): number {
  let i = to;
  while (i > from && SPACE.includes(s[i - 1])) i--;
  return to - i;
}

function leadingSpaceLength(s: string, from: number): number {
  let i = from;
  while (i < s.length && SPACE.includes(s[i])) i++;
  return i - from;
}

function lexText(l: Lexer): State {
  const x = l.input.indexOf(l.left, l.pos);
  if (x < 0) {
    l.pos = l.input.length;
    if (l.pos > l.start) {
      l.line += countNewlines(l.input, l.start, l.pos);
      l.emit('text');
    }
    l.emit('EOF');
    return null;
  }
  l.pos = x;
  const trim = hasLeftTrimMarker(l.input, x + l.left.length)
    ? trailingSpaceLength(l.input, l.start, x)
    : 0;
  l.pos -= trim;
  if (l.pos > l.start) {
    l.line += countNewlines(l.input, l.start, l.pos);
    l.emit('text');
  }
  l.pos += trim;
  l.ignore();
  return lexLeftDelim;
}

function lexLeftDelim(l: Lexer): State {
  l.pos += l.left.length;
  const afterMarker = hasLeftTrimMarker(l.input, l.pos) ? 2 : 0;
  if (l.input.startsWith('/*', l.pos + afterMarker)) {
    l.pos += afterMarker;
    l.ignore();
    return lexComment;
  }
  l.emit('leftDelim');
  l.pos += afterMarker;
  l.ignore();
  l.parenDepth = 0;
  return lexInsideAction;
}

function lexComment(l: Lexer): State {
  l.pos += 2;
  const i = l.input.indexOf('*/', l.pos);
  if (i < 0) return l.errorf('unclosed comment');
  l.pos = i + 2;
  const { delim, trim } = l.atRightDelim();
  if (!delim) return l.errorf('comment ends before closing delimiter');
  if (l.opts.emitComment) l.emit('comment');
  if (trim) l.pos += 2;
  l.pos += l.right.length;
  if (trim) l.pos += leadingSpaceLength(l.input, l.pos);
  l.ignore();
  return lexText;
}

function lexRightDelim(l: Lexer): State {
  const trim = hasRightTrimMarker(l.input, l.pos);
  if (trim) {
    l.pos += 2;
    l.ignore();
  }
  l.pos += l.right.length;
  l.emit('rightDelim');
  if (trim) {
    l.pos += leadingSpaceLength(l.input, l.pos);
    l.ignore();
  }
  return lexText;
}

/** Single-character items inside actions, by character. */
const SIMPLE_ITEMS: Readonly<Record<string, ItemType>> = {
  '=': 'assign',
  '|': 'pipe',
  '(': 'leftParen',
};

function lexInsideAction(l: Lexer): State {
  if (l.atRightDelim().delim) {
    return l.parenDepth === 0 ? lexRightDelim : l.errorf('unclosed left paren');
  }
  const r = l.next();
  const ch = r === EOF ? '' : String.fromCodePoint(r);
  const simple = SIMPLE_ITEMS[ch];
  if (simple !== undefined) {
    l.emit(simple);
    if (simple === 'leftParen') l.parenDepth++;
    return lexInsideAction;
  }
  switch (ch) {
    case '':
      return l.errorf('unclosed action');
    case ':':
      if (l.next() !== 0x3d) return l.errorf('expected :=');
      l.emit('declare');
      return lexInsideAction;
    case '"':
      return lexQuote;
    case '`':
      return lexRawQuote;
    case '$':
      return lexVariable;
    case "'":
      return lexChar;
    case ')':
      l.emit('rightParen');
      if (--l.parenDepth < 0) return l.errorf(`unexpected right paren ${formatRune(r)}`);
      return lexInsideAction;
  }
  return lexOther(l, r);
}

/** The rest of lexInsideAction: spaces, fields, numbers, identifiers, other characters. */
function lexOther(l: Lexer, r: number): State {
  if (isSpace(r)) {
    l.backup(); // Put space back in case we have " -}}".
    return lexSpace;
  }
  if (r === 0x2e) {
    const c = l.input.charCodeAt(l.pos);
    // '.' can start a number.
    if (l.pos < l.input.length && (c < 0x30 || c > 0x39)) return lexField;
  }
  if (r === 0x2e || r === 0x2b || r === 0x2d || (r >= 0x30 && r <= 0x39)) {
    l.backup();
    return lexNumber;
  }
  if (isAlphaNumeric(r)) {
    l.backup();
    return lexIdentifier;
  }
  if (r < 0x7f && r >= 0x20) {
    l.emit('char');
    return lexInsideAction;
  }
  return l.errorf(`unrecognized character in action: ${formatRune(r)}`);
}

function lexSpace(l: Lexer): State {
  let numSpaces = 0;
  while (isSpace(l.peek())) {
    l.next();
    numSpaces++;
  }
  // Be careful about a trim-marked closing delimiter, which has a minus after a space.
  if (hasRightTrimMarker(l.input, l.pos - 1) && l.input.startsWith(l.right, l.pos + 1)) {
    l.backup(); // Before the space.
    if (numSpaces === 1) return lexRightDelim;
  }
  l.emit('space');
  return lexInsideAction;
}

function lexIdentifier(l: Lexer): State {
  let r: number;
  do r = l.next();
  while (isAlphaNumeric(r));
  l.backup();
  if (!l.atTerminator()) return l.errorf(`bad character ${formatRune(r)}`);
  const word = l.input.slice(l.start, l.pos);
  const key = keywordItem(word);
  if (key !== undefined && key !== 'dot') {
    const disabled =
      (key === 'break' && !l.opts.breakOK) || (key === 'continue' && !l.opts.continueOK);
    l.emit(disabled ? 'identifier' : key);
  } else if (word[0] === '.') l.emit('field');
  else if (word === 'true' || word === 'false') l.emit('bool');
  else l.emit('identifier');
  return lexInsideAction;
}

function lexField(l: Lexer): State {
  return lexFieldOrVariable(l, 'field');
}

function lexVariable(l: Lexer): State {
  return lexFieldOrVariable(l, 'variable');
}

function lexFieldOrVariable(l: Lexer, type: 'field' | 'variable'): State {
  if (l.atTerminator()) {
    // Nothing interesting follows: "." or "$".
    l.emit(type === 'variable' ? 'variable' : 'dot');
    return lexInsideAction;
  }
  let r: number;
  do r = l.next();
  while (isAlphaNumeric(r));
  l.backup();
  if (!l.atTerminator()) return l.errorf(`bad character ${formatRune(r)}`);
  l.emit(type);
  return lexInsideAction;
}

/** Scan a quoted literal ending at `close`; `message` is the error for an unterminated one. */
function lexQuoted(l: Lexer, close: number, type: ItemType, message: string): State {
  for (;;) {
    let r = l.next();
    if (r === 0x5c) {
      r = l.next();
      if (r !== EOF && r !== 0x0a) continue;
    }
    if (r === EOF || r === 0x0a) return l.errorf(message);
    if (r === close) break;
  }
  l.emit(type);
  return lexInsideAction;
}

function lexChar(l: Lexer): State {
  return lexQuoted(l, 0x27, 'charConstant', 'unterminated character constant');
}

function lexQuote(l: Lexer): State {
  return lexQuoted(l, 0x22, 'string', 'unterminated quoted string');
}

function lexRawQuote(l: Lexer): State {
  for (;;) {
    const r = l.next();
    if (r === EOF) return l.errorf('unterminated raw quoted string');
    if (r === 0x60) break;
  }
  l.emit('rawString');
  return lexInsideAction;
}

function lexNumber(l: Lexer): State {
  const bad = (): State => l.errorf(`bad number syntax: ${quote(l.input.slice(l.start, l.pos))}`);
  if (!scanNumber(l)) return bad();
  const sign = l.peek();
  if (sign === 0x2b || sign === 0x2d) {
    // Complex: 1+2i. No spaces, must end in 'i'.
    if (!scanNumber(l) || l.input[l.pos - 1] !== 'i') return bad();
    l.emit('complex');
  } else {
    l.emit('number');
  }
  return lexInsideAction;
}

const DECIMAL = '0123456789_';
const HEX = '0123456789abcdefABCDEF_';

function scanNumber(l: Lexer): boolean {
  l.accept('+-');
  let digits = DECIMAL;
  if (l.accept('0')) {
    if (l.accept('xX')) digits = HEX;
    else if (l.accept('oO')) digits = '01234567_';
    else if (l.accept('bB')) digits = '01_';
  }
  l.acceptRun(digits);
  if (l.accept('.')) l.acceptRun(digits);
  if (digits === DECIMAL && l.accept('eE')) {
    l.accept('+-');
    l.acceptRun(DECIMAL);
  }
  if (digits === HEX && l.accept('pP')) {
    l.accept('+-');
    l.acceptRun(DECIMAL);
  }
  l.accept('i');
  // Next thing mustn't be alphanumeric.
  if (isAlphaNumeric(l.peek())) {
    l.next();
    return false;
  }
  return true;
}

/** Scan the whole input into items; the last item is EOF or an error. */
export function lex(input: string, opts: LexOptions = {}): Item[] {
  const l = new Lexer(input, opts);
  for (let state: State = lexText; state !== null;) state = state(l);
  return l.items;
}
