/**
 * Go's `encoding/json` on the Go value model (`lib/go/value.ts`):
 * `Marshal` ({@link marshalJSON}) and `Unmarshal` into `interface{}` ({@link unmarshalJSON}).
 *
 * Marshalling goes through a small JSON tree ({@link toJsonTree}) that records what Go's
 * encoder would write (key order, number text), so that the YAML marshaller
 * (`go-yaml.ts`, which is sigs.k8s.io/yaml: JSON first, then YAML) shares it.
 */
import { compareStrings } from './strings.js';
import { GoInt, GoStruct, isNilSlice } from './value.js';

/** A JSON number, as the text Go's encoder writes for it (`1e+21`, `-0`, `42`). */
export class JsonNumber {
  constructor(readonly text: string) {}
}

/** A JSON object whose entries are in output order (sorted for maps, declared for structs). */
export class JsonObject {
  constructor(readonly entries: ReadonlyArray<readonly [string, JsonNode]>) {}
}

/** What Go's encoder writes, as a tree. Strings are already valid Unicode (U+FFFD substituted). */
export type JsonNode = null | boolean | string | JsonNumber | JsonNode[] | JsonObject;

/** Go's json.Marshal failed (e.g. `json: unsupported value: NaN`). */
export class MarshalError extends Error {
  override readonly name = 'MarshalError';
}

/** Replace lone UTF-16 surrogates with U+FFFD, as Go does with invalid UTF-8. */
export function toValidUnicode(s: string): string {
  // Nearly every string has no surrogate at all: one scan for the class, not the lookarounds.
  if (!SURROGATE.test(s)) return s;
  return s.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Go's float64 encoding: like JavaScript's shortest form (same `e` thresholds), but `-0` stays. */
function encodeFloat(x: number): JsonNumber {
  if (!Number.isFinite(x)) {
    const text = Number.isNaN(x) ? 'NaN' : x > 0 ? '+Inf' : '-Inf';
    throw new MarshalError(`json: unsupported value: ${text}`);
  }
  return new JsonNumber(Object.is(x, -0) ? '-0' : String(x));
}

/**
 * The JSON Go's `json.Marshal` would produce for a value, as a tree.
 * Maps get sorted keys; a {@link GoStruct} contributes its `toJSON()` value, whose
 * objects keep their own key order at every depth (Go writes struct fields in declaration
 * order; the struct's producer is responsible for that order).
 * @throws MarshalError for NaN and infinities, as Go does.
 */
export function toJsonTree(v: unknown, sortKeys = true): JsonNode {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return toValidUnicode(v);
  if (typeof v === 'number') return encodeFloat(v);
  if (v instanceof GoInt) return new JsonNumber(String(v.value));
  if (v instanceof GoStruct) return toJsonTree(v.toJSON(), false);
  if (Array.isArray(v)) return isNilSlice(v) ? null : v.map((item) => toJsonTree(item, sortKeys));
  if (typeof v === 'object') {
    const entries = Object.entries(v).map(
      ([k, val]) => [toValidUnicode(k), toJsonTree(val, sortKeys)] as const,
    );
    if (sortKeys) entries.sort((a, b) => compareStrings(a[0], b[0]));
    return new JsonObject(entries);
  }
  throw new MarshalError(`json: unsupported type: ${typeof v}`);
}

/** Escapes Go's encoder writes for ASCII control and HTML-sensitive characters. */
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  // Go 1.22 and later (Istio is built with a current Go) write \b and \f in short form.
  '\b': '\\b',
  '\f': '\\f',
};

function escapeChar(c: string): string {
  return SHORT_ESCAPES[c] ?? `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}

/** A JSON string literal as Go writes it (HTML-safe: `<`, `>`, `&`, U+2028, U+2029 escaped). */
export function quoteJsonString(s: string): string {
  return NEEDS_ESCAPE.test(s) ? `"${s.replace(ESCAPED, escapeChar)}"` : `"${s}"`;
}

/** The characters {@link quoteJsonString} escapes (a test without `g`, to skip the replace). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f<>&\u2028\u2029]/;
const ESCAPED = new RegExp(NEEDS_ESCAPE.source, 'g');

/** Serialize a {@link JsonNode} compactly, as Go's json.Marshal does. */
export function writeJson(node: JsonNode): string {
  if (node === null) return 'null';
  if (typeof node === 'boolean') return String(node);
  if (typeof node === 'string') return quoteJsonString(node);
  if (node instanceof JsonNumber) return node.text;
  if (Array.isArray(node)) return `[${node.map(writeJson).join(',')}]`;
  return `{${node.entries.map(([k, v]) => `${quoteJsonString(k)}:${writeJson(v)}`).join(',')}}`;
}

/**
 * Go's `json.Marshal` of a template value: compact, map keys sorted, HTML-escaped.
 * @throws MarshalError where Go returns an error (NaN, ±Inf).
 */
export function marshalJSON(v: unknown): string {
  return marshalValue(v, true);
}

/**
 * `writeJson(toJsonTree(v, sortKeys))` written straight out, without the tree (the text is
 * all JSON callers need; the tree is for YAML). Values are converted in the tree's order, so
 * the first NaN or infinity met, and its error, are the same.
 */
export function marshalValue(v: unknown, sortKeys: boolean): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'string') return quoteJsonString(toValidUnicode(v));
  if (typeof v === 'number') return encodeFloat(v).text;
  if (v instanceof GoInt) return String(v.value);
  if (v instanceof GoStruct) return marshalValue(v.toJSON(), false);
  if (Array.isArray(v)) {
    if (isNilSlice(v)) return 'null';
    let out = '[';
    for (let i = 0; i < v.length; i++) out += (i === 0 ? '' : ',') + marshalValue(v[i], sortKeys);
    return `${out}]`;
  }
  if (typeof v === 'object') {
    const members: [string, string][] = [];
    for (const k of Object.keys(v))
      members.push([toValidUnicode(k), marshalValue((v as Record<string, unknown>)[k], sortKeys)]);
    if (sortKeys) members.sort((a, b) => compareStrings(a[0], b[0]));
    let out = '{';
    for (const [k, text] of members)
      out += `${out === '{' ? '' : ','}${quoteJsonString(k)}:${text}`;
    return `${out}}`;
  }
  throw new MarshalError(`json: unsupported type: ${typeof v}`);
}

/** Rebuild parsed JSON as Go's `interface{}` values: float64 numbers, valid Unicode strings. */
function toGoValue(v: unknown): unknown {
  if (typeof v === 'string') return toValidUnicode(v);
  if (typeof v === 'number') {
    // JSON.parse turns 1e400 into Infinity; Go refuses it.
    if (!Number.isFinite(v))
      throw new MarshalError('json: cannot unmarshal number into Go value of type float64');
    return v;
  }
  if (Array.isArray(v)) return v.map(toGoValue);
  if (v !== null && typeof v === 'object') {
    // fromEntries defines own properties, so a "__proto__" key stays an ordinary key.
    return Object.fromEntries(
      Object.entries(v).map(([k, val]) => [toValidUnicode(k), toGoValue(val)]),
    );
  }
  return v;
}

/**
 * Go's `json.Unmarshal` into `interface{}`: objects become maps, numbers float64.
 * @throws MarshalError when Go's decoder would return an error.
 */
export function unmarshalJSON(text: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new MarshalError((e as Error).message);
  }
  return toGoValue(parsed);
}
