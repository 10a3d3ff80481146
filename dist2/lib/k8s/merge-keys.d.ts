/**
 * The strategic-merge metadata of a Kubernetes Pod: which lists merge item by item and by
 * which key. This is what `patchStrategy` / `patchMergeKey` struct tags say in
 * k8s.io/api core/v1 (v0.36, the version Istio builds with) and k8s.io/apimachinery meta/v1.
 *
 * Go looks the tags up per Go type, so the table is per type: a field either names the
 * type of its value (so nested lookups continue there) or carries a strategy, or both.
 * Fields that are absent here have no strategy: maps merge key by key, lists are replaced.
 */
/** How one field of a struct is patched. */
export interface FieldPatchMeta {
    /** Go type of the field's value, or of a list's elements; a key of {@link POD_PATCH_SCHEMA}. */
    readonly type?: string;
    /** `merge`: lists merge (by mergeKey for lists of objects, by value for scalars). */
    readonly strategy?: 'merge';
    /** Key that identifies items of a merging list of objects. */
    readonly mergeKey?: string;
}
/**
 * Go type → JSON field name → patch metadata, for `corev1.Pod` and everything below it
 * that has a strategy somewhere inside. `volumes` and `resourceClaims` are
 * `merge,retainKeys`: `retainKeys` only matters when patches are computed, so applying a
 * patch treats them as `merge`.
 */
export declare const POD_PATCH_SCHEMA: Readonly<Record<string, Readonly<Record<string, FieldPatchMeta>>>>;
/** The patch metadata of field `key` of Go type `type` (undefined type: an untracked struct or map). */
export declare function lookupFieldPatchMeta(type: string | undefined, key: string): FieldPatchMeta;
