/**
 * Go schema of the Kubernetes workload objects kube-inject reads and writes back (Pod,
 * ReplicationController, List; apps/v1 Deployment, DaemonSet, StatefulSet, ReplicaSet),
 * for round-tripping them as Go does (see round-trip.ts). Rows are the Go struct fields
 * (k8s.io/api v0.36.1, k8s.io/apimachinery meta/v1): Go name, json tag, type; types
 * kinject does not model are `~v1.Name` (opaque, JSON passed through).
 */
import { type StructDef } from './schema.js';
/** Core and apps/v1 workload types by registry name. */
export declare const K8S_WORKLOAD_TYPES: Readonly<Record<string, StructDef>>;
