import { type Pod } from './pod.js';
/** Go's strconv.ParseBool, or undefined when it is not a boolean. */
export declare function parseGoBool(v: string): boolean | undefined;
/** Remove every variant of the scrape/port/path/targets annotations. */
export declare function clearPrometheusAnnotations(annotations: Record<string, string>): void;
/** The user's `prometheus.io/port`, if any. */
export declare function prometheusPort(annotations: Record<string, string>): string | undefined;
/** Apply metrics merging to an injected pod (no-op when disabled or opted out). */
export declare function applyPrometheusMerge(pod: Pod, statusPort: number, meshEnablesMerge: boolean | undefined): void;
/** Publish the proxy's secure metrics port (ENVOY_SECURE_MERGED_METRICS_PORT) unless the user set it. */
export declare function applySecurePrometheusAnnotation(pod: Pod): void;
