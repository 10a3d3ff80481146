/**
 * The labels and annotations injection adds, one row each, with the value injection gives
 * when the user did not set it. Istio's templates keep a value the user set; so a key whose
 * value is what injection would have chosen on its own is taken away, and one the user set
 * to something else stays. (A user who set exactly the injected value loses it: the pod
 * alone cannot tell the two apart.)
 */
import { isJsonMap, type JsonMap } from '../go/json-map.js';
import { containersOf, PROXY_CONTAINER, type Pod } from '../inject/pod.js';

/** What a rule sees: the pod as uninjected so far, and facts of the injection. */
export interface MetadataFacts {
  readonly pod: Pod;
  /** The workload's name (Istio's DeploymentMeta.Name). */
  readonly workloadName: string;
  /** The revision the status annotation names. */
  readonly revision: string;
  /** The injected proxy's env, by name. */
  readonly proxyEnv: Readonly<Record<string, string>>;
  /** With Istio CNI (an injected istio-validation container): its arguments. */
  readonly cniArgs: readonly string[] | undefined;
}

/** A key injection adds: the value it sets on its own (undefined: it would not set one). */
type Rule = (facts: MetadataFacts) => string | undefined;

const labelOf = (f: MetadataFacts, key: string): string | undefined => {
  const labels = f.pod.metadata.labels as Record<string, string> | undefined;
  const v = labels?.[key];
  return v === undefined || v === '' ? undefined : String(v);
};

/** Istio's canonical name: trunc 63, then trimAll "-_." (both ends). */
function canonicalName(f: MetadataFacts): string {
  const name = labelOf(f, 'app.kubernetes.io/name') ?? labelOf(f, 'app') ?? f.workloadName;
  return name.slice(0, 63).replace(/^[-_.]+|[-_.]+$/g, '');
}

/** The first app container's name (the default-container annotations). */
function firstAppContainer(f: MetadataFacts): string | undefined {
  const app = containersOf(f.pod.spec, 'containers').find((c) => c.name !== PROXY_CONTAINER);
  return app === undefined ? undefined : String(app.name ?? '');
}

/** Labels injection adds. */
export const INJECTED_LABELS: Readonly<Record<string, Rule>> = {
  'security.istio.io/tlsMode': () => 'istio',
  'networking.istio.io/tunnel': () => 'http',
  'service.istio.io/canonical-name': canonicalName,
  'service.istio.io/canonical-revision': (f) =>
    labelOf(f, 'app.kubernetes.io/version') ?? labelOf(f, 'version') ?? 'latest',
  // Set from the mesh's network when the pod has none; a pod labelled with the same network loses it.
  'topology.istio.io/network': (f) => f.proxyEnv.ISTIO_META_NETWORK,
};

/** Annotations injection adds (the status, overrides and Prometheus ones are handled on their own). */
export const INJECTED_ANNOTATIONS: Readonly<Record<string, Rule>> = {
  'istio.io/rev': (f) => f.revision,
  'kubectl.kubernetes.io/default-logs-container': firstAppContainer,
  'kubectl.kubernetes.io/default-container': firstAppContainer,
  'prometheus.istio.io/secure-port': (f) => f.proxyEnv.ENVOY_SECURE_MERGED_METRICS_PORT,
};

/** Take away, in place, every key of `map` whose value is the one its rule says injection set. */
export function removeInjectedKeys(
  map: JsonMap | undefined,
  rules: Readonly<Record<string, Rule>>,
  facts: MetadataFacts,
): void {
  if (map === undefined) return;
  for (const [key, rule] of Object.entries(rules)) {
    if (key in map && String(map[key]) === rule(facts)) delete map[key];
  }
}

/** The network Istio CNI's multus integration appends to `k8s.v1.cni.cncf.io/networks`. */
const CNI_NETWORK = 'default/istio-cni';
const NETWORKS = 'k8s.v1.cni.cncf.io/networks';

/**
 * With Istio CNI the sidecar template copies the traffic settings into annotations the CNI
 * plugin reads (`sidecar.istio.io/interceptionMode`, `traffic.sidecar.istio.io/*`), the same
 * values the istio-validation container gets as arguments: those are taken away, and Istio's
 * network comes off the multus networks list. (The user's own annotations with the same
 * values are indistinguishable from these.)
 */
export function removeCniAnnotations(annotations: Record<string, string>, f: MetadataFacts): void {
  if (f.cniArgs === undefined) return;
  // Each argument is a value or a comma-separated list (the excluded ports add the agent's own).
  const parts = new Set(f.cniArgs.flatMap((a) => a.split(',')));
  const fromArgs = (v: string): boolean => v.split(',').every((p) => parts.has(p));
  for (const key of Object.keys(annotations)) {
    const traffic =
      key === 'sidecar.istio.io/interceptionMode' || key.startsWith('traffic.sidecar.istio.io/');
    if (traffic && fromArgs(String(annotations[key]))) delete annotations[key];
  }
  const networks = annotations[NETWORKS];
  if (networks === CNI_NETWORK) delete annotations[NETWORKS];
  else if (typeof networks === 'string' && networks.endsWith(`, ${CNI_NETWORK}`))
    annotations[NETWORKS] = networks.slice(0, -`, ${CNI_NETWORK}`.length);
}

/** The templates a pod asked for (`inject.istio.io/templates`). */
function templatesOf(annotations: Readonly<Record<string, string>>): string[] {
  return String(annotations['inject.istio.io/templates'] ?? '')
    .split(',')
    .map((t) => t.trim());
}

/** The sysctl Istio's gateway template sets so that the gateway may bind low ports. */
const GATEWAY_SYSCTL = 'net.ipv4.ip_unprivileged_port_start';

/**
 * What Istio's other built-in templates add: the gateway template's low-port sysctl, the
 * gRPC templates' `sidecar.istio.io/rewriteAppHTTPProbers: "false"`.
 */
export function removeTemplateExtras(pod: Pod, annotations: Record<string, string>): void {
  const templates = templatesOf(annotations);
  if (templates.some((t) => t === 'grpc-agent' || t === 'grpc-simple')) {
    if (annotations['sidecar.istio.io/rewriteAppHTTPProbers'] === 'false')
      delete annotations['sidecar.istio.io/rewriteAppHTTPProbers'];
  }
  const sc = pod.spec.securityContext;
  if (!templates.includes('gateway') || !isJsonMap(sc) || !Array.isArray(sc.sysctls)) return;
  const sysctls = sc.sysctls.filter(
    (s: unknown) => !(isJsonMap(s) && s.name === GATEWAY_SYSCTL && String(s.value) === '0'),
  );
  if (sysctls.length > 0) sc.sysctls = sysctls;
  else delete sc.sysctls;
  if (Object.keys(sc).length === 0) delete pod.spec.securityContext;
}
