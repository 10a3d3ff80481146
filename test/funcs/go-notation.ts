/**
 * A JSON notation for Go values, shared by the fmt and sprig tests and by the throwaway Go
 * program that recorded their expectations: JSON numbers are float64, arrays
 * []interface{}, objects map[string]interface{}, and tagged objects stand for the rest:
 * `{"$i": 3, "$k": "int64"}` an integer of a kind (int by default), `{"$f": "NaN"}` a float
 * JSON cannot hold (NaN, +Inf, -Inf, -0), `{"$ss": [...]}` a []string, `{"$ms": {...}}` a
 * map[string]string, `{"$b": [...]}` a []byte, `{"$T": {...}}` a struct `main.T{Name
 * string; N int}`, `{"$PT": {...}}` a pointer to one, `{"$PTnil": 1}` a nil *main.T.
 */
import { GoInt, GoStruct, withGoType, type IntKind } from '../../lib/go/value.js';

const SPECIAL_FLOATS: Readonly<Record<string, number>> = {
  NaN: NaN,
  '+Inf': Infinity,
  '-Inf': -Infinity,
  '-0': -0,
};

function struct(fields: unknown, type: string): GoStruct {
  const f = fields as { Name?: unknown; N?: unknown };
  return new GoStruct({ type, fields: { Name: f.Name ?? '', N: fromNotation(f.N ?? { $i: 0 }) } });
}

const TAGS: Readonly<Record<string, (v: unknown, o: Record<string, unknown>) => unknown>> = {
  $i: (v, o) => new GoInt(v as number, (o.$k as IntKind | undefined) ?? 'int'),
  $f: (v) => SPECIAL_FLOATS[v as string],
  $ss: (v) => withGoType([...(v as string[])], '[]string'),
  $ms: (v) => withGoType({ ...(v as Record<string, string>) }, 'map[string]string'),
  $b: (v) =>
    withGoType(
      (v as number[]).map((b) => new GoInt(b, 'uint8')),
      '[]uint8',
    ),
  $T: (v) => struct(v, 'main.T'),
  $PT: (v) => struct(v, '*main.T'),
  $PTnil: () => new GoStruct({ type: '*main.T', nil: true }),
};

/** Build the Go value a notation stands for. */
export function fromNotation(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(fromNotation);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  const tag = Object.keys(TAGS).find((k) => Object.hasOwn(o, k));
  if (tag !== undefined) return TAGS[tag]?.(o[tag], o);
  return Object.fromEntries(Object.entries(o).map(([k, e]) => [k, fromNotation(e)]));
}
