/**
 * The injection configuration of a run: kinject's embedded defaults, the user's files and
 * `--set`s, Istio's ConfigMaps, mesh config and chart values (build.ts says how they layer).
 * Pure: files are read by the caller and handed over as texts.
 */
export type { ConfigText } from './parse-data.js';
export { deepMerge } from './deep-merge.js';
export { parseInjectorConfig, parseValues } from './injector.js';
export { applyMeshConfig, parseMeshConfig } from './mesh.js';
export { parseSetValues, typeSetValue } from './set-values.js';
export { chartLayout, injectorValues } from './chart-values.js';
export { chartMesh } from './chart-mesh.js';
export {
  DEFAULT_PROXY_ID,
  EMBEDDED_FILES,
  loadEmbeddedDefaults,
  buildInjectionConfig,
  type EmbeddedDefaults,
  type ConfigOptions,
} from './build.js';
