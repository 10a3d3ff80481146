/**
 * Deciding like the cluster (`--mode cluster`, `explain`): webhooks, namespaces, the
 * injector's policy and selectors, ProxyConfig resources.
 */
import { isJsonMap } from '../go/json-map.js';
import { readStream } from '../yaml/index.js';
import type { ProxyConfigResource } from '../control-plane/index.js';

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

/** The plain objects of a manifest stream (documents that do not parse are skipped: injection reports them). */
export function streamObjects(text: string, file: string): unknown[] {
  return readStream(text, file).docs.flatMap((d) => (d.errors.length > 0 ? [] : [d.value]));
}

/** The ProxyConfig resources among objects (Lists flattened), namespaced by `namespace` when they name none. */
export function proxyConfigObjects(
  objects: readonly unknown[],
  file: string,
  namespace: string,
): ProxyConfigResource[] {
  return objects.flatMap((obj): ProxyConfigResource[] => {
    if (!isJsonMap(obj)) return [];
    if (obj.kind === 'List' && Array.isArray(obj.items))
      return proxyConfigObjects(obj.items, file, namespace);
    if (obj.kind !== 'ProxyConfig' || typeof obj.apiVersion !== 'string') return [];
    if (!obj.apiVersion.startsWith('networking.istio.io/')) return [];
    const meta = isJsonMap(obj.metadata) ? obj.metadata : {};
    return [
      {
        name: typeof meta.name === 'string' ? meta.name : '',
        namespace:
          typeof meta.namespace === 'string' && meta.namespace !== '' ? meta.namespace : namespace,
        spec: isJsonMap(obj.spec) ? obj.spec : {},
        origin: { file },
      },
    ];
  });
}
export { podTemplateLints } from './lints.js';
