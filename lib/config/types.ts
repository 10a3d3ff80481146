/**
 * The configuration an injection runs with: the same three inputs as
 * `istioctl kube-inject --injectConfigFile --valuesFile --meshConfigFile`, already loaded
 * and merged (see lib/config/), plus the offline switches.
 */

import type { TemplatePiece } from './template-sources.js';

/** A Kubernetes label selector (matchLabels / matchExpressions). */
export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: {
    key: string;
    operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
    values?: string[];
  }[];
}

/** The `config` of the istio-sidecar-injector ConfigMap. */
export interface InjectorConfig {
  /**
   * `enabled` or `disabled`: what happens when a pod says nothing. Istio loads any other
   * string (and '', a config naming none) and its webhook then injects nothing at all.
   */
  policy: string;
  /** Templates used when the pod has no `inject.istio.io/templates` annotation. */
  defaultTemplates: string[];
  /** Go template texts by name (sidecar, gateway, grpc-simple, grpc-agent, …). */
  templates: Record<string, string>;
  /** Name → template names it stands for. */
  aliases: Record<string, string[]>;
  neverInjectSelector: LabelSelector[];
  alwaysInjectSelector: LabelSelector[];
  /** Annotations added to every injected pod. */
  injectedAnnotations: Record<string, string>;
  /** Where each template's text is, by name, to place its parse errors (when known). */
  templateSources?: Readonly<Record<string, readonly TemplatePiece[]>>;
}

/** Everything one injection run needs. Plain data: loading and merging is lib/config's job. */
export interface InjectionConfig {
  injector: InjectorConfig;
  /** The `values` JSON of the injector ConfigMap (Helm values), after --set overrides. */
  values: Record<string, unknown>;
  /**
   * The effective mesh config (proto-JSON field names, e.g. `defaultConfig.statusPort`):
   * the user's mesh config applied over Istio's built-in defaults.
   */
  mesh: Record<string, unknown>;
  /** Control-plane revision; empty for the default revision. */
  revision: string;
  /** Inject istio-proxy as a Kubernetes native sidecar (init container, restartPolicy Always). */
  nativeSidecars: boolean;
  /** UID and GID the proxy runs as (Istio's default 1337). */
  proxyUID: number;
  proxyGID: number;
  /** Variables the `env` template function may read; nothing from the user's shell leaks in. */
  env: Record<string, string>;
}
