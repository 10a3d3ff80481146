/**
 * Resource quantities inside Kubernetes JSON, rewritten in canonical form the way Go's
 * round trip through the typed object does (`limits: {cpu: 2000m}` comes back as `cpu: "2"`).
 * The schema tables say where quantities are; everything else, key order included, is kept.
 */
import { isJsonMap, setOwn, type JsonMap } from '../go/json-map.js';
import { canonicalQuantity } from '../k8s/quantity.js';
import type { TypeNode } from './go-type.js';
import { resolveType } from './registry.js';
import { fieldTypes } from './fields.js';

/** `value` (of type `t`) with its quantities canonical. */
function canonicalize(t: TypeNode, value: unknown): unknown {
  if (value === null) return value;
  switch (t.k) {
    case 'ptr':
      return canonicalize(t.elem, value);
    case 'slice':
      return Array.isArray(value) ? value.map((x) => canonicalize(t.elem, x)) : value;
    case 'map':
      return isJsonMap(value) ? mapValues(value, () => t.elem) : value;
    case 'struct': {
      if (!isJsonMap(value)) return value;
      const fields = fieldTypes(t.def);
      return mapValues(value, (k) => fields.get(k));
    }
    case 'special':
      return t.def.goType === 'resource.Quantity' &&
        (typeof value === 'string' || typeof value === 'number')
        ? canonicalQuantity(value)
        : value;
    default:
      return value;
  }
}

/** A copy of the map with each value canonicalized by its type (unknown keys kept as they are). */
function mapValues(m: JsonMap, typeOf: (key: string) => TypeNode | undefined): JsonMap {
  const out: JsonMap = {};
  for (const [k, v] of Object.entries(m)) {
    const t = typeOf(k);
    setOwn(out, k, t === undefined ? v : canonicalize(t, v));
  }
  return out;
}

/**
 * A copy of `json` (of the registry type `typeExpr`, e.g. `PodSpec`) with every resource
 * quantity in canonical form. Throws KinjectError (INJECTION) for a quantity Go rejects.
 */
export function canonicalizeQuantities(typeExpr: string, json: unknown): unknown {
  return canonicalize(resolveType(typeExpr), json);
}
