/**
 * What becomes of a Kubernetes object when Go reads it into its typed struct and writes it
 * back with encoding/json, as `istioctl kube-inject` does with every workload it injects:
 * unknown fields vanish, `omitempty` fields that are empty vanish, fields without
 * `omitempty` appear with their zero value (`status: {replicas: 0}`, `test: false`), and
 * resource quantities become canonical. Key order is kept; added keys come last, in Go's
 * declaration order. Values Go would reject (a string where an int belongs) are kept as
 * they are: this is a normalizer, not a validator.
 */
import { type Json, type JsonMap } from '../k8s/json.js';
/**
 * `obj` (Kubernetes JSON of the registry type `typeExpr`, e.g. `Deployment`) as Go writes
 * it back after reading it. Throws KinjectError (INJECTION) for a quantity Go rejects.
 */
export declare function goRoundTrip(typeExpr: string, obj: Json): Json;
/**
 * A manifest object as kube-inject writes it back: workload kinds and `List` (each item
 * by its own kind) round-trip through their Go types; other kinds are left alone, as Istio
 * passes objects it does not know through unchanged.
 */
export declare function roundTripObject(obj: JsonMap): JsonMap;
