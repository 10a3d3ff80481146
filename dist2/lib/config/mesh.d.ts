import { type ConfigText } from './parse-data.js';
type Mesh = Record<string, unknown>;
/**
 * Read a mesh config text: the mesh YAML itself, or an `istio` ConfigMap whose `data.mesh`
 * holds it. Returns the user's fields (not yet applied over the defaults).
 */
export declare function parseMeshConfig(source: ConfigText): Mesh;
/** The effective mesh config: `user` applied over `defaults` (neither is modified). */
export declare function applyMeshConfig(user: Mesh, defaults: Mesh): Mesh;
export {};
