/**
 * Go schema of Istio's MeshConfig (istio.io/api mesh/v1alpha1, templates' `.MeshConfig`),
 * for template views. Rows are the generated Go struct fields in declaration order: Go name,
 * proto-JSON name, type. Messages kinject does not model are `~pkg.Name` (opaque, JSON
 * passed through); `DefaultConfig` is the ProxyConfig of mesh-proxy.ts.
 */
import { type EnumDef, type StructDef } from './schema.js';
/** MeshConfig types by registry name. */
export declare const MESH_CONFIG_TYPES: Readonly<Record<string, StructDef | EnumDef>>;
