/**
 * A JSON notation for Go values, shared by the fmt and sprig tests and by the throwaway Go
 * program that recorded their expectations: JSON numbers are float64, arrays
 * []interface{}, objects map[string]interface{}, and tagged objects stand for the rest:
 * `{"$i": 3, "$k": "int64"}` an integer of a kind (int by default), `{"$f": "NaN"}` a float
 * JSON cannot hold (NaN, +Inf, -Inf, -0), `{"$ss": [...]}` a []string, `{"$ms": {...}}` a
 * map[string]string, `{"$b": [...]}` a []byte, `{"$T": {...}}` a struct `main.T{Name
 * string; N int}`, `{"$PT": {...}}` a pointer to one, `{"$PTnil": 1}` a nil *main.T.
 */
import { GoInt, GoStruct, withGoType } from '../../lib/template/value.js';
const SPECIAL_FLOATS = {
    NaN: NaN,
    '+Inf': Infinity,
    '-Inf': -Infinity,
    '-0': -0,
};
function struct(fields, type) {
    const f = fields;
    return new GoStruct({ type, fields: { Name: f.Name ?? '', N: fromNotation(f.N ?? { $i: 0 }) } });
}
const TAGS = {
    $i: (v, o) => new GoInt(v, o.$k ?? 'int'),
    $f: (v) => SPECIAL_FLOATS[v],
    $ss: (v) => withGoType([...v], '[]string'),
    $ms: (v) => withGoType({ ...v }, 'map[string]string'),
    $b: (v) => withGoType(v.map((b) => new GoInt(b, 'uint8')), '[]uint8'),
    $T: (v) => struct(v, 'main.T'),
    $PT: (v) => struct(v, '*main.T'),
    $PTnil: () => new GoStruct({ type: '*main.T', nil: true }),
};
/** Build the Go value a notation stands for. */
export function fromNotation(v) {
    if (Array.isArray(v))
        return v.map(fromNotation);
    if (v === null || typeof v !== 'object')
        return v;
    const o = v;
    const tag = Object.keys(TAGS).find((k) => Object.hasOwn(o, k));
    if (tag !== undefined)
        return TAGS[tag]?.(o[tag], o);
    return Object.fromEntries(Object.entries(o).map(([k, e]) => [k, fromNotation(e)]));
}
//# sourceMappingURL=go-notation.js.map