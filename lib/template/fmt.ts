/**
 * Go's fmt.Sprint, Sprintln and Sprintf on the template value model (`lib/go/value.ts`).
 *
 * Verbs `%v %+v %#v %s %q %d %t %x %X %o %O %b %f %F %e %E %g %G %c %U %T %p %%`, flags
 * `+ - # 0 space`, width, precision, `*` and argument indexes `%[n]d`, with Go's error forms
 * (`%!d(string=hi)`, `%!s(MISSING)`, `%!(EXTRA int=3)`, `%!(NOVERB)`, `%!(BADINDEX)`…).
 * Non-nil pointers nested in values print a fixed fake address (Go prints a real one).
 */
import { ValuePrinter, goTypeName, stringerText } from './fmt-value.js';
import { FmtWriter } from './fmt-writer.js';
import { GoInt, GoStruct } from '../go/value.js';

export { goTypeName };

function newPrinter(): ValuePrinter {
  return new ValuePrinter(new FmtWriter());
}

/** Go's fmt.Sprint: operands in `%v`, with a space between two operands when neither is a string. */
export function sprint(args: readonly unknown[]): string {
  const p = newPrinter();
  args.forEach((arg, i) => {
    if (i > 0 && typeof arg !== 'string' && typeof args[i - 1] !== 'string') p.w.write(' ');
    p.printArg(arg, 'v');
  });
  return p.w.buf;
}

/** Go's fmt.Sprintln: operands in `%v`, always space-separated, then a newline. */
export function sprintln(args: readonly unknown[]): string {
  const p = newPrinter();
  args.forEach((arg, i) => {
    if (i > 0) p.w.write(' ');
    p.printArg(arg, 'v');
  });
  return p.w.buf + '\n';
}

/** Go's `%v` of one value (`<nil>` for null). */
export function formatValue(v: unknown): string {
  // Templates print mostly strings, booleans and ints; they need no formatter.
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof GoInt && Number.isSafeInteger(v.value)) return String(v.value);
  if (v instanceof GoStruct) {
    // A Stringer (an enum, a duration …): what printStringer writes under a bare %v.
    const text = stringerText(v);
    if (text !== undefined) return text;
  }
  return sprint([v]);
}

const MAX_NUM = 1e6;

/** Go's parsenum: a decimal number at s[i…], too large ones (over 1e6) rejected. */
function parseNum(s: string, i: number): { num: number; ok: boolean; next: number } {
  let num = 0;
  let ok = false;
  let j = i;
  while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) {
    if (num > MAX_NUM) return { num: 0, ok: false, next: s.length };
    num = num * 10 + (s.charCodeAt(j) - 48);
    ok = true;
    j++;
  }
  return { num, ok, next: j };
}

/** The state of one Sprintf call. */
class Printf {
  readonly p = newPrinter();
  argNum = 0;
  reordered = false;
  goodArgNum = true;
  afterIndex = false;
  i = 0;

  constructor(
    readonly format: string,
    readonly args: readonly unknown[],
  ) {}

  get w(): FmtWriter {
    return this.p.w;
  }

  /** An explicit argument index `[n]` at the cursor, if any. */
  argNumber(): void {
    const f = this.format;
    if (f[this.i] !== '[') {
      this.afterIndex = false;
      return;
    }
    this.reordered = true;
    const close = f.indexOf(']', this.i + 1);
    if (close < 0) {
      this.goodArgNum = false;
      this.i += 1;
      this.afterIndex = false;
      return;
    }
    const { num, ok, next } = parseNum(f, this.i + 1);
    const index = num - 1;
    this.i = close + 1;
    const valid = ok && next === close;
    if (valid && index >= 0 && index < this.args.length) {
      this.argNum = index;
      this.afterIndex = true;
      return;
    }
    this.goodArgNum = false;
    this.afterIndex = valid;
  }

  /** A `*` width or precision taken from the next operand, which must be an integer. */
  intFromArg(): { num: number; ok: boolean } {
    if (this.argNum >= this.args.length) return { num: 0, ok: false };
    const a = this.args[this.argNum++];
    if (!(a instanceof GoInt) || Math.abs(a.value) > MAX_NUM) return { num: 0, ok: false };
    return { num: a.value, ok: true };
  }

