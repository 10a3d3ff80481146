/**
 * Go schema of Kubernetes object metadata for template views.
 * Rows are the Go struct fields of ObjectMeta, TypeMeta and label selectors
 * (k8s.io/api core/v1 and k8s.io/apimachinery meta/v1 at v0.36.1, the version Istio builds with): Go name,
 * json tag, type. Named string types (Protocol, PullPolicy …) are plain strings here;
 * types kinject does not model are `~v1.Name` (opaque: no fields, JSON passed through).
 */
import { type StructDef } from './schema.js';
/** Object metadata types by registry name. */
export declare const K8S_META_TYPES: Readonly<Record<string, StructDef>>;
