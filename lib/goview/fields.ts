/**
 * A struct's field rows read once: tags parsed and type expressions resolved, for every walk
 * over the struct (views, encoding, the round trip, the decode check, quantities). Each of
 * them took the rows apart itself, once per struct and walk, and on a start everything runs
 * unoptimised (this and two smaller changes took ~2 ms off one small Deployment's run).
 */
import type { TypeNode } from './go-type.js';
import { resolveType } from './registry.js';
import { parseTag, type FieldRow, type StructDef } from './schema.js';

/** A plain field: its JSON name (tag name, or proto-JSON name) and its type. */
export interface PlainField {
  readonly kind: 'plain';
  readonly goName: string;
  readonly name: string;
  readonly type: TypeNode;
  readonly omitempty: boolean;
  readonly omitzero: boolean;
}

/** An embedded `,inline` struct: its fields are the outer struct's, in JSON. */
export interface EmbeddedField {
  readonly kind: 'embedded';
  readonly goName: string;
  readonly def: StructDef;
}

/** A protobuf oneof group: at most one of its members is set. */
export interface OneofField {
  readonly kind: 'oneof';
  readonly goName: string;
  readonly members: readonly PlainField[];
}

/** One row of a struct, read. */
export type StructField = PlainField | EmbeddedField | OneofField;

const FIELDS = new WeakMap<StructDef, readonly StructField[]>();
const FLAT = new WeakMap<StructDef, readonly PlainField[]>();
const TYPES = new WeakMap<StructDef, ReadonlyMap<string, TypeNode>>();

function plainField(row: FieldRow, type: TypeNode): PlainField {
  const tag = parseTag(row[1]);
  return {
    kind: 'plain',
    goName: row[0],
    name: tag.name,
    type,
    omitempty: tag.omitempty,
    omitzero: tag.omitzero,
  };
}

// Rows are read by index: unoptimised, `const [a, b, c] = row` runs the iterator protocol,
// an object per element.
function readRow(def: StructDef, row: FieldRow): StructField {
  const goName = row[0];
  const members = def.oneofs?.[goName];
  if (members !== undefined) {
    const read: PlainField[] = [];
    for (let i = 0; i < members.length; i++) {
      const m = members[i];
      read.push(plainField(m, resolveType(m[2])));
    }
    return { kind: 'oneof', goName, members: read };
  }
  const type = resolveType(row[2]);
  return parseTag(row[1]).inline && type.k === 'struct'
    ? { kind: 'embedded', goName, def: type.def }
    : plainField(row, type);
}

/** `def`'s fields in declaration order (also Go's JSON output order). */
export function structFields(def: StructDef): readonly StructField[] {
  let fields = FIELDS.get(def);
  if (fields === undefined) {
    const read: StructField[] = [];
    for (let i = 0; i < def.fields.length; i++) read.push(readRow(def, def.fields[i]));
    fields = read;
    FIELDS.set(def, fields);
  }
  return fields;
}

/**
 * The fields `def`'s JSON holds, in declaration order: an embedded struct's fields in its
 * place (as Go promotes them), a oneof group's members in its place.
 */
export function jsonFields(def: StructDef): readonly PlainField[] {
  let flat = FLAT.get(def);
  if (flat === undefined) {
    const out: PlainField[] = [];
    const fields = structFields(def);
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      const inner = f.kind === 'plain' ? [f] : f.kind === 'oneof' ? f.members : jsonFields(f.def);
      for (let j = 0; j < inner.length; j++) out.push(inner[j]);
    }
    flat = out;
    FLAT.set(def, flat);
  }
  return flat;
}

/**
 * JSON name → type of the fields `def`'s JSON holds ({@link jsonFields}; of two with one name,
 * the later), as decoding a key looks them up.
 */
export function fieldTypes(def: StructDef): ReadonlyMap<string, TypeNode> {
  let types = TYPES.get(def);
  if (types === undefined) {
    const byName = new Map<string, TypeNode>();
    const list = jsonFields(def);
    for (let i = 0; i < list.length; i++) byName.set(list[i].name, list[i].type);
    types = byName;
    TYPES.set(def, types);
  }
  return types;
}
