/**
 * How Go types are described to the view builder: one table row per struct field,
 * written the way the Go source declares it.
 *
 * A field row is `[GoName, jsonTag, type]`:
 * - `jsonTag` is the field's `json:"…"` tag for Kubernetes types (`name,omitempty`,
 *   `,inline` for an embedded struct) and the proto-JSON name for protobuf messages;
 * - `type` is a Go type expression over the registry: `string`, `bool`, `int32`,
 *   `float64`…, `*T`, `[]T`, `map[string]T`, a registry name (`Container`), or
 *   `~pkg.Name` for a struct kinkject does not model (no fields; its JSON passes through).
 */
/** A Kubernetes struct type. */
export function k8sStruct(goType, fields, getters = false, stringer) {
    return { kind: 'struct', goType, encoding: 'k8s', fields, getters, stringer };
}
/** A protobuf message type (proto-JSON names; `GetX` getters that work on nil). */
export function protoMessage(goType, fields, oneofs) {
    return { kind: 'struct', goType, encoding: 'proto', fields, getters: true, oneofs };
}
/** A protobuf enum type. */
export function protoEnum(goType, values) {
    return { kind: 'enum', goType, values };
}
/** The JSON name and options of a row's tag (`name,omitempty` → name, {omitempty}). */
export function parseTag(tag) {
    // Views read tags on every field access, and there are only a few hundred distinct tags.
    let parsed = parsedTags.get(tag);
    if (parsed === undefined) {
        const [name = '', ...opts] = tag.split(',');
        parsed = {
            name,
            omitempty: opts.includes('omitempty'),
            omitzero: opts.includes('omitzero'),
            inline: opts.includes('inline'),
        };
        parsedTags.set(tag, parsed);
    }
    return parsed;
}
const parsedTags = new Map();
//# sourceMappingURL=schema.js.map