/**
 * What Go's typed decode would refuse: `istioctl kube-inject` reads every workload into its
 * Kubernetes struct (encoding/json through the apimachinery serializer: case-sensitive field
 * names, unknown fields ignored, `null` leaves the zero value) and fails on the first value of
 * the wrong JSON kind. This walks a decoded manifest against the same schema tables the views
 * and the round-trip use (lib/goview/k8s-*.ts: Go name, json tag, Go type per field), so
 * the types checked are the types written back, from one table.
 *
 * Messages are encoding/json's UnmarshalTypeError text, e.g.
 * `json: cannot unmarshal string into Go struct field ContainerPort.spec.template.spec.containers.ports.containerPort of type int32`
 * (innermost struct's name, then the JSON field path from the object's root; sequence indexes
 * and map keys are not part of Go's path), and `path` is where the value is, for its line:column.
 */
import { type Json } from '../k8s/json.js';
/** The first value Go would refuse: its message and where it is. */
export interface DecodeProblem {
    readonly message: string;
    readonly path: readonly (string | number)[];
}
/** The first value of `obj` that Go could not decode into the registry type `typeExpr`. */
export declare function goDecodeProblem(typeExpr: string, obj: Json): DecodeProblem | undefined;
