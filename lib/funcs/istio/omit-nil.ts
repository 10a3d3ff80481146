/**
 * `omitNil v`: drop nil values from `map[string]interface{}` and `[]interface{}` values,
 * recursively. A map or list that had nils and ends up empty becomes nil itself (and so
 * disappears from its parent); one that had none is returned as it is, even if empty.
 * Typed maps and slices (`map[string]string` …) cannot hold nil and are left alone.
 */
import { goTypeOf, isGoMap, type Typed } from '../../go/value.js';

const isNil = (v: unknown): boolean => v === null || v === undefined;

/** Only interface-typed containers are filtered (an untyped container is interface-typed). */
function isInterfaceTyped(v: object): boolean {
  const t = (v as Typed<object>)[goTypeOf];
  return t === undefined || t === '[]interface {}' || t === 'map[string]interface {}';
}

/** Whether anything inside is nil (Go's first pass). */
function hasNil(v: unknown): boolean {
  if (isNil(v)) return true;
  if (Array.isArray(v) && isInterfaceTyped(v)) return v.some(hasNil);
  if (isGoMap(v) && isInterfaceTyped(v)) return Object.values(v).some(hasNil);
  return false;
}

/** Go's omitNil. */
export function omitNil(v: unknown): unknown {
  if (isNil(v)) return null;
  if (!hasNil(v)) return v;
  if (Array.isArray(v)) {
    const out = v.map(omitNil).filter((x) => !isNil(x));
    return out.length === 0 ? null : out;
  }
  const entries = Object.entries(v as Record<string, unknown>)
    .map(([k, x]) => [k, omitNil(x)] as const)
    .filter(([, x]) => !isNil(x));
  return entries.length === 0 ? null : Object.fromEntries(entries);
}
