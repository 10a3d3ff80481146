/**
 * Go's fmt printing of one operand (Go's `printArg` / `printValue`) on the value model of
 * `lib/go/value.ts`: the verb and flags are already parsed into a {@link FmtWriter}.
 */
import { FmtWriter, utf8Bytes } from './fmt-writer.js';
import { GoInt, GoStruct, goTypeOf, isUnsignedKind, primitiveKind } from '../go/value.js';

/** Go's `%T` of a value: `float64`, `int64`, `[]interface {}`, `map[string]interface {}`, `<nil>`. */
export function goTypeName(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (v instanceof GoInt) return v.kind;
  if (v instanceof GoStruct) return v.type;
  const basic = primitiveKind(v);
  if (basic !== undefined) return basic;
  if (typeof v === 'function') return 'func()';
  const tagged = (v as { [goTypeOf]?: string })[goTypeOf];
  if (tagged !== undefined) return tagged;
  return Array.isArray(v) ? '[]interface {}' : 'map[string]interface {}';
}

// A pointer's address is not reproducible; every non-nil pointer prints this one.
const FAKE_ADDRESS = 0xc000010000;

/** Is the slice a byte slice (`[]uint8` / `[]byte`), which %s %q %x %X print as text? */
function isByteSlice(v: unknown[]): boolean {
  const t = goTypeName(v);
  return t === '[]uint8' || t === '[]byte';
}

/**
 * Sort map keys by their UTF-8 bytes, as Go's fmtsort does for string keys. Byte order is
 * code point order, which differs from JS's UTF-16 order only around surrogates.
 */
function compareKeys(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i) ?? 0;
    const y = b.codePointAt(i) ?? 0;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/** How each verb prints an integer (%#v of an unsigned one aside); made once, not per value. */
const INTEGER_VERBS: Readonly<Record<string, (w: FmtWriter, n: number, verb: string) => void>> = {
  v: (w, n, verb) => w.fmtInteger(n, 10, verb),
  d: (w, n, verb) => w.fmtInteger(n, 10, verb),
  b: (w, n, verb) => w.fmtInteger(n, 2, verb),
  o: (w, n, verb) => w.fmtInteger(n, 8, verb),
  O: (w, n, verb) => w.fmtInteger(n, 8, verb),
  x: (w, n, verb) => w.fmtInteger(n, 16, verb),
  X: (w, n, verb) => w.fmtInteger(n, 16, verb, true),
  c: (w, n) => w.fmtC(n),
  q: (w, n) => w.fmtQc(n),
  U: (w, n) => w.fmtUnicode(n),
};

/** Go's printer for one operand; `erroring` suppresses String methods inside `%!verb(…)`. */
export class ValuePrinter {
  private erroring = false;
  constructor(readonly w: FmtWriter) {}

  /** Go's printArg: the top-level operand of a verb. */
  printArg(arg: unknown, verb: string): void {
    if (arg === null) {
      if (verb === 'T' || verb === 'v') this.w.pad('<nil>');
      else this.badVerb(verb, arg);
      return;
    }
    if (verb === 'T') {
      this.w.fmtS(goTypeName(arg));
      return;
    }
    if (verb === 'p') {
      this.fmtPointer(arg, verb);
      return;
    }
    this.printValue(arg, verb, 0);
  }

  /** `%!verb(type=value)`, or `%!verb(<nil>)`. */
  badVerb(verb: string, v: unknown): void {
    this.erroring = true;
    this.w.write(`%!${verb}(`);
    if (v === null || v === undefined) this.w.write('<nil>');
    else {
      this.w.write(goTypeName(v) + '=');
      this.printValue(v, 'v', 0);
    }
    this.w.write(')');
    this.erroring = false;
  }

  /** Go's printValue; `depth` > 0 inside maps, slices and structs. */
  printValue(v: unknown, verb: string, depth: number): void {
    if (v === undefined) return this.printInvalid(verb, depth);
    if (v === null) return this.w.write(this.w.flags.sharpV ? 'interface {}(nil)' : '<nil>');
    if (v instanceof GoStruct) return this.printStruct(v, verb, depth);
    if (v instanceof GoInt) return this.fmtInteger(v.value, isUnsignedKind(v.kind), verb, v);
    switch (typeof v) {
      case 'boolean':
        return verb === 't' || verb === 'v' ? this.w.fmtBoolean(v) : this.badVerb(verb, v);
      case 'number':
        return this.fmtFloat(v, verb);
      case 'string':
        return this.fmtString(v, verb);
      case 'object':
        break;
      default:
        return this.w.write(`?${typeof v}?`);
    }
    if (Array.isArray(v)) return this.printSlice(v, verb, depth);
    return this.printMap(v as Record<string, unknown>, verb, depth);
  }

  private printInvalid(verb: string, depth: number): void {
    if (depth === 0) this.w.write('<invalid reflect.Value>');
    else if (verb === 'v') this.w.write('<nil>');
    else this.badVerb(verb, undefined);
  }

  private fmtInteger(n: number, unsigned: boolean, verb: string, v: GoInt): void {
    const w = this.w;
    if (verb === 'v' && w.flags.sharpV && unsigned) return this.fmt0x(n);
    const f = Object.prototype.hasOwnProperty.call(INTEGER_VERBS, verb)
      ? INTEGER_VERBS[verb]
      : undefined;
    if (f) f(w, n, verb);
    else this.badVerb(verb, v);
  }

