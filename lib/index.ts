/**
 * kinject's library: inject Istio's sidecar into Kubernetes manifests, offline.
 *
 * ```ts
 * import { buildInjectionConfig, prepareInjector, injectStream } from 'kinject';
 * const injector = prepareInjector(buildInjectionConfig(options, embeddedDefaults));
 * const { output, reports, errors } = injectStream(text, 'deploy.yaml', injector);
 * ```
 * Everything here is pure: texts in, texts and data out.
 */
export { KinjectError, formatError, type ErrorCode, type Position } from './errors.js';
export type { InjectionConfig, InjectorConfig, LabelSelector } from './config/types.js';
export {
  buildInjectionConfig,
  loadEmbeddedDefaults,
  EMBEDDED_FILES,
  type ConfigOptions,
  type ConfigText,
  type EmbeddedDefaults,
} from './config/index.js';
export {
  prepareInjector,
  injectStream,
  objectResults,
  refOf,
  type Injector,
  type StreamOutcome,
} from './inject/index.js';
export { prepareUninjector, uninjector, uninjectObject, uninjectPod } from './uninject/index.js';
export {
  renderReport,
  sortResults,
  formatResult,
  type Result,
  type ResultCode,
  type Severity,
} from './report/index.js';
