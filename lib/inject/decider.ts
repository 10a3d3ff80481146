/**
 * Who decides whether a workload is injected, and with which configuration: a Decider sees
 * a workload's facts and routes it. The default is `istioctl kube-inject`'s rules;
 * lib/cluster brings the cluster's (namespaces, webhooks, revisions, ProxyConfig resources).
 */
import { isJsonMap, type JsonMap } from '../go/json-map.js';
import type { InjectionConfig } from '../config/types.js';
import { decideInjection, type Decision, type ReasonCode } from './policy.js';
import { describeWorkload, type FoundWorkload } from './workload.js';
import type { NamespacedName } from './workload-meta.js';

/** A workload as a decider sees it. */
export interface WorkloadFacts {
  kind: string;
  name: string;
  /** The workload object's own `metadata.namespace` ('' when it has none). */
  namespace: string;
  /** The whole workload object. */
  object: JsonMap;
  /** The pod metadata and spec kube-inject reads and rewrites. */
  metadata: JsonMap;
  spec: JsonMap;
}

/** What a decider says about a workload: the decision, and how to inject if it does. */
export interface RoutedDecision {
  decision: Omit<Decision, 'reason'> & {
    reason: ReasonCode | (string & {});
    rule?: string;
    revision?: string | null;
  };
  /** The configuration to inject with (the deciding revision's); default: the injector's own. */
  cfg?: InjectionConfig;
  /** ProxyConfig resources' settings to apply over the mesh's defaultConfig, in order, before the pod's annotation. */
  proxyConfigs?: readonly JsonMap[];
  /** The namespace the pod is created in, for the templates' DeploymentMeta (when the object has none). */
  namespace?: string;
  /** Warnings instead of kube-inject's "Skipping injection because …" line. */
  warnings?: string[];
}

/** Decides each workload; the default is `istioctl kube-inject`'s rules. */
export type Decider = (facts: WorkloadFacts) => RoutedDecision;

/** The facts of a found workload, plus who owns it (for Istio's "Skipping injection" lines). */
type OwnedFacts = WorkloadFacts & { typeKind: string; deploy: NamespacedName };

/** The facts a decider sees about a found workload. */
export function factsOf(obj: JsonMap, w: FoundWorkload): WorkloadFacts {
  const own = isJsonMap(obj.metadata) ? obj.metadata : {};
  const facts: OwnedFacts = {
    kind: w.template.kind,
    name: w.deploy.name,
    namespace: typeof own.namespace === 'string' ? own.namespace : '',
    object: obj,
    metadata: w.template.metadata,
    spec: w.template.spec,
    typeKind: w.type.kind,
    deploy: w.deploy,
  };
  return facts;
}

/** `istioctl kube-inject`'s decision: policy enabled, no selectors, and its log lines. */
export function decideKubeInject(facts: WorkloadFacts): RoutedDecision {
  const decision = decideInjection(facts.metadata, facts.spec);
  if (decision.inject) return { decision };
  // A decider may be handed facts it did not get from factsOf (tests, wrappers): then the
  // workload's own kind and name stand in for its owner's.
  const f = facts as Partial<OwnedFacts>;
  const deploy = f.deploy ?? { name: facts.name, namespace: facts.namespace };
  const who = describeWorkload(f.typeKind ?? facts.kind, deploy, facts.metadata);
  const skip =
    decision.reason === 'HOST_NETWORK'
      ? [`Skipping injection because ${who} has host networking enabled`]
      : [...decision.warnings, `Skipping injection because ${who} has sidecar injection disabled`];
  return { decision, warnings: skip };
}
