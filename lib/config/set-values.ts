/**
 * Helm's `--set` syntax (helm.sh/helm/v3/pkg/strvals), re-implemented: `a.b.c=v`, comma lists
 * `a=1,b=2`, list indexes `a[0]=x` and `a[0].b=x`, list values `a={x,y}`, and `\` escaping the
 * next character (`a\.b=v` sets the key `a.b`). Values are typed as Helm types them:
 * `true`/`false` (any case) are booleans, `null` is null, decimal integers not starting with
 * `0` are numbers, everything else is a string.
 */
import { isJsonMap } from '../go/json-map.js';
import { KinjectError } from '../errors.js';
import { setKey } from './deep-merge.js';

/** Helm's limits, kept so that a typo such as `a[99999999]=x` fails instead of allocating. */
const MAX_INDEX = 65536;
const MAX_NESTING = 30;

const KEY_STOP = new Set(['=', '[', ',', '.']);
const ITEM_STOP = new Set(['[', '.', '=']);
const VALUE_STOP = new Set([',']);
const LIST_STOP = new Set([',', '}']);

/** Thrown inside the parser; {@link parseSetValues} turns it into a KinjectError. */
class SetSyntaxError extends Error {}

/** A cursor over the expression, reading runs of characters up to a stop character. */
class Scanner {
  #pos = 0;
  constructor(private readonly text: string) {}

