/**
 * Deciding like the cluster (`--mode cluster`, `explain`): webhooks, namespaces, the
 * injector's policy and selectors, ProxyConfig resources.
 */
export {
  compileRules,
  decideCluster,
  type ClusterDecision,
  type ClusterInput,
  type RevisionRules,
} from './decide.js';
export {
  clusterDecider,
  clusterDecision,
  explainDecider,
  createdPodMeta,
  workloadNamespace,
  type ClusterModel,
  type RevisionSetup,
} from './decider.js';
export {
  addNamespace,
  addNamespaceObjects,
  parseNamespaceLabels,
  NAMESPACE_NAME_LABEL,
  type NamespaceLabels,
} from './namespaces.js';
export { proxyConfigsFor } from './proxy-configs.js';
export { RULES, type RuleCode, type WebhookRuleCode } from './rules.js';
export {
  defaultWebhookConfigurations,
  matchWebhooks,
  revisionOfConfiguration,
  selectingLabels,
  type WebhookMatch,
} from './webhooks.js';
export { namespaceFileObjects, proxyConfigObjects, streamObjects } from './inputs.js';
export { podTemplateLints } from './lints.js';
