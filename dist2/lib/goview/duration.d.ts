/**
 * Durations: protobuf's JSON form (`"1.5s"` in, `"1.500s"` out, as protojson writes it)
 * and Go's `time.Duration.String()` (`"1m30s"`, `"1.5s"`, `"500ms"`).
 */
import type { Json } from '../k8s/json.js';
/** A duration as protobuf holds it (nanos has the sign of seconds). */
export interface ProtoDuration {
    seconds: number;
    nanos: number;
}
/** Read a proto-JSON duration (`"45s"`, `"-0.5s"`) or `{seconds, nanos}`; anything else is zero. */
export declare function parseProtoDuration(json: Json | undefined): ProtoDuration;
/** protojson's form: whole seconds, or 3, 6 or 9 fractional digits. */
export declare function formatProtoDuration(seconds: number, nanos: number): string;
/** Go's `time.Duration(seconds*1e9 + nanos).String()`. */
export declare function formatGoDuration(seconds: number, nanos: number): string;
