import type { InjectionConfig } from '../../lib/config/types.js';
import type { Settings } from '../conformance/corpus.js';
/** The corpus folder (tests run from dist/test/inject). */
export declare const CORPUS: string;
/** A corpus file's text. */
export declare function corpusText(rel: string): string;
/** The configuration a case runs with (a compliance policy is Istio's COMPLIANCE_POLICY process env). */
export declare function caseConfig(s: Pick<Settings, 'valuesOverrides' | 'meshOverrides' | 'injectConfigOverrides' | 'nativeSidecars' | 'compliancePolicy'>): InjectionConfig;
/** The base configuration with default settings. */
export declare function baseConfig(nativeSidecars?: boolean): InjectionConfig;
/** The non-empty documents of a YAML text, as Kubernetes reads them. */
export declare function yamlDocs(src: string): Record<string, unknown>[];
