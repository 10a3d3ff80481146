/**
 * Sprig's defaults, flow control, reflection and JSON functions (defaults.go, reflect.go).
 * JSON goes through Go's encoding/json as modelled in `lib/go/json.ts`.
 */
import { messageOf } from '../../errors.js';
import { goTypeName } from '../../template/fmt.js';
import { goFunc, type FuncMap } from '../../go/value.js';
import {
  marshalJSON,
  quoteJsonString,
  toJsonTree,
  unmarshalJSON,
  writeJson,
  JsonNumber,
  type JsonNode,
} from '../../go/json.js';
import { deepEqual, fail, isEmpty, kindOf } from './convert.js';

/** Run a Go JSON step that returns (T, error): the error becomes the template's error. */
function must<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    return fail(messageOf(e));
  }
}

/** The same step with the error ignored, as sprig's non-must variants do. */
function orElse<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

// Go's json.Encoder with SetEscapeHTML(false) leaves <, > and & alone (other escapes stay).
const HTML_ESCAPE = /(?<!\\)((?:\\\\)*)\\u00(3c|3e|26)/g;

/** json.MarshalIndent(v, "", "  ") layout of a JSON tree. */
function writeIndented(node: JsonNode, depth: number): string {
  const pad = '  '.repeat(depth + 1);
  const end = '\n' + '  '.repeat(depth);
  if (Array.isArray(node)) {
    if (node.length === 0) return '[]';
    return `[\n${node.map((e) => pad + writeIndented(e, depth + 1)).join(',\n')}${end}]`;
  }
  if (node !== null && typeof node === 'object' && !(node instanceof JsonNumber)) {
    if (node.entries.length === 0) return '{}';
    const body = node.entries.map(
      ([k, v]) => `${pad}${quoteJsonString(k)}: ${writeIndented(v, depth + 1)}`,
    );
    return `{\n${body.join(',\n')}${end}}`;
  }
  return writeJson(node);
}

const prettyJson = (v: unknown): string => writeIndented(toJsonTree(v), 0);
const rawJson = (v: unknown): string =>
  marshalJSON(v).replace(
    HTML_ESCAPE,
    (_m, slashes: string, hex: string) => slashes + String.fromCharCode(parseInt(hex, 16)),
  );

/** sprig's default: the given value unless it is missing or empty. */
function dfault(d: unknown, ...given: unknown[]): unknown {
  return given.length === 0 || isEmpty(given[0]) ? d : given[0];
}

/** Defaults, flow control, reflection and JSON functions of sprig's map. */
export const defaultFuncs: FuncMap = {
  default: goFunc(['any', 'any'], dfault, true),
  empty: goFunc(['any'], isEmpty),
  coalesce: goFunc(['any'], (...v: unknown[]) => v.find((x) => !isEmpty(x)) ?? null, true),
  all: goFunc(['any'], (...v: unknown[]) => v.every((x) => !isEmpty(x)), true),
  any: goFunc(['any'], (...v: unknown[]) => v.some((x) => !isEmpty(x)), true),
  ternary: goFunc(['any', 'any', 'bool'], (vt: unknown, vf: unknown, v: boolean) => (v ? vt : vf)),
  fail: goFunc(['string'], (msg: string) => fail(msg)),
  fromJson: goFunc(['string'], (s: string) => orElse(() => unmarshalJSON(s), null)),
  mustFromJson: goFunc(['string'], (s: string) => must(() => unmarshalJSON(s))),
  toJson: goFunc(['any'], (v: unknown) => orElse(() => marshalJSON(v), '')),
  mustToJson: goFunc(['any'], (v: unknown) => must(() => marshalJSON(v))),
  toPrettyJson: goFunc(['any'], (v: unknown) => orElse(() => prettyJson(v), '')),
  mustToPrettyJson: goFunc(['any'], (v: unknown) => must(() => prettyJson(v))),
  toRawJson: goFunc(['any'], (v: unknown) => must(() => rawJson(v))),
  mustToRawJson: goFunc(['any'], (v: unknown) => must(() => rawJson(v))),
  typeOf: goFunc(['any'], goTypeName),
  typeIs: goFunc(['string', 'any'], (t: string, v: unknown) => t === goTypeName(v)),
  typeIsLike: goFunc(
    ['string', 'any'],
    (t: string, v: unknown) => t === goTypeName(v) || '*' + t === goTypeName(v),
  ),
  kindOf: goFunc(['any'], kindOf),
  kindIs: goFunc(['string', 'any'], (k: string, v: unknown) => k === kindOf(v)),
  deepEqual: goFunc(['any', 'any'], deepEqual),
};