  /** Flags `#0+- ` at the cursor. */
  parseFlags(): void {
    const flags = this.w.flags;
    for (; this.i < this.format.length; this.i++) {
      switch (this.format[this.i]) {
        case '#':
          flags.sharp = true;
          break;
        case '0':
          flags.zero = !flags.minus;
          break;
        case '+':
          flags.plus = true;
          break;
        case '-':
          flags.minus = true;
          flags.zero = false;
          break;
        case ' ':
          flags.space = true;
          break;
        default:
          return;
      }
    }
  }

  parseWidth(): void {
    const w = this.w;
    if (this.format[this.i] === '*') {
      this.i++;
      const { num, ok } = this.intFromArg();
      w.wid = num;
      w.flags.widPresent = ok;
      if (!ok) w.write('%!(BADWIDTH)');
      if (w.wid < 0) {
        w.wid = -w.wid;
        w.flags.minus = true;
        w.flags.zero = false;
      }
      this.afterIndex = false;
      return;
    }
    const { num, ok, next } = parseNum(this.format, this.i);
    w.wid = num;
    w.flags.widPresent = ok;
    this.i = next;
    if (this.afterIndex && ok) this.goodArgNum = false; // "%[3]2d"
  }

  parsePrecision(): void {
    const w = this.w;
    if (!(this.i + 1 < this.format.length && this.format[this.i] === '.')) return;
    this.i++;
    if (this.afterIndex) this.goodArgNum = false; // "%[3].2d"
    this.argNumber();
    if (this.format[this.i] === '*') {
      this.i++;
      const { num, ok } = this.intFromArg();
      w.prec = num;
      w.flags.precPresent = ok;
      if (num < 0) {
        w.prec = 0;
        w.flags.precPresent = false;
      }
      if (!w.flags.precPresent) w.write('%!(BADPREC)');
      this.afterIndex = false;
      return;
    }
    const { num, ok, next } = parseNum(this.format, this.i);
    w.prec = ok ? num : 0;
    w.flags.precPresent = true;
    this.i = next;
  }

  /** One `%…` directive, the cursor just past the `%`. Returns false at a missing verb. */
  directive(): boolean {
    this.goodArgNum = true;
    this.w.clearFlags();
    this.parseFlags();
    this.argNumber();
    this.parseWidth();
    this.parsePrecision();
    if (!this.afterIndex) this.argNumber();
    if (this.i >= this.format.length) {
      this.w.write('%!(NOVERB)');
      return false;
    }
    const verb = String.fromCodePoint(this.format.codePointAt(this.i) ?? 0);
    this.i += verb.length;
    this.printVerb(verb);
    return true;
  }

  printVerb(verb: string): void {
    const flags = this.w.flags;
    if (verb === '%')
      this.w.write('%'); // consumes no operand, ignores width and precision
    else if (!this.goodArgNum) this.w.write(`%!${verb}(BADINDEX)`);
    else if (this.argNum >= this.args.length) this.w.write(`%!${verb}(MISSING)`);
    else {
      if (verb === 'v') {
        // %#v is Go syntax and %+v names struct fields; neither keeps its plain flag.
        flags.sharpV = flags.sharp;
        flags.sharp = false;
        flags.plusV = flags.plus;
        flags.plus = false;
      }
      this.p.printArg(this.args[this.argNum++], verb);
    }
  }

  /** `%!(EXTRA type=value, …)` for operands no verb used. */
  extra(): void {
    if (this.reordered || this.argNum >= this.args.length) return;
    this.w.clearFlags();
    this.w.write('%!(EXTRA ');
    this.args.slice(this.argNum).forEach((arg, i) => {
      if (i > 0) this.w.write(', ');
      if (arg === null || arg === undefined) this.w.write('<nil>');
      else {
        this.w.write(goTypeName(arg) + '=');
        this.p.printArg(arg, 'v');
      }
    });
    this.w.write(')');
  }

  run(): string {
    const f = this.format;
    while (this.i < f.length) {
      const pct = f.indexOf('%', this.i);
      const end = pct < 0 ? f.length : pct;
      this.w.write(f.slice(this.i, end));
      if (pct < 0) break;
      this.i = pct + 1;
      if (!this.directive()) break;
    }
    this.extra();
    return this.w.buf;
  }
}

/** Go's fmt.Sprintf. */
export function sprintf(format: string, args: readonly unknown[]): string {
  return new Printf(format, args).run();
}
