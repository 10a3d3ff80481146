/**
 * Go types whose JSON form is not an object of their fields: protobuf wrappers
 * (`*wrapperspb.BoolValue` is a bare `true`), `*durationpb.Duration` (`"1.5s"`), and
 * Kubernetes' `resource.Quantity`, `intstr.IntOrString` and `metav1.Time`.
 */
import type { Json } from '../k8s/json.js';
/** A type with hand-written view and JSON codec. */
export interface SpecialDef {
    readonly kind: 'special';
    readonly goType: string;
    /**
     * The Go value. `goType` is the full type name (`*…` behind a pointer); `nil` is set for
     * a nil pointer, whose methods must still work (protobuf getters return zero values).
     */
    view(json: Json | undefined, goType: string, nil: boolean): unknown;
    /** The JSON form of a present value. */
    encode(json: Json | undefined): Json;
}
/** The special types by registry name. */
export declare const SPECIAL_TYPES: Readonly<Record<string, SpecialDef>>;