  /** Characters up to (not including) a stop character, unescaping `\x`; `stop` is undefined at the end. */
  until(stops: ReadonlySet<string>): { run: string; stop: string | undefined } {
    let run = '';
    while (this.#pos < this.text.length) {
      const ch = this.text[this.#pos++];
      if (stops.has(ch)) return { run, stop: ch };
      if (ch === '\\') {
        if (this.#pos >= this.text.length) return { run, stop: undefined };
        run += this.text[this.#pos++];
      } else {
        run += ch;
      }
    }
    return { run, stop: undefined };
  }

  /** The next character without consuming it. */
  peek(): string | undefined {
    return this.text[this.#pos];
  }

  skip(): void {
    this.#pos++;
  }
}

/** Helm's typing of a `--set` value. */
export function typeSetValue(raw: string): unknown {
  const lower = raw.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (lower === 'null') return null;
  if (raw === '0') return 0;
  // Go's strconv.ParseInt(raw, 10, 64): optional sign, decimal digits, within int64.
  if (!raw.startsWith('0') && /^[+-]?\d+$/.test(raw)) {
    const n = BigInt(raw);
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return Number(n);
  }
  return raw;
}

/**
 * Parse one `--set` argument into `data` (a fresh tree by default), e.g. `a.b=1,c[0]=x` →
 * `{a: {b: 1}, c: ['x']}`. As with Helm, several `--set`s parse into the same tree, so
 * `a[0].x=1` then `a[0].y=2` both land in `a[0]`. Throws a CONFIG KinjectError with Helm's message.
 */
export function parseSetValues(
  expr: string,
  data: Record<string, unknown> = {},
): Record<string, unknown> {
  const scanner = new Scanner(expr);
  try {
    while (parseAssignment(scanner, data, 0)) {
      // each call consumes one `key=value`
    }
  } catch (e) {
    if (!(e instanceof SetSyntaxError)) throw e;
    throw new KinjectError('CONFIG', `--set ${JSON.stringify(expr)}: ${e.message}`, {
      file: '--set',
    });
  }
  return data;
}

/** One `key…=value` into `data`; false at the end of the input. */
function parseAssignment(sc: Scanner, data: Record<string, unknown>, depth: number): boolean {
  const { run: key, stop } = sc.until(KEY_STOP);
  switch (stop) {
    case undefined:
      if (key === '') return false;
      throw new SetSyntaxError(`key "${key}" has no value`);
    case ',':
      throw new SetSyntaxError(`key "${key}" has no value (cannot end with ,)`);
    case '=':
      assign(data, key, parseValue(sc));
      return true;
    case '[': {
      const existing = ownValue(data, key) ?? [];
      if (!Array.isArray(existing)) throw new SetSyntaxError(`key "${key}" is not a list`);
      assign(data, key, parseListItem(sc, existing, readIndex(sc), depth));
      return true;
    }
    default:
      return parseNestedKey(sc, data, key, depth + 1);
  }
}

/** `key.` was read: the rest of the key names a field of the map at `key`. */
function parseNestedKey(
  sc: Scanner,
  data: Record<string, unknown>,
  key: string,
  depth: number,
): boolean {
  if (depth > MAX_NESTING) {
    throw new SetSyntaxError(
      `value name nested level is greater than maximum supported nested level of ${MAX_NESTING}`,
    );
  }
  const existing = ownValue(data, key) ?? {};
  if (!isJsonMap(existing)) throw new SetSyntaxError(`key "${key}" is not a map`);
  const inner = existing;
  const more = parseAssignment(sc, inner, depth);
  if (Object.keys(inner).length === 0) throw new SetSyntaxError(`key map "${key}" has no value`);
  assign(data, key, inner);
  return more;
}

/** `[` was read: the index up to `]`. */
function readIndex(sc: Scanner): number {
  const { run, stop } = sc.until(new Set([']']));
  if (stop === undefined || !/^[+-]?\d+$/.test(run)) {
    throw new SetSyntaxError(
      `error parsing index: strconv.Atoi: parsing ${JSON.stringify(run)}: invalid syntax`,
    );
  }
  const index = Number(run);
  if (index < 0) throw new SetSyntaxError(`negative ${index} index not allowed`);
  if (index > MAX_INDEX)
    throw new SetSyntaxError(
      `index of ${index} is greater than maximum supported index of ${MAX_INDEX}`,
    );
  return index;
}

/** What follows `name[i]`: `=value`, `[j]…` or `.key…`; returns the updated list. */
function parseListItem(sc: Scanner, list: unknown[], index: number, depth: number): unknown[] {
  const { run, stop } = sc.until(ITEM_STOP);
  if (run !== '')
    throw new SetSyntaxError(`unexpected data at end of array index: ${JSON.stringify(run)}`);
  // `name[0]` and nothing more: Helm keeps the list as it is.
  if (stop === undefined) return list;
  const out = list.slice();
  while (out.length <= index) out.push(null);
  if (stop === '=') {
    out[index] = parseValue(sc);
  } else if (stop === '[') {
    const inner = out[index] ?? [];
    if (!Array.isArray(inner)) throw new SetSyntaxError(`index ${index} is not a list`);
    out[index] = parseListItem(sc, inner, readIndex(sc), depth);
  } else {
    // stop is '.': a map inside the list.
    const inner = isJsonMap(out[index]) ? (out[index] as Record<string, unknown>) : {};
    parseAssignment(sc, inner, depth);
    out[index] = inner;
  }
  return out;
}

/** After `=`: a `{a,b}` list or a scalar up to the next `,` (an empty value is ""). */
function parseValue(sc: Scanner): unknown {
  if (sc.peek() !== '{') return typeSetValue(sc.until(VALUE_STOP).run);
  sc.skip();
  const items: unknown[] = [];
  for (;;) {
    const { run, stop } = sc.until(LIST_STOP);
    if (stop === undefined) throw new SetSyntaxError("list must terminate with '}'");
    items.push(typeSetValue(run));
    if (stop === '}') break;
  }
  if (sc.peek() === ',') sc.skip();
  return items;
}

function assign(data: Record<string, unknown>, key: string, value: unknown): void {
  // Helm ignores an empty key (`=v`, `a..b=v`).
  if (key !== '') setKey(data, key, value);
}

function ownValue(data: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(data, key) ? data[key] : undefined;
}
