/**
 * The first decode `istioctl kube-inject` makes of every document (Istio's FromRawToObject):
 * its `apiVersion` and `kind` into metav1.TypeMeta, before it knows what the object is. A
 * value of the wrong JSON type there fails the whole run, whatever the kind; so does a
 * `kind: List` item that is not an object, since each item goes through the same decode.
 */
import { isJsonArray, isJsonMap, type JsonMap } from '../go/json-map.js';
import { kindOf, LIST_KIND } from './workloads.js';

/** What the TypeMeta decode refuses: where the value is, and what is wrong with it. */
export interface TypeMetaProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** TypeMeta's JSON fields, folded as encoding/json matches them (see {@link fold}). */
const TYPE_META_FIELDS = new Set(['apiversion', 'kind']);

/**
 * A key as encoding/json compares it with a field's name when no name matches exactly: case
 * folded (bytes.EqualFold: `Kind`, `KIND` and the Kelvin sign's `Kind` all mean `kind`).
 * Upper-casing first folds `ſ` to `s` too, which lower-casing alone would not.
 */
const fold = (key: string): string => key.toUpperCase().toLowerCase();

/** How a message names a decoded value's JSON type. */
function describe(v: unknown): string {
  if (isJsonArray(v)) return 'a list';
  if (isJsonMap(v)) return 'a mapping';
  return typeof v === 'boolean' ? 'a boolean' : `a ${typeof v}`;
}

/** A field's name in a message: `kind`, `items[2]`, `items[2].kind`. */
function fieldName(path: readonly (string | number)[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

function problem(
  path: readonly (string | number)[],
  found: unknown,
  expected: string,
): TypeMetaProblem {
  return { path, message: `${fieldName(path)}: ${describe(found)}, where ${expected} is expected` };
}

/**
 * The first value of `obj` that Istio's TypeMeta decode refuses, or undefined: an
 * `apiVersion` or `kind` that is neither a string nor null, and for a List, `items` that is
 * no list or an item that is neither an object nor null (checked the same way, nested
 * Lists too). `prefix` is `obj`'s path in its document. Go reads JSON keys sorted, so
 * `apiVersion` is reported before `kind`.
 */
export function typeMetaProblem(
  obj: JsonMap,
  prefix: readonly (string | number)[] = [],
): TypeMetaProblem | undefined {
  for (const key of Object.keys(obj).sort()) {
    const v = obj[key];
    if (TYPE_META_FIELDS.has(fold(key)) && v !== null && typeof v !== 'string')
      return problem([...prefix, key], v, 'a string');
  }
  return kindOf(obj) === LIST_KIND ? listItemsProblem(obj.items, [...prefix, 'items']) : undefined;
}

/** The first List item the decode refuses (a null item, like null `items`, is skipped as Go does). */
function listItemsProblem(
  items: unknown,
  path: readonly (string | number)[],
): TypeMetaProblem | undefined {
  if (items === null || items === undefined) return undefined;
  if (!isJsonArray(items)) return problem(path, items, 'a list');
  for (const [i, item] of items.entries()) {
    if (item === null) continue;
    const at = [...path, i];
    const found = isJsonMap(item)
      ? typeMetaProblem(item, at)
      : problem(at, item, 'a mapping (a Kubernetes object)');
    if (found !== undefined) return found;
  }
  return undefined;
}
