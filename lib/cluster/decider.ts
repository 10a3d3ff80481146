/**
 * `--mode cluster`: the {@link Decider} that decides each workload as the cluster would
 * (lib/cluster/decide.ts) and injects it with the deciding revision's configuration.
 */
import type { InjectionConfig } from '../config/types.js';
import type { ProxyConfigResource, WebhookConfiguration } from '../control-plane/index.js';
import { KinjectError } from '../errors.js';
import type { Decider, RoutedDecision, WorkloadFacts } from '../inject/index.js';
import { stringMap } from '../inject/pod.js';
import { getPath, isJsonMap, type JsonMap } from '../go/json-map.js';
import { decideCluster, type ClusterDecision, type RevisionRules } from './decide.js';
import type { NamespaceLabels } from './namespaces.js';
import { podTemplateLints } from './lints.js';
import { proxyConfigsFor } from './proxy-configs.js';

/** A revision's configuration and its compiled rules. */
export interface RevisionSetup {
  cfg: InjectionConfig;
  rules: RevisionRules;
}

/** What cluster mode knows about the cluster. */
export interface ClusterModel {
  webhooks: readonly WebhookConfiguration[];
  namespaces: NamespaceLabels;
  /** `-n`: the namespace of workloads that name none ('' means `default`). */
  defaultNamespace: string;
  proxyConfigs: readonly ProxyConfigResource[];
  /** The configuration of a revision ('' the default); may throw KinjectError (CONFIG). */
  revision(rev: string): RevisionSetup;
}

/** The namespace a workload is created in: its own, else `-n`, else `default`. */
export function workloadNamespace(facts: WorkloadFacts, defaultNamespace: string): string {
  return facts.namespace || defaultNamespace || 'default';
}

/**
 * The pod's metadata as the API server sees it at creation: for a CronJob the job's pod
 * template (kube-inject reads the job template's metadata instead).
 */
export function createdPodMeta(facts: WorkloadFacts): JsonMap {
  if (facts.kind !== 'CronJob') return facts.metadata;
  const meta = getPath(facts.object, ['spec', 'jobTemplate', 'spec', 'template', 'metadata']);
  return isJsonMap(meta) ? meta : {};
}

/** The error for a workload whose namespace's labels nobody gave. */
export function unknownNamespace(facts: WorkloadFacts, namespace: string): KinjectError {
  return new KinjectError(
    'UNKNOWN_NAMESPACE',
    `${facts.kind} ${namespace}/${facts.name}: the labels of namespace ${namespace} are unknown; give them as a Namespace object in the input, with --namespaces FILE (kubectl get ns -o yaml), or with --namespace-labels '${namespace}:KEY=VALUE,…' ('${namespace}:' for none)`,
  );
}

/** The cluster decision for a workload (throws for an unknown namespace). */
export function clusterDecision(model: ClusterModel, facts: WorkloadFacts): ClusterDecision {
  const namespace = workloadNamespace(facts, model.defaultNamespace);
  const labels = model.namespaces.get(namespace);
  if (labels === undefined) throw unknownNamespace(facts, namespace);
  return decideCluster({
    namespace,
    namespaceLabels: labels,
    podMeta: createdPodMeta(facts),
    spec: facts.spec,
    webhooks: model.webhooks,
    rulesFor: (rev) => model.revision(rev).rules,
  });
}

/** The cluster-mode decider. */
export function clusterDecider(model: ClusterModel): Decider {
  return (facts): RoutedDecision => {
    const d = clusterDecision(model, facts);
    const namespace = workloadNamespace(facts, model.defaultNamespace);
    const decision: RoutedDecision['decision'] = {
      inject: d.inject,
      reason: d.rule,
      message: d.reason,
      warnings: d.warnings,
      rule: d.rule,
      revision: d.revision,
    };
    if (!d.inject || d.revision === null) return { decision, warnings: d.warnings, namespace };
    const { cfg } = model.revision(d.revision);
    const root =
      typeof cfg.mesh.rootNamespace === 'string' ? cfg.mesh.rootNamespace : 'istio-system';
    const proxyConfigs = proxyConfigsFor(
      model.proxyConfigs,
      root,
      namespace,
      stringMap(createdPodMeta(facts), 'labels'),
    );
    return { decision, cfg, proxyConfigs, namespace, warnings: d.warnings };
  };
}

/** Istio's kube-inject log lines that an explain row already says. */
const SKIP_LINE = /^Skipping injection because /;

/**
 * The decider `explain` uses: the mode's own, plus the pod template lints, and — in
 * kube-inject mode, where a workload's namespace labels are known — what the cluster would
 * decide differently.
 */
export function explainDecider(
  base: Decider,
  model: ClusterModel | undefined,
  mode: 'kube-inject' | 'cluster',
): Decider {
  return (facts) => {
    const routed = base(facts);
    const warnings = (routed.warnings ?? routed.decision.warnings).filter(
      (w) => !SKIP_LINE.test(w),
    );
    const lints = podTemplateLints(facts.metadata).filter(
      (l) =>
        !(
          l.includes('neither "true" nor "false"') &&
          warnings.some((w) => w.startsWith('Invalid value for'))
        ),
    );
    const hint =
      mode === 'kube-inject' && model !== undefined ? clusterHint(model, facts, routed) : [];
    return { ...routed, warnings: [...warnings, ...lints, ...hint] };
  };
}

/** Where the cluster would decide otherwise than kube-inject (nothing when the namespace is unknown). */
function clusterHint(model: ClusterModel, facts: WorkloadFacts, routed: RoutedDecision): string[] {
  const namespace = workloadNamespace(facts, model.defaultNamespace);
  if (!model.namespaces.has(namespace)) return [];
  const d = clusterDecision(model, facts);
  if (d.inject === routed.decision.inject) return [];
  return [
    `in the cluster this workload would ${d.inject ? '' : 'not '}be injected (${d.rule}: ${d.reason}); --mode cluster decides as the cluster does`,
  ];
}
