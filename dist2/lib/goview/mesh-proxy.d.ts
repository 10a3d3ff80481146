/**
 * Go schema of Istio's ProxyConfig (istio.io/api mesh/v1alpha1, the `*meshconfig.ProxyConfig`
 * templates see as `.ProxyConfig`) and its tracing settings, for template views.
 * Rows are the generated Go struct fields in declaration order: Go name, proto-JSON name,
 * type. Messages kinject does not model are `~pkg.Name` (opaque, JSON passed through).
 */
import { type EnumDef, type StructDef } from './schema.js';
/** ProxyConfig and tracing types by registry name. */
export declare const MESH_PROXY_TYPES: Readonly<Record<string, StructDef | EnumDef>>;
