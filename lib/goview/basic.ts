/**
 * Go's basic types over JSON: the value a Go field of that type holds after decoding
 * (absent or mistyped JSON gives the zero value, as a template sees an unset field).
 */
import { scalarString } from '../go/json-map.js';
import { GoInt, type BasicKind } from '../go/value.js';

/** The Go value of a basic type: string, boolean, number (float64) or GoInt. */
export function basicValue(name: BasicKind, json: unknown): string | boolean | number | GoInt {
  switch (name) {
    case 'string':
      return scalarString(json);
    case 'bool':
      return json === true || json === 'true';
    case 'float64':
      return Number(json ?? 0) || 0;
    default:
      return new GoInt(Math.trunc(Number(json ?? 0)) || 0, name);
  }
}
