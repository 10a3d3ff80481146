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
import { KinjectError } from './errors.js';
import { prepareInjector, type Injector } from './inject/index.js';
import type { Result } from './report/index.js';
import { type Edit } from './yaml/index.js';
export { KinjectError, formatError, type ErrorCode, type Position } from './errors.js';
export type { InjectionConfig, InjectorConfig, LabelSelector } from './config/types.js';
export { buildInjectionConfig, loadEmbeddedDefaults, EMBEDDED_FILES, type ConfigOptions, type ConfigText, type EmbeddedDefaults, } from './config/index.js';
export { prepareInjector, type Injector };
export { uninjector, uninjectObject, uninjectPod } from './uninject/index.js';
export { renderReport, sortResults, formatResult, type Result, type ResultCode, type Severity, } from './report/index.js';
/** The outcome of injecting one input text. */
export interface StreamOutcome {
    /** The output text ('' when there are errors): untouched documents byte for byte. */
    output: string;
    /** Whether the output differs from the input text. */
    changed: boolean;
    /** The changed documents, as edits of the input text (for diffs: only these need diffing). */
    edits: Edit[];
    reports: Result[];
    /** Problems that make the run fail (parse errors, invalid annotations, template errors …). */
    errors: KinjectError[];
}
/** Inject every workload of a YAML or JSON stream; `file` names it in reports and errors. */
export declare function injectStream(text: string, file: string, injector: Injector): StreamOutcome;
