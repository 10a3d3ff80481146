/**
 * The strategic-merge metadata of a Kubernetes Pod: which lists merge item by item and by
 * which key. This is what `patchStrategy` / `patchMergeKey` struct tags say in
 * k8s.io/api core/v1 (v0.36, the version Istio builds with) and k8s.io/apimachinery meta/v1.
 *
 * Go looks the tags up per Go type, so the table is per type: a field either names the
 * type of its value (so nested lookups continue there) or carries a strategy, or both.
 * Fields that are absent here have no strategy: maps merge key by key, lists are replaced.
 */
/** A list of objects merged by `key`; `type` names the element type when it matters. */
const mergeBy = (mergeKey, type) => ({
    strategy: 'merge',
    mergeKey,
    type,
});
/** A nested struct with strategic fields of its own. */
const struct = (type) => ({ type });
const CONTAINER = {
    ports: mergeBy('containerPort'),
    env: mergeBy('name'),
    volumeMounts: mergeBy('mountPath'),
    volumeDevices: mergeBy('devicePath'),
};
/**
 * Go type → JSON field name → patch metadata, for `corev1.Pod` and everything below it
 * that has a strategy somewhere inside. `volumes` and `resourceClaims` are
 * `merge,retainKeys`: `retainKeys` only matters when patches are computed, so applying a
 * patch treats them as `merge`.
 */
export const POD_PATCH_SCHEMA = {
    Pod: { metadata: struct('ObjectMeta'), spec: struct('PodSpec'), status: struct('PodStatus') },
    ObjectMeta: {
        ownerReferences: mergeBy('uid'),
        finalizers: { strategy: 'merge' },
    },
    PodSpec: {
        volumes: mergeBy('name'),
        initContainers: mergeBy('name', 'Container'),
        containers: mergeBy('name', 'Container'),
        ephemeralContainers: mergeBy('name', 'Container'),
        imagePullSecrets: mergeBy('name'),
        hostAliases: mergeBy('ip'),
        topologySpreadConstraints: mergeBy('topologyKey'),
        schedulingGates: mergeBy('name'),
        resourceClaims: mergeBy('name'),
    },
    // EphemeralContainer inlines the same fields as Container, with the same tags.
    Container: CONTAINER,
    PodStatus: {
        conditions: mergeBy('type'),
        hostIPs: mergeBy('ip'),
        podIPs: mergeBy('ip'),
        resourceClaimStatuses: mergeBy('name'),
    },
};
/** No strategy, no nested type: what every field missing from the table gets. */
const PLAIN = {};
/** The patch metadata of field `key` of Go type `type` (undefined type: an untracked struct or map). */
export function lookupFieldPatchMeta(type, key) {
    if (type === undefined)
        return PLAIN;
    const fields = POD_PATCH_SCHEMA[type];
    return ((fields !== undefined && Object.prototype.hasOwnProperty.call(fields, key)
        ? fields[key]
        : undefined) ?? PLAIN);
}
//# sourceMappingURL=merge-keys.js.map