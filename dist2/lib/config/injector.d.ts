/**
 * The injector config: the `config` text of the `istio-sidecar-injector` ConfigMap, or the
 * whole ConfigMap as `kubectl get cm istio-sidecar-injector -n istio-system -o yaml` prints
 * it (its `data.values` then comes along), or, as istioctl also accepts, a bare sidecar
 * template.
 */
import type { InjectorConfig } from './types.js';
import { type ConfigDocument, type ConfigText } from './parse-data.js';
/** What an injector config file provides: the config, and the values if it was a whole ConfigMap. */
export interface LoadedInjector {
    injector: InjectorConfig;
    values?: Record<string, unknown>;
}
/** Parse an injector config file (see the module comment for the accepted forms). */
export declare function parseInjectorConfig(source: ConfigText): LoadedInjector;
/**
 * Parse a values file: Helm values as JSON or YAML, or a ConfigMap whose `data.values`
 * holds them.
 */
export declare function parseValues(source: ConfigText): Record<string, unknown>;
/**
 * An injector config from an already parsed mapping (`doc` locates errors): fields are
 * type-checked, then defaulted as Istio's UnmarshalConfig does.
 */
export declare function injectorFromMapping(doc: ConfigDocument, raw: Record<string, unknown>): InjectorConfig;
