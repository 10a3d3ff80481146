/**
 * Go types whose JSON form is not an object of their fields: protobuf wrappers
 * (`*wrapperspb.BoolValue` is a bare `true`), `*durationpb.Duration` (`"1.5s"`), and
 * Kubernetes' `resource.Quantity`, `intstr.IntOrString` and `metav1.Time`.
 */
import { parseQuantity } from '../k8s/quantity.js';
import { GoInt, GoStruct, goFunc, type BasicKind } from '../go/value.js';
import { basicValue } from './basic.js';
import { formatGoDuration, formatProtoDuration, parseProtoDuration } from '../go/duration.js';

/** A type with hand-written view and JSON codec. */
export interface SpecialDef {
  readonly kind: 'special';
  readonly goType: string;
  /**
   * The Go value. `goType` is the full type name (`*…` behind a pointer); `nil` is set for
   * a nil pointer, whose methods must still work (protobuf getters return zero values).
   */
  view(json: unknown, goType: string, nil: boolean): unknown;
  /** The JSON form of a present value. */
  encode(json: unknown): unknown;
}

/** A `google.protobuf.*Value` wrapper: field `Value`, method `GetValue`; JSON is the bare value. */
function wrapper(name: string, type: BasicKind): SpecialDef {
  const encode = (json: unknown): unknown => {
    const v = basicValue(type, json);
    return v instanceof GoInt ? v.value : v;
  };
  return {
    kind: 'special',
    goType: `wrapperspb.${name}`,
    view(json, goType, nil) {
      const value = basicValue(type, nil ? undefined : json);
      return new GoStruct({
        type: goType,
        nil,
        fields: { Value: value },
        methods: { GetValue: goFunc([], () => value) },
        json: () => encode(json),
      });
    },
    encode,
  };
}

/** `*durationpb.Duration`: Seconds/Nanos, AsDuration; JSON `"1.5s"`. */
const DURATION: SpecialDef = {
  kind: 'special',
  goType: 'durationpb.Duration',
  view(json, goType, nil) {
    const { seconds, nanos } = nil ? { seconds: 0, nanos: 0 } : parseProtoDuration(json);
    const s = new GoInt(seconds, 'int64');
    const n = new GoInt(nanos, 'int32');
    const asDuration = new GoStruct({
      type: 'time.Duration',
      methods: { String: goFunc([], () => formatGoDuration(seconds, nanos)) },
      json: () => seconds * 1e9 + nanos,
    });
    return new GoStruct({
      type: goType,
      nil,
      fields: { Seconds: s, Nanos: n },
      methods: {
        GetSeconds: goFunc([], () => s),
        GetNanos: goFunc([], () => n),
        AsDuration: goFunc([], () => asDuration),
      },
      json: () => formatProtoDuration(seconds, nanos),
    });
  },
  encode: (json) => {
    const { seconds, nanos } = parseProtoDuration(json);
    return formatProtoDuration(seconds, nanos);
  },
};

/** A Quantity's canonical text ("1000m" is "1"); text Go could not parse is kept as is. */
function quantityText(json: unknown): string {
  if (typeof json !== 'string' && typeof json !== 'number') return '0';
  const canonical = parseQuantity(json);
  return 'text' in canonical ? canonical.text : String(json);
}

/** `resource.Quantity`: no exported fields; prints and encodes as its canonical string. */
const QUANTITY: SpecialDef = {
  kind: 'special',
  goType: 'resource.Quantity',
  view(json, goType, nil) {
    const text = quantityText(json);
    // String() on a nil *Quantity says <nil>, as k8s' does.
    return new GoStruct({
      type: goType,
      nil,
      methods: { String: goFunc([], () => (nil ? '<nil>' : text)) },
      json: () => text,
    });
  },
  encode: quantityText,
};

/** `intstr.IntOrString`: Type (0 int, 1 string), IntVal, StrVal; JSON is the number or string. */
const INT_OR_STRING: SpecialDef = {
  kind: 'special',
  goType: 'intstr.IntOrString',
  view(json, goType, nil) {
    const isString = typeof json === 'string';
    const text = isString ? json : String(Number(json ?? 0));
    return new GoStruct({
      type: goType,
      nil,
      fields: {
        Type: new GoInt(isString ? 1 : 0, 'int64'),
        IntVal: new GoInt(isString ? 0 : Number(json ?? 0), 'int32'),
        StrVal: isString ? json : '',
      },
      methods: { String: goFunc([], () => (nil ? '<nil>' : text)) },
      json: () => (isString ? json : Number(json ?? 0)),
    });
  },
  encode: (json) => (typeof json === 'string' ? json : Number(json ?? 0)),
};

/** `metav1.Time`: kept as its RFC 3339 text; JSON null when zero. */
const TIME: SpecialDef = {
  kind: 'special',
  goType: 'v1.Time',
  view(json, goType, nil) {
    return new GoStruct({ type: goType, nil, json: () => json ?? null });
  },
  encode: (json) => json ?? null,
};

/** The special types by registry name. */
export const SPECIAL_TYPES: Readonly<Record<string, SpecialDef>> = {
  BoolValue: wrapper('BoolValue', 'bool'),
  Int32Value: wrapper('Int32Value', 'int32'),
  Duration: DURATION,
  Quantity: QUANTITY,
  IntOrString: INT_OR_STRING,
  Time: TIME,
};
