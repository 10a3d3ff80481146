/**
 * Sprig's dictionary functions (dict.go), including imdario/mergo's merge rules for
 * `merge` / `mergeOverwrite` and mitchellh/copystructure's `deepCopy`.
 * Go iterates maps in random order; `keys`, `values` and friends use insertion order.
 */
import { setOwn } from '../../go/json-map.js';
import { goTypeName } from '../../template/fmt.js';
import { goTypeOf, goFunc, isGoMap, withGoType, type FuncMap } from '../../go/value.js';
import { fail, isEmpty, kindOf, strval } from './convert.js';

type Dict = Record<string, unknown>;

const newDict = (): Dict => ({});

/** A nil map reads as an empty one (Go allows reads and deletes on nil maps). */
const orEmpty = (d: Dict | null): Dict => d ?? newDict();

/** Go panics when a nil map is written to. */
function writable(d: Dict | null): Dict {
  if (d === null) fail('assignment to entry in nil map');
  return d;
}

/** Go's `x.(map[string]interface{})` type assertion, panicking with Go's message. */
function assertDict(v: unknown): Dict {
  const type = v === null || v === undefined ? 'nil' : goTypeName(v);
  if (type !== 'map[string]interface {}')
    fail(`interface conversion: interface {} is ${type}, not map[string]interface {}`);
  return v as Dict;
}

/** Go's `x.(string)` type assertion. */
function assertString(v: unknown): string {
  if (typeof v !== 'string') {
    const type = v === null || v === undefined ? 'nil' : goTypeName(v);
    fail(`interface conversion: interface {} is ${type}, not string`);
  }
  return v;
}

/** mergo's deepMerge of two map[string]interface{} values, in place into dst. */
function mergeInto(dst: Dict, src: Dict, overwrite: boolean): void {
  for (const [key, s] of Object.entries(src)) {
    const present = Object.hasOwn(dst, key);
    const d = present ? dst[key] : undefined;
    if (s === null || s === undefined) {
      if (overwrite) setOwn(dst, key, null);
      continue;
    }
    const kind = kindOf(s);
    // mergo recurses into a map only when the destination holds a map too.
    if (kind === 'map' && isGoMap(d)) mergeInto(d, s as Dict, overwrite);
    if (kind === 'slice' && overwrite) setOwn(dst, key, s);
    // A non-empty destination keeps its value when the source is a map or slice.
    if (present && !isEmpty(d) && (kind === 'map' || kind === 'slice')) continue;
    if (overwrite || !present || isEmpty(d)) setOwn(dst, key, s);
  }
}

function merge(overwrite: boolean) {
  return (dst: Dict | null, ...srcs: (Dict | null)[]): Dict => {
    // mergo makes a nil destination into a fresh map.
    const out = orEmpty(dst);
    for (const src of srcs) mergeInto(out, orEmpty(src), overwrite);
    return out;
  };
}

/** copystructure.Copy: fresh maps and slices all the way down, types kept. */
function deepCopy(v: unknown): unknown {
  if (!Array.isArray(v) && !isGoMap(v)) return v;
  const type = (v as { [goTypeOf]?: string })[goTypeOf];
  const out = Array.isArray(v)
    ? v.map(deepCopy)
    : Object.fromEntries(Object.entries(v).map(([k, e]) => [k, deepCopy(e)]));
  return type ? withGoType(out, type) : out;
}

/** sprig's deepCopy: copystructure panics on nil inside reflect. */
function copyValue(v: unknown): unknown {
  if (v === null || v === undefined) fail('reflect: call of reflect.Value.Type on zero Value');
  return deepCopy(v);
}

/** Sprig's dig: walk nested maps by keys, the default when a key is missing. */
function dig(...ps: unknown[]): unknown {
  if (ps.length < 3) fail('dig needs at least three arguments');
  let dict = assertDict(ps[ps.length - 1]);
  const def = ps[ps.length - 2];
  const keys = ps.slice(0, -2).map(assertString);
  for (let i = 0; ; i++) {
    const k = keys[i] ?? '';
    if (!Object.hasOwn(dict, k)) return def;
    if (i === keys.length - 1) return dict[k];
    dict = assertDict(dict[k]);
  }
}

function dict(...v: unknown[]): Dict {
  const out = newDict();
  for (let i = 0; i < v.length; i += 2) setOwn(out, strval(v[i]), i + 1 < v.length ? v[i + 1] : '');
  return out;
}

function pick(map: Dict | null, ...keys: string[]): Dict {
  const d = orEmpty(map);
  const out = newDict();
  for (const k of keys) if (Object.hasOwn(d, k)) setOwn(out, k, d[k]);
  return out;
}

function omit(d: Dict | null, ...keys: string[]): Dict {
  const drop = new Set(keys);
  return Object.fromEntries(Object.entries(orEmpty(d)).filter(([k]) => !drop.has(k)));
}

/** Dictionary functions of sprig's map. */
export const dictFuncs: FuncMap = {
  dict: goFunc(['any'], dict, true),
  get: goFunc(['map[string]any', 'string'], (d: Dict | null, k: string) =>
    d && Object.hasOwn(d, k) ? d[k] : '',
  ),
  set: goFunc(
    ['map[string]any', 'string', 'any'],
    (d: Dict | null, k: string, v: unknown) => (setOwn(writable(d), k, v), d),
  ),
  unset: goFunc(['map[string]any', 'string'], (d: Dict | null, k: string) => {
    const m = orEmpty(d);
    delete m[k];
    return m;
  }),
  hasKey: goFunc(
    ['map[string]any', 'string'],
    (d: Dict | null, k: string) => d !== null && Object.hasOwn(d, k),
  ),
  pluck: goFunc(
    ['string', 'map[string]any'],
    (k: string, ...ds: (Dict | null)[]) =>
      ds
        .map(orEmpty)
        .filter((d) => Object.hasOwn(d, k))
        .map((d) => d[k]),
    true,
  ),
  keys: goFunc(
    ['map[string]any'],
    (...ds: (Dict | null)[]) =>
      withGoType(
        ds.flatMap((d) => Object.keys(orEmpty(d))),
        '[]string',
      ),
    true,
  ),
  values: goFunc(['map[string]any'], (d: Dict | null) => Object.values(orEmpty(d))),
  pick: goFunc(['map[string]any', 'string'], pick, true),
  omit: goFunc(['map[string]any', 'string'], omit, true),
  merge: goFunc(['map[string]any', 'map[string]any'], merge(false), true),
  mustMerge: goFunc(['map[string]any', 'map[string]any'], merge(false), true),
  mergeOverwrite: goFunc(['map[string]any', 'map[string]any'], merge(true), true),
  mustMergeOverwrite: goFunc(['map[string]any', 'map[string]any'], merge(true), true),
  deepCopy: goFunc(['any'], copyValue),
  mustDeepCopy: goFunc(['any'], copyValue),
  dig: goFunc(['any'], dig, true),
};