  /** Hex with a 0x prefix, as %#v prints unsigned integers and pointers. */
  private fmt0x(n: number): void {
    const sharp = this.w.flags.sharp;
    this.w.flags.sharp = true;
    this.w.fmtInteger(n, 16, 'v');
    this.w.flags.sharp = sharp;
  }

  private fmtFloat(x: number, verb: string): void {
    const w = this.w;
    switch (verb) {
      case 'v':
        return w.fmtFloat(x, 'g', -1);
      case 'b':
      case 'g':
      case 'G':
      case 'x':
      case 'X':
        return w.fmtFloat(x, verb, -1);
      case 'f':
      case 'e':
      case 'E':
        return w.fmtFloat(x, verb, 6);
      case 'F':
        return w.fmtFloat(x, 'f', 6);
      default:
        return this.badVerb(verb, x);
    }
  }

  private fmtString(s: string, verb: string): void {
    const w = this.w;
    switch (verb) {
      case 'v':
        return w.flags.sharpV ? w.fmtQ(s) : w.fmtS(s);
      case 's':
        return w.fmtS(s);
      case 'x':
        return w.fmtSbx(utf8Bytes(s), false);
      case 'X':
        return w.fmtSbx(utf8Bytes(s), true);
      case 'q':
        return w.fmtQ(s);
      default:
        return this.badVerb(verb, s);
    }
  }

  /** A struct's {@link stringerText} under a verb that prints it, as fmt's Stringer check. */
  private printStringer(v: GoStruct, verb: string): boolean {
    if (this.erroring || this.w.flags.sharpV || !'vsxXq'.includes(verb)) return false;
    const text = stringerText(v);
    if (text === undefined) return false;
    this.fmtString(text, verb);
    return true;
  }

  private printStruct(v: GoStruct, verb: string, depth: number): void {
    if (this.printStringer(v, verb)) return;
    const pointer = v.type.startsWith('*');
    if (v.nil || (pointer && depth > 0)) return this.fmtPointer(v, verb);
    if (pointer) this.w.write('&');
    const sharpV = this.w.flags.sharpV;
    if (sharpV) this.w.write(pointer ? v.type.slice(1) : v.type);
    this.w.write('{');
    Object.keys(v.fields).forEach((name, i) => {
      if (i > 0) this.w.write(sharpV ? ', ' : ' ');
      if (this.w.flags.plusV || sharpV) this.w.write(name + ':');
      this.printValue(v.field(name), verb, depth + 1);
    });
    this.w.write('}');
  }

  /** Pointers, maps and slices under %p, and nested pointers: an address, or nil. */
  private fmtPointer(v: unknown, verb: string): void {
    const isRef = typeof v === 'object' && v !== null && !(v instanceof GoInt);
    if (!isRef) return this.badVerb(verb, v);
    const addr = v instanceof GoStruct && v.nil ? 0 : FAKE_ADDRESS;
    if (verb === 'v' && this.w.flags.sharpV) {
      this.w.write(`(${goTypeName(v)})(`);
      if (addr === 0) this.w.write('nil');
      else this.fmt0x(addr);
      this.w.write(')');
    } else if (verb === 'v' && addr === 0) this.w.pad('<nil>');
    else if (verb === 'v' || verb === 'p') {
      const sharp = this.w.flags.sharp;
      this.w.flags.sharp = !sharp;
      this.w.fmtInteger(addr, 16, 'v');
      this.w.flags.sharp = sharp;
    } else if ('bodxX'.includes(verb))
      this.fmtInteger(addr, true, verb, new GoInt(addr, 'uintptr'));
    else this.badVerb(verb, v);
  }

  private printSlice(v: unknown[], verb: string, depth: number): void {
    if ('sqxX'.includes(verb) && isByteSlice(v)) {
      const bytes = Uint8Array.from(v, (b) => (b instanceof GoInt ? b.value : Number(b)));
      if (verb === 's') return this.w.fmtS(new TextDecoder().decode(bytes));
      if (verb === 'q') return this.w.fmtQ(new TextDecoder().decode(bytes));
      return this.w.fmtSbx(bytes, verb === 'X');
    }
    const sharpV = this.w.flags.sharpV;
    // A top-level byte slice is Go's []byte case, which names its type so.
    const type = depth === 0 && isByteSlice(v) ? '[]byte' : goTypeName(v);
    this.w.write(sharpV ? type + '{' : '[');
    v.forEach((e, i) => {
      if (i > 0) this.w.write(sharpV ? ', ' : ' ');
      this.printValue(e, verb, depth + 1);
    });
    this.w.write(sharpV ? '}' : ']');
  }

  private printMap(v: Record<string, unknown>, verb: string, depth: number): void {
    const sharpV = this.w.flags.sharpV;
    this.w.write(sharpV ? goTypeName(v) + '{' : 'map[');
    Object.keys(v)
      .sort(compareKeys)
      .forEach((k, i) => {
        if (i > 0) this.w.write(sharpV ? ', ' : ' ');
        this.printValue(k, verb, depth + 1);
        this.w.write(':');
        this.printValue(v[k], verb, depth + 1);
      });
    this.w.write(sharpV ? '}' : ']');
  }
}

/** What a struct's `Error() string` or else `String() string` method returns (fmt's Stringer check), if it has one. */
export function stringerText(v: GoStruct): string | undefined {
  const m = v.method('Error') ?? v.method('String');
  return m === undefined || m.params.length > 0 ? undefined : String(m.fn());
}
