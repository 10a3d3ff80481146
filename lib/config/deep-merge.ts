/**
 * The deep merge used for layering configuration: mappings merge key by key; sequences and
 * scalars in the override replace the base; an override `null` sets the key to null.
 * (Helm's value layering and the conformance corpus's settings overrides both work this way.)
 */

/** `override` layered over `base`; neither input is modified. */
export function deepMerge(base: unknown, override: unknown): unknown {
  if (!isJsonMap(base) || !isJsonMap(override)) return clone(override);
  const out: Record<string, unknown> = clone(base);
  for (const [key, value] of Object.entries(override)) {
    setKey(out, key, Object.hasOwn(out, key) ? deepMerge(out[key], value) : clone(value));
  }
  return out;
}

/** A deep copy of plain JSON-like data, so merged results never alias their inputs. */
export function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clone) as T;
  if (isJsonMap(value)) {
    // A loop, not fromEntries(entries().map()): that made three arrays per key, and every
    // start clones the embedded chart values (~1 ms of a small run, unoptimised).
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (key === '__proto__') setKey(out, key, clone(value[key]));
      else out[key] = clone(value[key]);
    }
    return out as T;
  }
  return value;
}

/** `obj[key] = value`, also for keys such as `__proto__` that plain assignment would misread. */
export function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}
import { isJsonMap } from '../go/json-map.js';
