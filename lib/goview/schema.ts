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

/** One field: Go name, JSON tag (or proto-JSON name), Go type expression. */
export type FieldRow = readonly [goName: string, jsonTag: string, type: string];

/** A Go struct: Kubernetes types encode with encoding/json, protobuf messages with protojson. */
export interface StructDef {
  readonly kind: 'struct';
  /** `%T` of the value, e.g. `v1.Container`; pointers add `*`. */
  readonly goType: string;
  readonly encoding: 'k8s' | 'proto';
  /** Fields in declaration order (which is also the JSON output order). */
  readonly fields: readonly FieldRow[];
  /** Whether `GetX` methods exist for every field (protobuf messages, ObjectMeta). */
  readonly getters: boolean;
  /** Proto oneof groups: Go field name → its members, one of which the JSON may carry. */
  readonly oneofs?: Readonly<Record<string, readonly FieldRow[]>>;
  /** A `String()` method with a value receiver (fmt prints the value through it). */
  readonly stringer?: (json: Readonly<Record<string, unknown>>) => string;
}

/** A protobuf enum: value names by number (an array when the numbers are 0…n-1). */
export interface EnumDef {
  readonly kind: 'enum';
  readonly goType: string;
  readonly values: Readonly<Record<number, string>>;
}

/** A Kubernetes struct type. */
export function k8sStruct(
  goType: string,
  fields: readonly FieldRow[],
  getters = false,
  stringer?: StructDef['stringer'],
): StructDef {
  return { kind: 'struct', goType, encoding: 'k8s', fields, getters, stringer };
}

/** A protobuf message type (proto-JSON names; `GetX` getters that work on nil). */
export function protoMessage(
  goType: string,
  fields: readonly FieldRow[],
  oneofs?: StructDef['oneofs'],
): StructDef {
  return { kind: 'struct', goType, encoding: 'proto', fields, getters: true, oneofs };
}

/** A protobuf enum type. */
export function protoEnum(goType: string, values: Readonly<Record<number, string>>): EnumDef {
  return { kind: 'enum', goType, values };
}

/** The JSON name and options of a row's tag (`name,omitempty` → name, {omitempty}). */
export function parseTag(tag: string): ParsedTag {
  // Views read tags on every field access, and there are only a few hundred distinct tags.
  let parsed = parsedTags.get(tag);
  if (parsed === undefined) {
    // Indexes, not `[name, ...opts]`: unoptimised (as at start-up, when most tags are
    // first read) the rest pattern allocated an iterator step and an array per tag.
    const parts = tag.split(',');
    parsed = {
      name: parts[0] ?? '',
      omitempty: parts.includes('omitempty', 1),
      omitzero: parts.includes('omitzero', 1),
      inline: parts.includes('inline', 1),
    };
    parsedTags.set(tag, parsed);
  }
  return parsed;
}

/** A json struct tag, taken apart. */
export interface ParsedTag {
  readonly name: string;
  readonly omitempty: boolean;
  readonly omitzero: boolean;
  readonly inline: boolean;
}

const parsedTags = new Map<string, ParsedTag>();
